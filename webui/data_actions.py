"""What the data page's controls do, without drawing anything: uploads, renames, removals, connections.

Each function returns an outcome the page shows (and tests check); failures meant for people come back
as messages, never as tracebacks. The page passes the user id (`current_user_id`).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar, cast

from agent.chatbot import ChatbotAgent
from agent.contract.errors import AgentError, ConnectionProblem
from agent.data.store import LOCAL_USER
from agent.data.uploads.load_messages import message
from agent.data.workspaces import AddedTable

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R", bound=tuple[Any, ...])


def current_user_id() -> str:
    """The signed-in user's email (or subject) when login is configured (`st.user`), else "local"."""
    import streamlit as st
    from streamlit.errors import StreamlitAPIException

    try:
        user = st.user
        if getattr(user, "is_logged_in", False):
            return str(user.get("email") or user.get("sub") or LOCAL_USER)
    except (StreamlitAPIException, KeyError, AttributeError):  # auth not configured
        pass
    return LOCAL_USER


@dataclass
class UploadOutcome:
    """One uploaded file: the tables it became, or what was wrong with it."""

    file: str
    added: list[AddedTable] = field(default_factory=list)
    error: str | None = None


def handle_uploads(agent: ChatbotAgent, user_id: str, files: Iterable[Any], language: str = "en"
                   ) -> list[UploadOutcome]:
    """Add every uploaded file (an `UploadedFile`, or a `(name, data)` pair) as the user's table(s).

    A file that cannot be read is reported and skipped; the others, and every table already there,
    are unaffected. Loading says what is wrong with a file (`AgentError`); any other failure of one
    file (a reader's bug on a hostile file) is logged and reported too, so it never ends the batch.
    """
    outcomes = []
    for item in files:
        name, data = item if isinstance(item, tuple) else (item.name, item)
        try:
            outcomes.append(UploadOutcome(name, agent.workspaces.add_upload(user_id, name, data, language)))
        except AgentError as exc:
            outcomes.append(UploadOutcome(name, error=str(exc)))
        except Exception as exc:  # last resort: one bad file must not stop the others
            log.exception("upload %r failed unexpectedly", name[:200])
            error = message("unexpected", language, name=name, kind=type(exc).__name__)
            outcomes.append(UploadOutcome(name, error=error))
    return outcomes


def refusals_as_outcomes(*failed: Any, refusals: tuple[type[Exception], ...] = (AgentError,)
                         ) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate an action that returns ("ok", ...): a refusal it raises becomes ("error", its message, *failed)."""

    def decorate(action: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(action)
        def attempt(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return action(*args, **kwargs)
            except refusals as exc:
                return cast(R, ("error", str(exc), *failed))

        return attempt

    return decorate


@refusals_as_outcomes()
def rename_table(agent: ChatbotAgent, user_id: str, old: str, new: str, language: str = "en") -> tuple[str, str]:
    """("ok", new name) or ("error", message)."""
    return "ok", agent.workspaces.rename_table(user_id, old, new, language)


@refusals_as_outcomes()
def remove_table(agent: ChatbotAgent, user_id: str, name: str, language: str = "en") -> tuple[str, str]:
    """("ok", name) or ("error", message)."""
    agent.workspaces.remove_table(user_id, name, language)
    return "ok", name


@refusals_as_outcomes()
def set_sample_hidden(agent: ChatbotAgent, user_id: str, name: str, hidden: bool,
                      language: str = "en") -> tuple[str, str]:
    """("ok", name) or ("error", message)."""
    agent.workspaces.set_sample_hidden(user_id, name, hidden, language)
    return "ok", name


@refusals_as_outcomes(0, refusals=(ConnectionProblem, AgentError))
def check_connection(agent: ChatbotAgent, url: str, schema: str | None) -> tuple[str, str, int]:
    """("ok", server version, table count) or ("error", message, 0)."""
    version, tables = agent.workspaces.test_connection(url, schema or None)
    return "ok", version.split(" on ")[0].split(",")[0], len(tables)


@refusals_as_outcomes(0, refusals=(ConnectionProblem, AgentError))
def add_connection(agent: ChatbotAgent, user_id: str, name: str, url: str, schema: str | None,
                   language: str = "en") -> tuple[str, str, int]:
    """("ok", connection name, table count) or ("error", message, 0)."""
    info = agent.workspaces.add_connection(user_id, name, url, schema or None, language)
    return "ok", info.name, len(info.tables)


@refusals_as_outcomes()
def remove_connection(agent: ChatbotAgent, user_id: str, name: str, language: str = "en") -> tuple[str, str]:
    """("ok", name) or ("error", message)."""
    agent.workspaces.remove_connection(user_id, name, language)
    return "ok", name


@refusals_as_outcomes(0)
def set_descriptions(agent: ChatbotAgent, user_id: str, text: str, language: str = "en") -> tuple[str, str, int]:
    """("ok", "", tables described) or ("error", message, 0)."""
    return "ok", "", len(agent.workspaces.set_descriptions(user_id, text, language))
