"""The structured reading of a question (measure, groups, filters, ...) that SQL is built from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from agent.analysts.offline.joins import Join
from agent.analysts.offline.schema_index import ColumnInfo

Mode = Literal["value", "group", "trend", "list"]


@dataclass
class Filter:
    """One condition: column op value, a date range, or column op other column."""

    kind: str
    """id | value | date | threshold | compare | positive"""
    column: ColumnInfo
    op: str
    """=, in, <, <=, >, >=, range"""
    value: Any = None
    other: ColumnInfo | None = None
    label: str = ""
    having: bool = False


@dataclass
class Measure:
    """What is computed: an aggregate of a column, or a count of rows (column None)."""

    table: str
    column: ColumnInfo | None
    agg: str
    word: str = ""
    """The question's own word for it (재고, stock), if any."""
    distinct: ColumnInfo | None = None
    defaulted: bool = False
    """True when the aggregate was assumed rather than asked."""

    @property
    def alias(self) -> str:
        """The result column name."""
        if self.column is None:
            return "count"
        prefix = {"sum": "total", "avg": "average", "min": "min", "max": "max", "count": "count"}[self.agg]
        return f"{prefix}_{self.column.name}"

    @property
    def label(self) -> str:
        """The measured thing as shown in text."""
        return self.column.name if self.column is not None else self.table


@dataclass
class Entity:
    """The thing the question is about: a table, maybe one row of it picked by ID or name."""

    table: str
    word: str
    key: str | None = None
    value: str | None = None


@dataclass
class Structured:
    """Everything the SQL builder, summary and writer need."""

    mode: Mode
    base: str
    measure: Measure | None = None
    groups: list[ColumnInfo] = field(default_factory=list)
    grain: str | None = None
    date: ColumnInfo | None = None
    filters: list[Filter] = field(default_factory=list)
    order: str | None = None
    limit: int | None = None
    list_columns: list[ColumnInfo] = field(default_factory=list)
    entity: Entity | None = None
    joins: list[Join] = field(default_factory=list)
    penalties: list[tuple[str, float]] = field(default_factory=list)
    matched: float = 0.0
    total: float = 0.0
    ignored: list[str] = field(default_factory=list)
    """Question words that were not used."""
    counts_days: bool = False
    """True when the rows counted are days (`rainy days`, `비 온 날`)."""

    @property
    def tables(self) -> list[str]:
        """The base table then every joined one."""
        return [self.base] + [j.table for j in self.joins]


@dataclass
class Unmapped:
    """Why a question could not be mapped, and what was recognised anyway."""

    reason_en: str
    reason_ko: str
    not_found: list[str] = field(default_factory=list)
    hint_table: str | None = None
