"""What the database holds: tables, columns, kinds, known values and ID-like columns."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from agent.data.database import Database, quote_identifier

ColumnKind = Literal["number", "text", "date", "boolean", "other"]

TEXT_DATE_FORMATS = (
    "%Y/%m/%d", "%Y-%m-%d", "%Y.%m.%d", "%Y%m%d", "%m/%d/%Y", "%d/%m/%Y", "%d.%m.%Y",
    "%b %d %Y", "%b %d, %Y", "%B %d %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y",
    "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m", "%Y/%m",
)
ID_NAME = re.compile(r"(^id$|_id$|^id_|code$|sku$|number$|_no$|번호$|코드$)", re.IGNORECASE)
ID_VALUE = re.compile(r"^[A-Za-z]{1,6}[-_]?\d{2,}$")


@dataclass(frozen=True)
class Column:
    """One column: its SQL type, what kind of value it holds, and what we know of its values."""

    name: str
    sql_type: str
    kind: ColumnKind
    values: tuple[str, ...] = ()
    """Every distinct value, for low-cardinality text columns; empty otherwise."""
    is_id: bool = False
    """True when the column holds identifiers (part numbers, codes) rather than measures."""
    date_format: str | None = None
    """The strptime format of a date stored as text, or None."""
    distinct_count: int = 0
    synonyms: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Table:
    """One table and its columns."""

    name: str
    columns: tuple[Column, ...]
    row_count: int
    synonyms: tuple[str, ...] = ()
    description: str = ""

    def column(self, name: str) -> Column:
        """The column called `name`."""
        return next(c for c in self.columns if c.name == name)


@dataclass(frozen=True)
class Catalog:
    """All tables of one database, as the analyst and the pages see them."""

    tables: tuple[Table, ...]
    notes: dict[str, Any] = field(default_factory=dict)

    def table(self, name: str) -> Table:
        """The table called `name`."""
        return next(t for t in self.tables if t.name == name)

    @property
    def table_names(self) -> list[str]:
        """Names of all tables."""
        return [t.name for t in self.tables]


def _kind(sql_type: str) -> ColumnKind:
    t = sql_type.upper()
    if t.startswith(("DATE", "TIMESTAMP")):
        return "date"
    if t == "BOOLEAN":
        return "boolean"
    if t.startswith(("VARCHAR", "TEXT", "STRING", "ENUM")):
        return "text"
    if any(t.startswith(p) for p in ("TINYINT", "SMALLINT", "INT", "BIGINT", "HUGEINT", "UBIGINT",
                                    "UINTEGER", "USMALLINT", "UTINYINT", "DOUBLE", "FLOAT", "REAL",
                                    "DECIMAL", "NUMERIC")):
        return "number"
    return "other"


def _text_date_format(database: Database, table: str, column: str) -> str | None:
    """The one format every sampled non-empty value of a text column parses with, if any."""
    col, tab = quote_identifier(column), quote_identifier(table)
    sample = f"(SELECT {col} AS v FROM {tab} WHERE {col} IS NOT NULL AND trim({col}) <> '' LIMIT 200)"
    for fmt in TEXT_DATE_FORMATS:
        row = database.execute(
            f"SELECT count(*), count(try_strptime(trim(v), ?)) FROM {sample}", [fmt]
        ).rows[0]
        if row[0] > 0 and row[0] == row[1]:
            return fmt
    return None


def _describe_column(database: Database, table: str, name: str, sql_type: str,
                     row_count: int, value_limit: int) -> Column:
    kind = _kind(sql_type)
    col, tab = quote_identifier(name), quote_identifier(table)
    if kind != "text":
        looks_id = kind == "number" and bool(ID_NAME.search(name))
        return Column(name, sql_type, kind, is_id=looks_id)
    distinct = database.execute(f"SELECT approx_count_distinct({col}) FROM {tab}").rows[0][0] or 0
    date_format = _text_date_format(database, table, name)
    if date_format:
        return Column(name, sql_type, "date", date_format=date_format, distinct_count=distinct)
    values: tuple[str, ...] = ()
    if distinct <= value_limit * 2:
        rows = database.execute(
            f"SELECT DISTINCT {col} FROM {tab} WHERE {col} IS NOT NULL ORDER BY 1 LIMIT ?",
            [value_limit + 1],
        ).rows
        if len(rows) <= value_limit:
            values = tuple(str(r[0]) for r in rows)
    sample = database.execute(f"SELECT {col} FROM {tab} WHERE {col} IS NOT NULL LIMIT 50").rows
    id_values = sum(bool(ID_VALUE.match(str(r[0]).strip())) for r in sample)
    unique_ish = row_count > 0 and distinct >= 0.9 * row_count
    is_id = bool(ID_NAME.search(name)) or (bool(sample) and id_values >= 0.8 * len(sample)) or (
        unique_ish and not values and row_count > value_limit
    )
    return Column(name, sql_type, "text", values=values, is_id=is_id, distinct_count=distinct)


def build_catalog(database: Database, value_limit: int = 60,
                  descriptions: dict[str, Any] | None = None) -> Catalog:
    """Read every table's columns and values from the database."""
    descriptions = descriptions or {}
    tables = []
    for table in database.table_names():
        row_count = database.execute(f"SELECT count(*) FROM {quote_identifier(table)}").rows[0][0]
        described = database.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", [table]
        ).rows
        notes = descriptions.get(table, {})
        column_notes = notes.get("columns", {})
        columns = []
        for name, sql_type in described:
            column = _describe_column(database, table, name, sql_type, row_count, value_limit)
            extra = column_notes.get(name, {})
            columns.append(Column(**{**column.__dict__,
                                     "synonyms": tuple(extra.get("synonyms", ())),
                                     "description": extra.get("description", "")}))
        tables.append(Table(table, tuple(columns), row_count,
                            synonyms=tuple(notes.get("synonyms", ())),
                            description=notes.get("description", "")))
    return Catalog(tuple(tables), notes=descriptions)


def load_descriptions(folder: Path) -> dict[str, Any]:
    """Per-dataset descriptions and synonyms from `descriptions.json` in a data folder, if present."""
    path = folder / "descriptions.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
