"""What one user's question sees: a database and its catalog — the sample tables, their own, their connections.

`Workspaces` hands out a `Workspace` per user and changes users' data:

- A user who never added anything (and any request without a user id) gets the shared *base*
  workspace: the bundled sample tables plus the connections of `.streamlit/secrets.toml`. Nothing is
  written or built for them, so arbitrary user ids cost nothing.
- A user with uploads, connections, descriptions or hidden sample tables gets a workspace of their
  own, built on first use and kept in a small LRU cache: one in-memory DuckDB holding a copy of the
  (visible) sample tables, a view per uploaded table over its Parquet file (the rows stay on disk),
  and their connections attached as sources. Its catalog reuses the facts already known (sample
  tables from the base catalog, uploaded tables from the manifest, external tables from a short-lived
  cache), so building one takes well under a second.
- Every change (upload, rename, remove, hide, connection, descriptions) writes the user's manifest
  and drops their cached workspace; a run already going keeps the workspace it started with. The
  manifest's revision is checked on each request, so a change made by another process shows too.

Sample tables are shared and protected: a user can hide them from their own view (and show them
again), not rename or remove them.
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from agent.contract.errors import AgentError, DataLoadError, InvalidRequest
from agent.contract.i18n import pick
from agent.data.catalog import (
    Catalog,
    Table,
    describe_table,
    merge_descriptions,
    parse_descriptions,
    table_from_dict,
    table_to_dict,
    with_descriptions,
)
from agent.data.database import Database, clean_table_name
from agent.data.dialects import RemoteName
from agent.data.sources import SqlSource, masked_url, parse_url, read_secrets_connections
from agent.data.store import UserStore, now
from agent.data.uploads.limits import LoadLimits
from agent.data.uploads.loading import Loader, check_supported, copy_upload
from agent.settings import Settings

log = logging.getLogger(__name__)

EXTERNAL_FACTS_SECONDS = 600.0
"""How long the catalog facts of an external table are reused before they are read again."""
SAMPLE = "sample"
UPLOAD = "upload"

TEXTS: dict[str, dict[str, str]] = {
    "fixed": {"en": "This agent was started on a fixed database; uploads and connections are off.",
              "ko": "이 에이전트는 고정된 데이터베이스로 시작되어 업로드와 연결을 쓸 수 없습니다."},
    "no_user": {"en": "Adding data needs a user.", "ko": "데이터를 추가하려면 사용자가 필요합니다."},
    "bad_name": {"en": "“{name}” cannot be a table name; use letters, digits and _.",
                 "ko": "“{name}”은(는) 테이블 이름으로 쓸 수 없습니다. 글자, 숫자, _를 써 주세요."},
    "taken": {"en": "There is already a table named “{name}”.", "ko": "“{name}” 테이블이 이미 있습니다."},
    "not_yours": {"en": "“{name}” is not one of your tables.", "ko": "“{name}”은(는) 내가 추가한 테이블이 아닙니다."},
    "sample": {"en": "“{name}” is a sample table: hide it instead of renaming or removing it.",
               "ko": "“{name}”은(는) 예제 테이블입니다. 이름을 바꾸거나 지우는 대신 숨겨 주세요."},
    "no_sample": {"en": "There is no sample table named “{name}”.", "ko": "“{name}” 예제 테이블이 없습니다."},
    "show_clash": {"en": "Your table “{name}” has the sample table's name; rename it first.",
                   "ko": "내 테이블 “{name}”이(가) 예제 테이블과 이름이 같습니다. 먼저 이름을 바꿔 주세요."},
    "connection_name": {"en": "“{name}” cannot be a connection name; use letters, digits and _.",
                        "ko": "“{name}”은(는) 연결 이름으로 쓸 수 없습니다. 글자, 숫자, _를 써 주세요."},
    "connection_taken": {"en": "There is already a connection named “{name}”.",
                         "ko": "“{name}” 연결이 이미 있습니다."},
    "no_connection": {"en": "You have no connection named “{name}”.", "ko": "“{name}” 연결이 없습니다."},
    "descriptions": {"en": "The descriptions were not saved: {reason}", "ko": "설명을 저장하지 못했습니다: {reason}"},
}


def text(key: str, language: str = "en", **values: object) -> str:
    return pick(TEXTS, key, language, **values)


@dataclass(frozen=True)
class UserTable:
    """A table a user uploaded, as the data page lists it."""

    name: str
    original: str
    """The uploaded file's name."""
    rows: int
    added: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConnectionInfo:
    """A connected database, as the data page lists it (never with its password)."""

    name: str
    url: str
    """The URL with the password masked."""
    scope: str
    """"secrets" (everyone's, from secrets.toml) or "user"."""
    tables: tuple[str, ...] = ()
    problem: str = ""


