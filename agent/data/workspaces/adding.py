"""Adding an uploaded file as a user's table(s): copied, converted to Parquet, described, then entered."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from agent.data.catalog import Table, describe_table, table_to_dict
from agent.data.database import clean_table_name
from agent.data.store import UserFolder, UserStore, now
from agent.data.uploads.limits import LoadLimits
from agent.data.uploads.loading import Converted, Loader, check_supported, copy_upload
from agent.data.workspaces.building import new_database
from agent.data.workspaces.editing import Editor
from agent.data.workspaces.values import AddedTable
from agent.settings import Settings


def add_upload(editor: Editor, user_id: str | None, name: str, data: Any, language: str = "en") -> list[AddedTable]:
    """Load an uploaded file (path, bytes or file object) as the user's table(s); same name replaces.

    The file is copied to the user's folder in chunks, converted to typed Parquet by DuckDB
    (`agent.data.uploads.loading`), described for the catalog, and only then entered in the manifest: a
    file that fails leaves every table as it was. Raises `DataLoadError` with a message for people.
    """
    user_id, store = editor.user(user_id, language)
    settings = editor.settings
    check_supported(name, language)
    folder = store.folder(user_id)
    folder.work_dir.mkdir(parents=True, exist_ok=True)
    incoming = folder.work_dir / f".upload-{time.time_ns()}{Path(name).suffix.lower()}"
    converted: list[Converted] = []
    try:
        copy_upload(data, incoming)
        loader = Loader(folder.work_dir, memory_limit=settings.duckdb_memory_limit,
                        limits=LoadLimits.from_settings(settings), spill_dir=store.temp_dir)
        converted = loader.convert(incoming, Path(name).name, language)
        facts = [_facts(settings, store, c.path) for c in converted]
        added: list[AddedTable] = []
        replaced_files: list[Path] = []
        with store.modify(user_id) as manifest:
            for table, fact in zip(converted, facts, strict=True):
                entry, existing = _enter(editor, manifest, folder, table, fact, Path(name))
                if existing is not None:
                    replaced_files.append(folder.root / existing["file"])
                added.append(AddedTable(entry["name"], table.rows, Path(name).name, tuple(table.notes),
                                        existing is not None))
        for path in replaced_files:
            path.unlink(missing_ok=True)
        return added
    finally:
        incoming.unlink(missing_ok=True)
        for table in converted:
            table.path.unlink(missing_ok=True)
        editor.forget(user_id)


def _enter(editor: Editor, manifest: dict[str, Any], folder: UserFolder, table: Converted, fact: Table,
           original: Path) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Move one converted table into the user's folder and list it: (its entry, the entry it replaced or None).

    A table takes its file's name; if that name is a sample's or is taken otherwise, `_2`, `_3`, ... is added.
    """
    base_name = clean_table_name(table.stem)
    existing = next((t for t in manifest["tables"] if t["name"] == base_name), None)
    in_use = editor.names_in_use(manifest, except_user_table=base_name)
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
             "original": original.name, "format": original.suffix.lower().lstrip("."),
             "rows": table.rows, "added": now(), "notes": table.notes,
             "facts": table_to_dict(replace(fact, name=table_name))}
    if existing is not None:
        manifest["tables"] = [entry if t is existing else t for t in manifest["tables"]]
    else:
        manifest["tables"].append(entry)
    return entry, existing


def _facts(settings: Settings, store: UserStore, path: Path) -> Table:
    """An uploaded table's catalog facts, read from its Parquet file in a database of its own."""
    database = new_database(settings, store)
    database.add_parquet_view("uploaded", path)
    return describe_table(database, "uploaded", settings.distinct_value_limit)
