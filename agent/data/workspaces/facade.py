"""`Workspaces`: the one object callers use to get a user's workspace and to change their data."""

from __future__ import annotations

import logging
from typing import Any

import duckdb

from agent.contract.errors import AgentError
from agent.data.catalog import Catalog
from agent.data.database import Database
from agent.data.sources import read_secrets_connections
from agent.data.store import UserStore, has_data
from agent.data.workspaces import adding, changes, connections
from agent.data.workspaces.building import Ground, build_base, build_user
from agent.data.workspaces.cache import WorkspaceCache
from agent.data.workspaces.editing import Editor
from agent.data.workspaces.external_facts import ExternalFacts
from agent.data.workspaces.values import AddedTable, ConnectionInfo, Workspace
from agent.settings import Settings

log = logging.getLogger(__name__)

DAMAGED_FOLDER = (OSError, ValueError, LookupError, TypeError, AttributeError, duckdb.Error, AgentError)
"""What building a workspace from a damaged folder can raise: unreadable or missing files, a manifest edited
by hand into other shapes (a missing key, a list for a mapping, text for a number), Parquet or YAML that no
longer reads, DuckDB refusing a setting. A programming error is not among them: it surfaces."""


class Workspaces:
    """Per-user workspaces over a shared base (sample tables + secrets connections), and the changes to them.

    - A user who never added anything (and any request without a user id) gets the shared *base* workspace:
      the bundled sample tables plus the connections of `.streamlit/secrets.toml`. Nothing is written or built
      for them, so arbitrary user ids cost nothing.
    - A user with uploads, connections, descriptions or hidden sample tables gets a workspace of their own,
      built on first use (agent.data.workspaces.building) and kept in a small LRU cache: one in-memory DuckDB
      holding a copy of the (visible) sample tables, a view per uploaded table over its Parquet file (the rows
      stay on disk), and their connections attached as sources. Its catalog reuses the facts already known
      (sample tables from the base catalog, uploaded tables from the manifest, external tables from a
      short-lived cache), so building one takes well under a second.
    - Every change (upload, rename, remove, hide, connection, descriptions) writes the user's manifest and
      drops their built workspace; a run already going keeps the workspace it started with. The manifest's
      revision is checked on each request, so a change made by another process shows too.

    Sample tables are shared and protected: a user can hide them from their own view (and show them again),
    not rename or remove them.
    """

    def __init__(self, settings: Settings, database: Database, catalog: Catalog,
                 descriptions: dict[str, Any] | None = None, fixed: bool = False) -> None:
        self.settings = settings
        self.fixed = fixed
        self.descriptions = descriptions or {}
        self.store = None if fixed else UserStore(settings.data_dir)
        self.secrets = {} if fixed else read_secrets_connections(settings.secrets_file)
        self._ground = Ground(settings, self.secrets, self.descriptions, ExternalFacts())
        self._cache = WorkspaceCache(settings.workspace_cache_size)
        self.base = build_base(self._ground, database, catalog)
        self._editor = Editor(settings, self.store, self.base.sample_tables, self.secrets, self.invalidate)

    # --- reading ----------------------------------------------------------------------------------

    def get(self, user_id: str | None) -> Workspace:
        """The workspace a question of `user_id` runs in (the base one for users without own data)."""
        store = self.store
        if self.fixed or not user_id or store is None:
            return self.base
        manifest = store.read(user_id)
        if manifest is None or not has_data(manifest):
            return self.base
        try:
            return self._cache.get(user_id, int(manifest.get("revision", 0)),
                                   lambda: build_user(self._ground, self.base, store, user_id, manifest))
        except DAMAGED_FOLDER:  # a damaged folder must not take the user's questions down
            log.exception("could not build the workspace of a user; using the shared data")
            return self.base

    def invalidate(self, user_id: str | None = None) -> None:
        """Forget a user's built workspace (every user's when `user_id` is None)."""
        self._cache.drop(user_id)

    def descriptions_text(self, user_id: str | None) -> str:
        """The user's own descriptions YAML ("" when none)."""
        if self.store is None or not user_id:
            return ""
        return self.store.descriptions_text(user_id)

    # --- changes (agent.data.workspaces.changes, adding, connections) ------------------------------

    def add_upload(self, user_id: str | None, name: str, data: Any, language: str = "en") -> list[AddedTable]:
        """Load an uploaded file (path, bytes or file object) as the user's table(s); same name replaces."""
        return adding.add_upload(self._editor, user_id, name, data, language)

    def rename_table(self, user_id: str | None, old: str, new: str, language: str = "en") -> str:
        """Rename one of the user's tables; the new name is cleaned (`Sales 2024` -> `sales_2024`)."""
        return changes.rename_table(self._editor, user_id, old, new, language)

    def remove_table(self, user_id: str | None, name: str, language: str = "en") -> None:
        """Remove one of the user's tables and its file."""
        changes.remove_table(self._editor, user_id, name, language)

    def set_sample_hidden(self, user_id: str | None, name: str, hidden: bool, language: str = "en") -> None:
        """Hide a sample table from this user's questions and data page, or show it again."""
        changes.set_sample_hidden(self._editor, user_id, name, hidden, language)

    def set_descriptions(self, user_id: str | None, yaml_text: str, language: str = "en") -> dict[str, Any]:
        """Keep the user's descriptions (YAML); they extend and override the sample's. Empty text removes them."""
        return changes.set_descriptions(self._editor, user_id, yaml_text, language)

    def test_connection(self, url: str, schema: str | None = None, name: str = "database") -> tuple[str, list[str]]:
        """Connect: (server version, table names). `ConnectionProblem` says what went wrong."""
        return connections.try_connection(self.settings, url, schema, name)

    def add_connection(self, user_id: str | None, name: str, url: str, schema: str | None = None,
                       language: str = "en") -> ConnectionInfo:
        """Test and keep a database URL for this user; its tables join the user's catalog."""
        return connections.add_connection(self._editor, user_id, name, url, schema, language)

    def remove_connection(self, user_id: str | None, name: str, language: str = "en") -> None:
        """Forget one of the user's connections."""
        connections.remove_connection(self._editor, user_id, name, language)

    def forget_user(self, user_id: str) -> None:
        """Delete everything a user added (their folder) — for tests and account removal."""
        changes.forget_user(self._editor, user_id)
