"""Users' built workspaces, kept in a small LRU cache and rebuilt when their manifest's revision moves on."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from agent.data.workspaces.values import Workspace


class WorkspaceCache:
    """At most `size` built workspaces by user id, least recently used dropped first; one build per user at a time."""

    def __init__(self, size: int) -> None:
        self.size = max(1, size)
        self._built: OrderedDict[str, Workspace] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {}

    def get(self, user_id: str, revision: int, build: Callable[[], Workspace]) -> Workspace:
        """The user's workspace at `revision`: the one kept, else `build()`'s (which others asking meanwhile reuse)."""
        with self._lock:
            cached = self._built.get(user_id)
            if cached is not None and cached.revision == revision:
                self._built.move_to_end(user_id)
                return cached
            building = self._building.setdefault(user_id, threading.Lock())
        with building:  # one build per user at a time; others wait for it and reuse it
            with self._lock:
                cached = self._built.get(user_id)
                if cached is not None and cached.revision == revision:
                    return cached
            workspace = build()
            with self._lock:
                self._built[user_id] = workspace
                self._built.move_to_end(user_id)
                while len(self._built) > self.size:
                    self._built.popitem(last=False)
            return workspace

    def drop(self, user_id: str | None = None) -> None:
        """Forget a user's built workspace (every user's when `user_id` is None)."""
        with self._lock:
            if user_id is None:
                self._built.clear()
            else:
                self._built.pop(user_id, None)
