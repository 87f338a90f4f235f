"""What the data page and a question see of a workspace: its tables, connections, database and catalog."""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.data.catalog import Catalog
from agent.data.database import Database

SAMPLE = "sample"
"""The owner of a bundled sample table."""
UPLOAD = "upload"
"""The owner of a table the user uploaded."""


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
        """Who a table belongs to: "sample", "upload" or the connection's name."""
        return self.owners.get(table, SAMPLE)


@dataclass(frozen=True)
class AddedTable:
    """The outcome of one table added from an upload."""

    name: str
    rows: int
    original: str
    notes: tuple[str, ...] = ()
    replaced: bool = False
