"""What every change of a user's data works with: their store, the shared names, and dropping what was built."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from agent.contract.errors import InvalidRequest
from agent.data.store import UserStore
from agent.data.workspaces.texts import text
from agent.settings import Settings


@dataclass(frozen=True)
class Editor:
    """Changes users' manifests; after each change `forget(user_id)` drops the user's built workspace."""

    settings: Settings
    store: UserStore | None
    """Where users' data is kept; None on a fixed database, where nothing can change."""
    samples: tuple[str, ...]
    """The shared sample tables: a user may hide them, never rename or remove them."""
    secrets: Mapping[str, dict[str, Any]]
    """Everyone's connections (secrets.toml): a user's own may not take their names."""
    forget: Callable[[str], None]

    def user(self, user_id: str | None, language: str) -> tuple[str, UserStore]:
        """The user and the store a change needs; `InvalidRequest` on a fixed database or without a user."""
        if self.store is None:
            raise InvalidRequest(text("fixed", language))
        if not user_id:
            raise InvalidRequest(text("no_user", language))
        return user_id, self.store

    def names_in_use(self, manifest: dict[str, Any], except_user_table: str | None = None) -> set[str]:
        """Lower-case table names a user's table may not take: visible samples and their other tables."""
        hidden = set(manifest.get("hidden_samples", []))
        names = {n.lower() for n in self.samples if n not in hidden}
        names |= {t["name"].lower() for t in manifest.get("tables", []) if t["name"] != except_user_table}
        return names
