"""A user's own database connections: test one, keep it, remove it."""

from __future__ import annotations

from agent.contract.errors import InvalidRequest
from agent.data.sources import SqlSource, masked_url
from agent.data.store import now
from agent.data.workspaces.building import connection_name
from agent.data.workspaces.editing import Editor
from agent.data.workspaces.texts import text
from agent.data.workspaces.values import ConnectionInfo
from agent.settings import Settings


def try_connection(settings: Settings, url: str, schema: str | None = None,
                    name: str = "database") -> tuple[str, list[str]]:
    """Connect: (server version, table names). `ConnectionProblem` says what went wrong."""
    source = SqlSource(name, url, schema or None, settings.external_timeout_seconds)
    version = source.test()
    return version, [t for t, _ in source.tables()]


def add_connection(editor: Editor, user_id: str | None, name: str, url: str, schema: str | None = None,
                   language: str = "en") -> ConnectionInfo:
    """Test and keep a database URL for this user; its tables join the user's catalog."""
    user_id, store = editor.user(user_id, language)
    clean = connection_name(name or "")
    if not clean:
        raise InvalidRequest(text("connection_name", language, name=name))
    _, tables = try_connection(editor.settings, url, schema, clean)
    with store.modify(user_id) as manifest:
        if clean in editor.secrets or any(c["name"] == clean for c in manifest["connections"]):
            raise InvalidRequest(text("connection_taken", language, name=clean))
        manifest["connections"].append({"name": clean, "url": url.strip(), "schema": schema or None,
                                        "added": now()})
    editor.forget(user_id)
    return ConnectionInfo(clean, masked_url(url), "user", tuple(tables))


def remove_connection(editor: Editor, user_id: str | None, name: str, language: str = "en") -> None:
    """Forget one of the user's connections (everyone's, from secrets.toml, stay)."""
    user_id, store = editor.user(user_id, language)
    with store.modify(user_id) as manifest:
        if not any(c["name"] == name for c in manifest["connections"]):
            raise InvalidRequest(text("no_connection", language, name=name))
        manifest["connections"] = [c for c in manifest["connections"] if c["name"] != name]
    editor.forget(user_id)
