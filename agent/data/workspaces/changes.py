"""Changes to a user's tables and descriptions: rename, remove, hide a sample, set descriptions, forget the user."""

from __future__ import annotations

import shutil
from typing import Any

from agent.contract.errors import InvalidRequest
from agent.data.catalog import parse_descriptions
from agent.data.database import clean_table_name
from agent.data.workspaces.editing import Editor
from agent.data.workspaces.texts import text


def rename_table(editor: Editor, user_id: str | None, old: str, new: str, language: str = "en") -> str:
    """Rename one of the user's tables; the new name is cleaned (`Sales 2024` -> `sales_2024`)."""
    user_id, store = editor.user(user_id, language)
    wanted = clean_table_name(new) if new and new.strip() else ""
    if not wanted or wanted == "table" and new.strip().lower() != "table":
        raise InvalidRequest(text("bad_name", language, name=new))
    if old in editor.samples:
        raise InvalidRequest(text("sample", language, name=old))
    with store.modify(user_id) as manifest:
        entry = next((t for t in manifest["tables"] if t["name"] == old), None)
        if entry is None:
            raise InvalidRequest(text("not_yours", language, name=old))
        if wanted != old:
            if wanted.lower() in editor.names_in_use(manifest, except_user_table=old):
                raise InvalidRequest(text("taken", language, name=wanted))
            entry["name"] = wanted
            entry["facts"]["name"] = wanted
    editor.forget(user_id)
    return wanted


def remove_table(editor: Editor, user_id: str | None, name: str, language: str = "en") -> None:
    """Remove one of the user's tables and its file."""
    user_id, store = editor.user(user_id, language)
    if name in editor.samples:
        raise InvalidRequest(text("sample", language, name=name))
    folder = store.folder(user_id)
    with store.modify(user_id) as manifest:
        entry = next((t for t in manifest["tables"] if t["name"] == name), None)
        if entry is None:
            raise InvalidRequest(text("not_yours", language, name=name))
        manifest["tables"] = [t for t in manifest["tables"] if t is not entry]
    (folder.root / entry["file"]).unlink(missing_ok=True)
    editor.forget(user_id)


def set_sample_hidden(editor: Editor, user_id: str | None, name: str, hidden: bool, language: str = "en") -> None:
    """Hide a sample table from this user's questions and data page, or show it again."""
    user_id, store = editor.user(user_id, language)
    if name not in editor.samples:
        raise InvalidRequest(text("no_sample", language, name=name))
    with store.modify(user_id) as manifest:
        current = [n for n in manifest["hidden_samples"] if n != name]
        if not hidden and any(t["name"].lower() == name.lower() for t in manifest["tables"]):
            raise InvalidRequest(text("show_clash", language, name=name))
        manifest["hidden_samples"] = current + [name] if hidden else current
    editor.forget(user_id)


def set_descriptions(editor: Editor, user_id: str | None, yaml_text: str, language: str = "en") -> dict[str, Any]:
    """Keep the user's descriptions (YAML); they extend and override the sample's. Empty text removes them."""
    user_id, store = editor.user(user_id, language)
    try:
        parsed = parse_descriptions(yaml_text or "")
    except ValueError as exc:
        raise InvalidRequest(text("descriptions", language, reason=exc)) from None
    folder = store.folder(user_id)
    with store.modify(user_id) as manifest:
        folder.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        if parsed:
            folder.descriptions_path.write_text(yaml_text, encoding="utf-8")
        else:
            folder.descriptions_path.unlink(missing_ok=True)
        manifest["descriptions"] = bool(parsed)
    editor.forget(user_id)
    return parsed


def forget_user(editor: Editor, user_id: str) -> None:
    """Delete everything a user added (their folder) — for tests and account removal."""
    if editor.store is None:
        return
    with editor.store.lock(user_id):
        shutil.rmtree(editor.store.folder(user_id).root, ignore_errors=True)
    editor.forget(user_id)
