"""Named failures the agent turns into `error` events with a message for people."""

from __future__ import annotations


class AgentError(Exception):
    """A failure with a message fit to show the person who asked."""

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

    def __init__(self, message: str, rule: str = "", repairable: bool = False) -> None:
        super().__init__(message)
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
    """A database URL that cannot be used, or a database that cannot be reached."""