@dataclass(frozen=True)
class Workspace:
    """One user's view of the data: the database to query and its catalog."""

    user_id: str | None
    database: Database
    catalog: Catalog
    sample_tables: tuple[str, ...] = ()
    """Sample tables shown in this workspace."""
    hidden_samples: tuple[str, ...] = ()
    user_tables: tuple[UserTable, ...] = ()
    connections: tuple[ConnectionInfo, ...] = ()
    problems: tuple[str, ...] = ()
    revision: int = 0
    owners: dict[str, str] = field(default_factory=dict)
    """Table name -> "sample", "upload" or the connection's name."""

    def owner(self, table: str) -> str:
        return self.owners.get(table, SAMPLE)


@dataclass(frozen=True)
class AddedTable:
    """The outcome of one table added from an upload."""

    name: str
    rows: int
    original: str
    notes: tuple[str, ...] = ()
    replaced: bool = False


_external_facts: dict[tuple[str, str | None, str], tuple[float, Table]] = {}
_external_lock = threading.Lock()


def _external_table(database: Database, source: SqlSource, remote: str, name: str, value_limit: int,
                    refresh: bool) -> Table:
    """Catalog facts of an attached external table, reused for EXTERNAL_FACTS_SECONDS."""
    key = (parse_url(source.url).render_as_string(hide_password=False), source.schema, remote)
    with _external_lock:
        hit = _external_facts.get(key)
    if hit is not None and not refresh and time.monotonic() - hit[0] < EXTERNAL_FACTS_SECONDS:
        return replace(hit[1], name=name)
    table = describe_table(database, name, value_limit)
    with _external_lock:
        _external_facts[key] = (time.monotonic(), table)
    return table


def _connection_name(name: str) -> str:
    return re.sub(r"[^0-9a-z_]+", "_", name.strip().lower()).strip("_")


