"""Per-user data on disk: uploaded tables (Parquet), a manifest of tables and connections, descriptions.

Layout under the data directory (`CHATBOT_DATA_DIR`, default `var/data`):

    users/<safe id>/manifest.json       tables, hidden sample tables, connections (mode 0600)
    users/<safe id>/tables/<id>.parquet one typed Parquet file per uploaded table
    users/<safe id>/descriptions.yaml   the user's table and column descriptions, if any
    users/<safe id>/work/               staging files while a file is converted
    tmp/                                DuckDB's spill directory

`<safe id>` is the user id reduced to safe characters plus a hash of the full id, so ids that differ
only in unsafe characters never share a folder. The manifest is replaced atomically (write, fsync,
rename) and carries a `revision` that grows with every change, so a process can tell that another one
changed it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"
DESCRIPTIONS = "descriptions.yaml"
LOCAL_USER = "local"
"""The one user of a server without login."""


def safe_user_id(user_id: str) -> str:
    """A folder name for a user id: its safe characters (at most 40) and 12 hex digits of its hash."""
    readable = re.sub(r"[^A-Za-z0-9_.-]+", "_", user_id).strip("._")[:40] or "user"
    return f"{readable}-{hashlib.sha256(user_id.encode('utf-8')).hexdigest()[:12]}"


def now() -> str:
    """The current time as ISO text (UTC, seconds)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def empty_manifest(user_id: str) -> dict[str, Any]:
    """The manifest of a user who has added nothing yet."""
    return {"version": 1, "user_id": user_id, "revision": 0, "tables": [], "hidden_samples": [],
            "connections": [], "descriptions": False}


def has_data(manifest: dict[str, Any]) -> bool:
    """True when the user added something: a table, a connection, descriptions, or hid a sample table."""
    return bool(manifest.get("tables") or manifest.get("connections") or manifest.get("hidden_samples")
                or manifest.get("descriptions"))


@dataclass(frozen=True)
class UserFolder:
    """Where one user's data lives."""

    user_id: str
    root: Path

    @property
    def manifest_path(self) -> Path:
        """The user's manifest file: their tables, connections and settings."""
        return self.root / MANIFEST

    @property
    def tables_dir(self) -> Path:
        """The folder of the user's tables' Parquet copies."""
        return self.root / "tables"

    @property
    def work_dir(self) -> Path:
        """The folder for uploads being read, not yet tables."""
        return self.root / "work"

    @property
    def descriptions_path(self) -> Path:
        """The user's descriptions YAML."""
        return self.root / DESCRIPTIONS

    def new_table_path(self) -> Path:
        """A fresh file name for a table's Parquet copy."""
        return self.tables_dir / f"{uuid.uuid4().hex}.parquet"


class UserStore:
    """Reads and writes users' folders; one lock per user serialises changes within this process."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._locks: dict[str, threading.RLock] = {}
        self._locks_lock = threading.Lock()

    @property
    def temp_dir(self) -> Path:
        """DuckDB's spill folder, shared by every user."""
        return self.data_dir / "tmp"

    def folder(self, user_id: str) -> UserFolder:
        """Where `user_id`'s data lives (a safe folder name, whatever the id)."""
        return UserFolder(user_id, self.data_dir / "users" / safe_user_id(user_id))

    def lock(self, user_id: str) -> threading.RLock:
        """The lock that serialises `user_id`'s changes within this process."""
        with self._locks_lock:
            return self._locks.setdefault(user_id, threading.RLock())

    def read(self, user_id: str) -> dict[str, Any] | None:
        """The user's manifest, or None when the user never added anything."""
        path = self.folder(user_id).manifest_path
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return None
        manifest = empty_manifest(user_id)
        manifest.update({k: v for k, v in data.items() if k in manifest})
        return manifest

    def write(self, user_id: str, manifest: dict[str, Any]) -> dict[str, Any]:
        """Replace the manifest atomically, one revision later; returns what was written."""
        folder = self.folder(user_id)
        folder.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        current = self.read(user_id)
        manifest = {**manifest, "user_id": user_id,
                    "revision": max(int(manifest.get("revision", 0)), int((current or {}).get("revision", 0))) + 1}
        temp = folder.root / f".{MANIFEST}.{uuid.uuid4().hex}"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(manifest, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, folder.manifest_path)
        return manifest

    def modify(self, user_id: str) -> _Change:
        """`with store.modify(user) as manifest:` change the manifest; it is written when the block ends."""
        return _Change(self, user_id)

    def descriptions_text(self, user_id: str) -> str:
        """The user's descriptions YAML as text, empty when there is none."""
        path = self.folder(user_id).descriptions_path
        return path.read_text(encoding="utf-8") if path.is_file() else ""


class _Change:
    def __init__(self, store: UserStore, user_id: str) -> None:
        self.store, self.user_id = store, user_id
        self.lock = store.lock(user_id)

    def __enter__(self) -> dict[str, Any]:
        self.lock.acquire()
        self.manifest = self.store.read(self.user_id) or empty_manifest(self.user_id)
        return self.manifest

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        try:
            if kind is None:
                self.store.write(self.user_id, self.manifest)
        finally:
            self.lock.release()
