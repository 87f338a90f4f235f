"""Building a workspace: the sample tables, a user's uploads as views, their connections, then the catalog."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from agent.contract.errors import AgentError, DataLoadError
from agent.data.catalog import (
    Catalog,
    Table,
    merge_descriptions,
    parse_descriptions,
    table_from_dict,
    with_descriptions,
)
from agent.data.database import Database, clean_table_name
from agent.data.dialects import RemoteName
from agent.data.sources import SqlSource, masked_url
from agent.data.store import UserFolder, UserStore
from agent.data.workspaces.external_facts import ExternalFacts
from agent.data.workspaces.values import SAMPLE, UPLOAD, ConnectionInfo, UserTable, Workspace
from agent.settings import Settings


@dataclass(frozen=True)
class Ground:
    """What every workspace is built with: the settings, everyone's connections, the sample's descriptions."""

    settings: Settings
    secrets: Mapping[str, dict[str, Any]]
    """The connections of `.streamlit/secrets.toml`, by name: every workspace has them."""
    descriptions: dict[str, Any]
    """The sample data's descriptions; a user's own extend and override them."""
    facts: ExternalFacts


@dataclass
class Draft:
    """A workspace being built: its database, the facts of the tables in it so far, and what went wrong."""

    database: Database
    user_id: str | None = None
    revision: int = 0
    descriptions: dict[str, Any] = field(default_factory=dict)
    samples: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    tables: list[Table] = field(default_factory=list)
    uploads: list[UserTable] = field(default_factory=list)
    views: list[Path] = field(default_factory=list)
    """The Parquet files the uploads' views read: the only files the locked database may read."""
    connections: list[ConnectionInfo] = field(default_factory=list)
    owners: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def build_base(ground: Ground, database: Database, catalog: Catalog) -> Workspace:
    """The shared workspace: the sample (or given) tables plus everyone's connections; its database locked."""
    samples = tuple(t.name for t in catalog.tables)
    owners = {name: SAMPLE for name in samples}
    if not ground.secrets:
        workspace = Workspace(None, database, catalog, sample_tables=samples, owners=owners)
    else:
        draft = Draft(database, descriptions=ground.descriptions, samples=samples, tables=list(catalog.tables),
                      owners=owners)
        attach_connections(draft, ground, [])
        workspace = finish(draft)
    database.lock_down()  # questions on the shared tables read no file and change no setting
    return workspace


def build_user(ground: Ground, base: Workspace, store: UserStore, user_id: str, manifest: dict[str, Any]) -> Workspace:
    """A user's own workspace, from their manifest: its own database, locked to their Parquet files."""
    draft = Draft(new_database(ground.settings, store), user_id, int(manifest.get("revision", 0)),
                  ground.descriptions)
    add_samples(draft, base, manifest.get("hidden_samples", []))
    add_uploads(draft, store.folder(user_id), manifest.get("tables", []))
    add_own_descriptions(draft, store.descriptions_text(user_id))
    attach_connections(draft, ground, manifest.get("connections", []))
    workspace = finish(draft)
    draft.database.lock_down(draft.views)  # questions read this user's own Parquet files and nothing else
    return workspace


def new_database(settings: Settings, store: UserStore) -> Database:
    """An empty in-memory database within the memory limit, spilling to the store's temporary folder."""
    return Database(memory_limit=settings.duckdb_memory_limit, temp_directory=store.temp_dir)


def add_samples(draft: Draft, base: Workspace, hidden: Iterable[str]) -> None:
    """Copy the sample tables the user did not hide, with their facts."""
    draft.hidden = tuple(n for n in hidden if n in base.sample_tables)
    draft.samples = tuple(n for n in base.sample_tables if n not in draft.hidden)
    for name in draft.samples:
        draft.database.copy_table(name, base.database)
        draft.tables.append(base.catalog.table(name))
        draft.owners[name] = SAMPLE


def add_uploads(draft: Draft, folder: UserFolder, entries: Iterable[dict[str, Any]]) -> None:
    """A view over each uploaded table's Parquet file, with the facts kept in the manifest."""
    for entry in entries:
        path = folder.root / entry["file"]
        if not path.is_file():
            draft.problems.append(f"{entry['name']}: its file is missing ({entry['file']}).")
            continue
        try:
            draft.database.add_parquet_view(entry["name"], path)
        except DataLoadError as exc:
            draft.problems.append(str(exc))
            continue
        draft.views.append(path)
        draft.tables.append(replace(table_from_dict(entry["facts"]), name=entry["name"]))
        draft.uploads.append(UserTable(entry["name"], entry.get("original", ""), int(entry.get("rows", 0)),
                                       entry.get("added", ""), tuple(entry.get("notes", ()))))
        draft.owners[entry["name"]] = UPLOAD


def add_own_descriptions(draft: Draft, own_text: str) -> None:
    """The user's own descriptions (YAML) over the sample's; a file that does not parse is a problem shown."""
    if own_text:
        try:
            draft.descriptions = merge_descriptions(draft.descriptions, parse_descriptions(own_text))
        except ValueError as exc:
            draft.problems.append(str(exc))


def attach_connections(draft: Draft, ground: Ground, user_connections: Iterable[dict[str, Any]]) -> None:
    """Attach everyone's connections, then the user's: each table under its own name, or prefixed on a clash.

    A connection that cannot be reached (or read) is listed with its problem; the others still attach.
    """
    taken = {t.name.lower() for t in draft.tables}
    entries = [(name, entry, "secrets") for name, entry in ground.secrets.items()]
    entries += [(c["name"], c, "user") for c in user_connections]
    settings = ground.settings
    for name, entry, scope in entries:
        try:
            source = SqlSource(name, entry["url"], entry.get("schema"), settings.external_timeout_seconds)
            mapping: dict[str, RemoteName] = {}
            for remote, schema in source.tables():
                candidate = clean_table_name(remote)
                if candidate.lower() in taken:
                    candidate = f"{connection_name(name)}_{candidate}"
                if candidate.lower() in taken:
                    continue
                taken.add(candidate.lower())
                mapping[candidate] = RemoteName(remote, schema)
            draft.database.attach(source, mapping)
            for candidate, where in mapping.items():
                draft.tables.append(ground.facts.table(draft.database, source, where.table, candidate,
                                                       settings.distinct_value_limit))
                draft.owners[candidate] = name
            draft.connections.append(ConnectionInfo(name, masked_url(entry["url"]), scope, tuple(mapping)))
        except AgentError as exc:  # ConnectionProblem, or a QueryError reading its tables
            draft.problems.append(f"{name}: {exc}")
            draft.connections.append(ConnectionInfo(name, masked_url(entry["url"]), scope, (), str(exc)))


def finish(draft: Draft) -> Workspace:
    """The workspace: its catalog is the tables' facts with the (merged) descriptions applied, sorted by name."""
    described = sorted((with_descriptions(t, draft.descriptions.get(t.name)) for t in draft.tables),
                       key=lambda t: t.name)
    catalog = Catalog(tuple(described), notes=draft.descriptions)
    return Workspace(draft.user_id, draft.database, catalog, draft.samples, draft.hidden, tuple(draft.uploads),
                     tuple(draft.connections), tuple(draft.problems), draft.revision, draft.owners)


def connection_name(name: str) -> str:
    """A connection's name as kept: lower case, letters, digits and _ (`Warehouse DB` -> `warehouse_db`)."""
    return re.sub(r"[^0-9a-z_]+", "_", name.strip().lower()).strip("_")