class Workspaces:
    """Per-user workspaces over a shared base (sample tables + secrets connections), and the changes to them."""

    def __init__(self, settings: Settings, database: Database, catalog: Catalog,
                 descriptions: dict[str, Any] | None = None, fixed: bool = False) -> None:
        self.settings = settings
        self.fixed = fixed
        self.descriptions = descriptions or {}
        self.store = None if fixed else UserStore(settings.data_dir)
        self._cache: OrderedDict[str, Workspace] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {}
        sample = tuple(t.name for t in catalog.tables)
        self.secrets = {} if fixed else read_secrets_connections(settings.secrets_file)
        if fixed or not self.secrets:
            self.base = Workspace(None, database, catalog, sample_tables=sample,
                                  owners={name: SAMPLE for name in sample})
        else:
            self.base = self._assemble(None, database, list(catalog.tables), sample, (), [], [], 0)
        database.lock_down()  # questions on the shared tables read no file and change no setting

    # --- reading ----------------------------------------------------------------------------------

    def get(self, user_id: str | None) -> Workspace:
        """The workspace a question of `user_id` runs in (the base one for users without own data)."""
        if self.fixed or not user_id or self.store is None:
            return self.base
        manifest = self.store.read(user_id)
        if manifest is None or not _has_data(manifest):
            return self.base
        revision = int(manifest.get("revision", 0))
        with self._lock:
            cached = self._cache.get(user_id)
            if cached is not None and cached.revision == revision:
                self._cache.move_to_end(user_id)
                return cached
            building = self._building.setdefault(user_id, threading.Lock())
        with building:  # one build per user at a time; others wait for it and reuse it
            with self._lock:
                cached = self._cache.get(user_id)
                if cached is not None and cached.revision == revision:
                    return cached
            try:
                workspace = self._build(user_id, manifest)
            except Exception:  # a damaged folder must not take the user's questions down
                log.exception("could not build the workspace of a user; using the shared data")
                return self.base
            with self._lock:
                self._cache[user_id] = workspace
                self._cache.move_to_end(user_id)
                while len(self._cache) > max(1, self.settings.workspace_cache_size):
                    self._cache.popitem(last=False)
            return workspace

    def invalidate(self, user_id: str | None = None) -> None:
        """Forget a user's built workspace (every user's when `user_id` is None)."""
        with self._lock:
            if user_id is None:
                self._cache.clear()
            else:
                self._cache.pop(user_id, None)

    def _build(self, user_id: str, manifest: dict[str, Any], refresh: bool = False) -> Workspace:
        assert self.store is not None
        folder = self.store.folder(user_id)
        database = self._new_database()
        hidden = tuple(n for n in manifest.get("hidden_samples", []) if n in self.base.sample_tables)
        samples = tuple(n for n in self.base.sample_tables if n not in hidden)
        for name in samples:
            database.copy_table(name, self.base.database)
        tables = [self.base.catalog.table(n) for n in samples]
        problems: list[str] = []
        uploads: list[UserTable] = []
        views: list[Path] = []
        for entry in manifest.get("tables", []):
            path = folder.root / entry["file"]
            if not path.is_file():
                problems.append(f"{entry['name']}: its file is missing ({entry['file']}).")
                continue
            try:
                database.add_parquet_view(entry["name"], path)
            except DataLoadError as exc:
                problems.append(str(exc))
                continue
            views.append(path)
            tables.append(replace(table_from_dict(entry["facts"]), name=entry["name"]))
            uploads.append(UserTable(entry["name"], entry.get("original", ""), int(entry.get("rows", 0)),
                                     entry.get("added", ""), tuple(entry.get("notes", ()))))
        descriptions = self.descriptions
        own_text = self.store.descriptions_text(user_id)
        if own_text:
            try:
                descriptions = merge_descriptions(self.descriptions, parse_descriptions(own_text))
            except ValueError as exc:
                problems.append(str(exc))
        workspace = self._assemble(user_id, database, tables, samples, hidden, uploads,
                                   manifest.get("connections", []), int(manifest.get("revision", 0)),
                                   descriptions, problems, refresh)
        database.lock_down(views)  # questions read this user's own Parquet files and nothing else
        return workspace

    def _assemble(self, user_id: str | None, database: Database, tables: list[Table], samples: tuple[str, ...],
                  hidden: tuple[str, ...], uploads: list[UserTable], user_connections: list[dict[str, Any]],
                  revision: int, descriptions: dict[str, Any] | None = None, problems: list[str] | None = None,
                  refresh: bool = False) -> Workspace:
        """Attach connections, then the catalog: known facts with the (merged) descriptions applied."""
        descriptions = self.descriptions if descriptions is None else descriptions
        problems = list(problems or [])
        owners = {name: SAMPLE for name in samples} | {t.name: UPLOAD for t in uploads}
        taken = {t.name.lower() for t in tables}
        connections: list[ConnectionInfo] = []
        entries = [(name, entry, "secrets") for name, entry in self.secrets.items()]
        entries += [(c["name"], c, "user") for c in user_connections]
        for name, entry, scope in entries:
            try:
                source = SqlSource(name, entry["url"], entry.get("schema"), self.settings.external_timeout_seconds)
                mapping: dict[str, RemoteName] = {}
                for remote, schema in source.tables():
                    candidate = clean_table_name(remote)
                    if candidate.lower() in taken:
                        candidate = f"{_connection_name(name)}_{candidate}"
                    if candidate.lower() in taken:
                        continue
                    taken.add(candidate.lower())
                    mapping[candidate] = RemoteName(remote, schema)
                database.attach(source, mapping)
                for candidate, remote in mapping.items():
                    tables.append(_external_table(database, source, remote.table, candidate,
                                                  self.settings.distinct_value_limit, refresh))
                    owners[candidate] = name
                connections.append(ConnectionInfo(name, masked_url(entry["url"]), scope, tuple(mapping)))
            except AgentError as exc:  # ConnectionProblem, or a QueryError reading its tables
                problems.append(f"{name}: {exc}")
                connections.append(ConnectionInfo(name, masked_url(entry["url"]), scope, (), str(exc)))
        described = sorted((with_descriptions(t, descriptions.get(t.name)) for t in tables), key=lambda t: t.name)
        catalog = Catalog(tuple(described), notes=descriptions)
        return Workspace(user_id, database, catalog, samples, hidden, tuple(uploads), tuple(connections),
                         tuple(problems), revision, owners)

    def _new_database(self) -> Database:
        assert self.store is not None
        return Database(memory_limit=self.settings.duckdb_memory_limit, temp_directory=self.store.temp_dir)

    # --- changes ----------------------------------------------------------------------------------

    def _require(self, user_id: str | None, language: str) -> str:
        if self.fixed or self.store is None:
            raise InvalidRequest(text("fixed", language))
        if not user_id:
            raise InvalidRequest(text("no_user", language))
        return user_id

    def _names_in_use(self, manifest: dict[str, Any], except_user_table: str | None = None) -> set[str]:
        hidden = set(manifest.get("hidden_samples", []))
        names = {n.lower() for n in self.base.sample_tables if n not in hidden}
        names |= {t["name"].lower() for t in manifest.get("tables", []) if t["name"] != except_user_table}
        return names

    def add_upload(self, user_id: str | None, name: str, data: Any, language: str = "en") -> list[AddedTable]:
        """Load an uploaded file (path, bytes or file object) as the user's table(s); same name replaces.

        The file is copied to the user's folder in chunks, converted to typed Parquet by DuckDB
        (`agent.data.uploads.loading`), described for the catalog, and only then entered in the manifest: a
        file that fails leaves every table as it was. Raises `DataLoadError` with a message for people.
        """
        user_id = self._require(user_id, language)
        assert self.store is not None
        check_supported(name, language)
        folder = self.store.folder(user_id)
        folder.work_dir.mkdir(parents=True, exist_ok=True)
        incoming = folder.work_dir / f".upload-{time.time_ns()}{Path(name).suffix.lower()}"
        converted = []
        try:
            copy_upload(data, incoming)
            loader = Loader(folder.work_dir, memory_limit=self.settings.duckdb_memory_limit,
                            limits=LoadLimits.from_settings(self.settings), spill_dir=self.store.temp_dir)
            converted = loader.convert(incoming, Path(name).name, language)
            facts = [self._facts(c.path) for c in converted]
            added: list[AddedTable] = []
            replaced_files: list[Path] = []
            with self.store.modify(user_id) as manifest:
                for table, fact in zip(converted, facts, strict=True):
                    base_name = clean_table_name(table.stem)
                    existing = next((t for t in manifest["tables"] if t["name"] == base_name), None)
                    in_use = self._names_in_use(manifest, except_user_table=base_name)
                    table_name = base_name
                    n = 2
                    while table_name.lower() in in_use:
                        table_name, n = f"{base_name}_{n}", n + 1
                    if table_name != base_name:
                        existing = None
                    folder.tables_dir.mkdir(parents=True, exist_ok=True)
                    target = folder.new_table_path()
                    table.path.replace(target)
                    entry = {"name": table_name, "file": str(target.relative_to(folder.root)),
                             "original": Path(name).name, "format": Path(name).suffix.lower().lstrip("."),
                             "rows": table.rows, "added": now(), "notes": table.notes,
                             "facts": table_to_dict(replace(fact, name=table_name))}
                    if existing is not None:
                        replaced_files.append(folder.root / existing["file"])
                        manifest["tables"] = [entry if t is existing else t for t in manifest["tables"]]
                    else:
                        manifest["tables"].append(entry)
                    added.append(AddedTable(table_name, table.rows, Path(name).name, tuple(table.notes),
                                            existing is not None))
            for path in replaced_files:
                path.unlink(missing_ok=True)
            return added
        finally:
            incoming.unlink(missing_ok=True)
            for table in converted:
                table.path.unlink(missing_ok=True)
            self.invalidate(user_id)

    def _facts(self, path: Path) -> Table:
        database = self._new_database()
        database.add_parquet_view("uploaded", path)
        return describe_table(database, "uploaded", self.settings.distinct_value_limit)

    def rename_table(self, user_id: str | None, old: str, new: str, language: str = "en") -> str:
        """Rename one of the user's tables; the new name is cleaned (`Sales 2024` -> `sales_2024`)."""
        user_id = self._require(user_id, language)
        assert self.store is not None
        wanted = clean_table_name(new) if new and new.strip() else ""
        if not wanted or wanted == "table" and new.strip().lower() != "table":
            raise InvalidRequest(text("bad_name", language, name=new))
        if old in self.base.sample_tables:
            raise InvalidRequest(text("sample", language, name=old))
        with self.store.modify(user_id) as manifest:
            entry = next((t for t in manifest["tables"] if t["name"] == old), None)
            if entry is None:
                raise InvalidRequest(text("not_yours", language, name=old))
            if wanted != old:
                if wanted.lower() in self._names_in_use(manifest, except_user_table=old):
                    raise InvalidRequest(text("taken", language, name=wanted))
                entry["name"] = wanted
                entry["facts"]["name"] = wanted
        self.invalidate(user_id)
        return wanted

    def remove_table(self, user_id: str | None, name: str, language: str = "en") -> None:
        """Remove one of the user's tables and its file."""
        user_id = self._require(user_id, language)
        assert self.store is not None
        if name in self.base.sample_tables:
            raise InvalidRequest(text("sample", language, name=name))
        folder = self.store.folder(user_id)
        with self.store.modify(user_id) as manifest:
            entry = next((t for t in manifest["tables"] if t["name"] == name), None)
            if entry is None:
                raise InvalidRequest(text("not_yours", language, name=name))
            manifest["tables"] = [t for t in manifest["tables"] if t is not entry]
        (folder.root / entry["file"]).unlink(missing_ok=True)
        self.invalidate(user_id)

    def set_sample_hidden(self, user_id: str | None, name: str, hidden: bool, language: str = "en") -> None:
        """Hide a sample table from this user's questions and data page, or show it again."""
        user_id = self._require(user_id, language)
        assert self.store is not None
        if name not in self.base.sample_tables:
            raise InvalidRequest(text("no_sample", language, name=name))
        with self.store.modify(user_id) as manifest:
            current = [n for n in manifest["hidden_samples"] if n != name]
            if not hidden and any(t["name"].lower() == name.lower() for t in manifest["tables"]):
                raise InvalidRequest(text("show_clash", language, name=name))
            manifest["hidden_samples"] = current + [name] if hidden else current
        self.invalidate(user_id)

    def test_connection(self, url: str, schema: str | None = None, name: str = "database") -> tuple[str, list[str]]:
        """Connect: (server version, table names). `ConnectionProblem` says what went wrong."""
        source = SqlSource(name, url, schema or None, self.settings.external_timeout_seconds)
        version = source.test()
        return version, [t for t, _ in source.tables()]

    def add_connection(self, user_id: str | None, name: str, url: str, schema: str | None = None,
                       language: str = "en") -> ConnectionInfo:
        """Test and keep a database URL for this user; its tables join the user's catalog."""
        user_id = self._require(user_id, language)
        assert self.store is not None
        clean = _connection_name(name or "")
        if not clean:
            raise InvalidRequest(text("connection_name", language, name=name))
        _, tables = self.test_connection(url, schema, clean)
        with self.store.modify(user_id) as manifest:
            if clean in self.secrets or any(c["name"] == clean for c in manifest["connections"]):
                raise InvalidRequest(text("connection_taken", language, name=clean))
            manifest["connections"].append({"name": clean, "url": url.strip(), "schema": schema or None,
                                            "added": now()})
        self.invalidate(user_id)
        return ConnectionInfo(clean, masked_url(url), "user", tuple(tables))

    def remove_connection(self, user_id: str | None, name: str, language: str = "en") -> None:
        user_id = self._require(user_id, language)
        assert self.store is not None
        with self.store.modify(user_id) as manifest:
            if not any(c["name"] == name for c in manifest["connections"]):
                raise InvalidRequest(text("no_connection", language, name=name))
            manifest["connections"] = [c for c in manifest["connections"] if c["name"] != name]
        self.invalidate(user_id)

    def set_descriptions(self, user_id: str | None, yaml_text: str, language: str = "en") -> dict[str, Any]:
        """Keep the user's descriptions (YAML); they extend and override the sample's. Empty text removes them."""
        user_id = self._require(user_id, language)
        assert self.store is not None
        try:
            parsed = parse_descriptions(yaml_text or "")
        except ValueError as exc:
            raise InvalidRequest(text("descriptions", language, reason=exc)) from None
        folder = self.store.folder(user_id)
        with self.store.modify(user_id) as manifest:
            folder.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            if parsed:
                folder.descriptions_path.write_text(yaml_text, encoding="utf-8")
            else:
                folder.descriptions_path.unlink(missing_ok=True)
            manifest["descriptions"] = bool(parsed)
        self.invalidate(user_id)
        return parsed

    def descriptions_text(self, user_id: str | None) -> str:
        """The user's own descriptions YAML ("" when none)."""
        if self.store is None or not user_id:
            return ""
        return self.store.descriptions_text(user_id)

    def refresh(self, user_id: str | None) -> Workspace:
        """Re-read the user's external tables now (not from the short-lived cache) and rebuild."""
        if self.store is None or not user_id:
            return self.get(user_id)
        manifest = self.store.read(user_id)
        if manifest is None or not _has_data(manifest):
            return self.get(user_id)
        workspace = self._build(user_id, manifest, refresh=True)
        with self._lock:
            self._cache[user_id] = workspace
        return workspace

    def forget_user(self, user_id: str) -> None:
        """Delete everything a user added (their folder) — for tests and account removal."""
        if self.store is None:
            return
        with self.store.lock(user_id):
            shutil.rmtree(self.store.folder(user_id).root, ignore_errors=True)
        self.invalidate(user_id)


def _has_data(manifest: dict[str, Any]) -> bool:
    return bool(manifest.get("tables") or manifest.get("connections") or manifest.get("hidden_samples")
                or manifest.get("descriptions"))
