"""What the analyst knows of each table and column: its role, words, values and a few statistics."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

ROLES = ("id", "label", "category", "flag", "measure", "year", "date", "month", "day", "quarter", "weekday",
         "hour", "text", "other")
"""What a column is for: an identifier, the name of a row (label), a category, a yes/no flag, a measure, a
year, a date, a part of a date, free text."""
TIME_ROLES = frozenset({"year", "date", "month", "day", "quarter", "weekday", "hour"})


@dataclass(frozen=True)
class ColumnFacts:
    """One column as the analyst reads it."""

    table: str
    name: str
    kind: str
    """number, text, date, boolean, other (from the catalog)."""
    role: str
    words: tuple[str, ...]
    """The words of its name (lower case, singular; Korean nouns)."""
    phrases: tuple[tuple[str, ...], ...] = ()
    """Other names: synonyms from the descriptions, the description's own words."""
    values: tuple[str, ...] = ()
    """Distinct values of a category, flag or label column (as text)."""
    distinct: int = 0
    nulls: int = 0
    minimum: Any = None
    maximum: Any = None
    integer: bool = False
    """A number column whose values are all whole."""
    date_format: str | None = None
    unit: str = ""
    description: str = ""
    unique: bool = False
    """Every non-null value is different (a key)."""
    span: tuple[str, str] | None = None
    """For a duration no column stores (schema.durations): the start and end date columns it is the days between."""

    @property
    def discrete(self) -> bool:
        """A whole-number measure with few values (cylinders, gears): groupable and filterable by value."""
        return self.kind == "number" and self.integer and 1 < self.distinct <= 12 and self.role == "measure" \
            and not self.span  # a few terms of a few lengths: still lengths, not groups

    @property
    def counts_things(self) -> bool:
        """A whole-number measure named for what it counts (bedrooms, garage_places, 자녀_수): its values are counts."""
        if not (self.kind == "number" and self.integer and self.role == "measure"):
            return False
        last = re.split(r"[_\-. ]+", self.name.strip())[-1]
        return last.endswith("수") or last.isascii() and last.lower().endswith("s") and not last.lower().endswith(
            "ss") and bool(self.words) and self.words[-1] != last.lower()

    @property
    def groupable(self) -> bool:
        """Worth grouping by: a category, a flag, a label, a year or a date part, or a discrete number."""
        return self.role in ("category", "flag", "label", "year", "month", "quarter", "weekday", "hour", "id") \
            or self.discrete

    @property
    def ref(self) -> tuple[str, str]:
        """The column's table and name, as a key."""
        return (self.table, self.name)

    def ref_col(self) -> Any:
        """The column as a plan's `Col`."""
        from agent.analysts.offline.planning.plan import Col

        return Col(self.table, self.name)


@dataclass(frozen=True)
class Link:
    """`table.column` holds values of `target.key`: a join from a fact table to the table it refers to.

    With `until`, a range: `table.column` falls between `target.key` and `target.until` (a year in a reign's
    first and last years); `flipped` is the same range walked from the ranges' table.
    """

    table: str
    column: str
    target: str
    key: str
    until: str | None = None
    flipped: bool = False


@dataclass
class TableFacts:
    """One table: its words, rows, columns, key and the column that names its rows."""

    name: str
    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    rows: int
    columns: list[ColumnFacts]
    key: str | None = None
    label: str | None = None
    weight: str | None = None
    """A column of counts each row stands for (a table of frequencies): counting sums it."""
    links: list[Link] = field(default_factory=list)
    """Links from this table's columns to other tables."""
    latest: dict[str, dt.date] = field(default_factory=dict)
    """The latest date of each date column (relative periods count back from it)."""

    def column(self, name: str) -> ColumnFacts:
        """The column called `name` (KeyError when there is none)."""
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name}.{name}")

    def by_role(self, *roles: str) -> list[ColumnFacts]:
        """The table's columns with one of these roles, in table order."""
        return [c for c in self.columns if c.role in roles]
