"""Named failures the agent turns into `error` events, put into words in the asker's language."""

from __future__ import annotations

from typing import ClassVar

from agent.contract.i18n import Texts, pick
from agent.contract.messages import ERRORS


class AgentError(Exception):
    """A failure to show the person who asked: a message key and the values that fill it in.

    `key` names a message of the class's `texts` (read by `agent.contract.i18n.pick`). The error is put into
    words once, where the asker's language is known: `words(language)`; `str(exc)` is its English text (for
    logs, and for callers that have no language). A `key` that is not in `texts` is text already written for
    people, shown as it is in every language.
    """

    texts: ClassVar[Texts] = ERRORS
    """The table this class's keys name; a family of errors with messages of its own names its own table."""

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(self.words("en"))

    def words(self, language: str | None) -> str:
        """The message for people, in `language` ("ko" or English)."""
        if self.key not in self.texts:
            return self.key
        return pick(self.texts, self.key, language, **self.values)

    @property
    def kind(self) -> str:
        """The type name sent as `error` in the event."""
        return type(self).__name__


class Timeout(AgentError):
    """The answer ran past its deadline."""


class Cancelled(AgentError):
    """The caller stopped the answer."""


class QueryError(AgentError):
    """The database rejected or failed a query."""


class UnsafeQuery(AgentError):
    """A query was refused because it could read or change more than it may."""

    def __init__(self, key: str, /, *, rule: str = "", repairable: bool = False, **values: object) -> None:
        super().__init__(key, **values)
        self.rule = rule
        """Which check of the SQL guard refused it (agent.data.guard.rules), "" when not the guard."""
        self.repairable = repairable
        """True when the refusal is a mistake a model may repair (a typo, an unknown table)."""


class UnknownTable(AgentError):
    """A question or query named a table the catalog does not have."""


class DataLoadError(AgentError):
    """A data file could not be read as a table."""


class InvalidRequest(AgentError):
    """The question or its options are not usable (empty, too long, wrong type)."""


class ConnectionProblem(AgentError):
    """A connection URL that cannot be used, or an external database that cannot be reached."""


def first_line(exc: BaseException | str, limit: int | None = None) -> str:
    """The first line of an exception's text (at most `limit` characters), or its type name when it has none."""
    text = str(exc).strip()
    return text.splitlines()[0][:limit] if text else type(exc).__name__
