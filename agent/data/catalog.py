"""What the database holds: tables, columns, kinds, known values and ID-like columns."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from agent.data.database import Database, quote_identifier
from agent.data.sql_types import is_numeric

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
    unit: str = ""
    """The unit of a measure (`pcs`, `KRW`), from the dataset's descriptions."""


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
    if is_numeric(t):
        return "number"
    return "other"


def _text_date_format(database: Database, table: str, column: str) -> str | None:
    """The one format every sampled non-empty value of a text column parses with, if any."""
    col, tab = quote_identifier(column), quote_identifier(table)
    if not database.is_local(table):
        return _python_date_format(database, table, column)
    sample = f"(SELECT {col} AS v FROM {tab} WHERE {col} IS NOT NULL AND trim({col}) <> '' LIMIT 200)"
    for fmt in TEXT_DATE_FORMATS:
        row = database.execute(
            f"SELECT count(*), count(try_strptime(trim(v), ?)) FROM {sample}", [fmt]
        ).rows[0]
        if row[0] > 0 and row[0] == row[1]:
            return fmt
    return None


def _python_date_format(database: Database, table: str, column: str) -> str | None:
    """`_text_date_format` for a table in another database: the sample is parsed here, not in SQL."""
    col, tab = quote_identifier(column), quote_identifier(table)
    rows = database.execute(f"SELECT {col} FROM {tab} WHERE {col} IS NOT NULL LIMIT 200").rows
    values = [str(r[0]).strip() for r in rows if str(r[0]).strip()]
    if not values:
        return None
    for fmt in TEXT_DATE_FORMATS:
        try:
            for value in values:
                dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
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
    return Column(name, sql_type, "text", values=values, is_id=is_id, distinct_count=int(distinct))


def describe_table(database: Database, table: str, value_limit: int = 60) -> Table:
    """One table's facts read from the database (no descriptions): columns, kinds, values, row count.

    Works for the embedded DuckDB and for tables of an attached external source: every query goes
    through `Database.execute`, which runs it in the source's own dialect.
    """
    row_count = int(database.execute(f"SELECT count(*) FROM {quote_identifier(table)}").rows[0][0])
    columns = tuple(_describe_column(database, table, name, sql_type, row_count, value_limit)
                    for name, sql_type in database.columns(table))
    return Table(table, columns, row_count)


def with_descriptions(table: Table, notes: Mapping[str, Any] | None) -> Table:
    """The table with its descriptions, synonyms and units (from `descriptions.yaml`) filled in."""
    notes = notes or {}
    column_notes = notes.get("columns") or {}
    columns = []
    for column in table.columns:
        extra = column_notes.get(column.name) or {}
        description = str(extra.get("description") or "")
        unit = str(extra.get("unit") or "")
        if unit and unit not in description:
            description = f"{description} (unit: {unit})" if description else f"unit: {unit}"
        value_words = extra.get("values") or {}
        if value_words:
            said = "; ".join(f"{value} = {', '.join(words)}" for value, words in value_words.items() if words)
            description = f"{description}; values also called: {said}" if description else (
                f"values also called: {said}")
        columns.append(replace(column, synonyms=tuple(extra.get("synonyms") or ()), description=description,
                               unit=unit))
    return replace(table, columns=tuple(columns), synonyms=tuple(notes.get("synonyms") or ()),
                   description=str(notes.get("description") or ""))


def build_catalog(database: Database, value_limit: int = 60,
                  descriptions: dict[str, Any] | None = None,
                  tables: Iterable[str] | None = None) -> Catalog:
    """Read every table's (or the named tables') columns and values from the database."""
    descriptions = descriptions or {}
    names = database.table_names() if tables is None else list(tables)
    described = [with_descriptions(describe_table(database, name, value_limit), descriptions.get(name))
                 for name in names]
    return Catalog(tuple(described), notes=descriptions)


def table_to_dict(table: Table) -> dict[str, Any]:
    """A table's facts as plain JSON data (kept in a user's manifest so a restart need not re-read them)."""
    return asdict(table)


def table_from_dict(data: Mapping[str, Any]) -> Table:
    """The inverse of `table_to_dict`."""
    columns = tuple(Column(**{**c, "values": tuple(c.get("values") or ()),
                              "synonyms": tuple(c.get("synonyms") or ())}) for c in data["columns"])
    return Table(data["name"], columns, int(data["row_count"]), synonyms=tuple(data.get("synonyms") or ()),
                 description=data.get("description") or "")


DESCRIPTION_FILES = ("descriptions.yaml", "descriptions.yml", "descriptions.json")


def load_descriptions(folder: Path) -> dict[str, Any]:
    """Per-dataset descriptions and synonyms from `descriptions.yaml` (or `.yml`, `.json`) in a data folder."""
    for name in DESCRIPTION_FILES:
        path = Path(folder) / name
        if path.is_file():
            return parse_descriptions(path.read_text(encoding="utf-8"), name)
    return {}


def parse_descriptions(text: str, name: str = "descriptions.yaml") -> dict[str, Any]:
    """Descriptions from YAML (or JSON, which is YAML too), normalised; `ValueError` says what is wrong.

    The shape, per table: `description`, `synonyms` and `columns`, each column with `description`,
    `unit`, `synonyms` and `values` (a value -> its other names). Tables may sit at the top level or
    under a `tables:` key. Synonyms are a list, a comma-separated string, or `{ko: [...], en: [...]}`.
    """
    import yaml

    try:
        if name.endswith(".json") and text.strip():
            data = json.loads(text)
        else:
            data = yaml.safe_load(text) if text.strip() else {}
    except json.JSONDecodeError as exc:
        raise ValueError(f"{name} is not valid JSON (line {exc.lineno}): {exc.msg}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ValueError(f"{name} is not valid YAML{where}: {getattr(exc, 'problem', None) or exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError(f"{name} must map table names to their descriptions.")
    if isinstance(data.get("tables"), dict):
        data = data["tables"]
    result: dict[str, Any] = {}
    for table, notes in data.items():
        if notes is None:
            continue
        if not isinstance(notes, dict):
            raise ValueError(f"{name}: the entry for table {table!r} must be a mapping.")
        columns: dict[str, Any] = {}
        for column, extra in (notes.get("columns") or {}).items():
            if extra is None:
                continue
            if not isinstance(extra, dict):
                raise ValueError(f"{name}: the entry for column {table}.{column} must be a mapping.")
            values = extra.get("values") or {}
            if not isinstance(values, dict):
                raise ValueError(f"{name}: `values` of {table}.{column} must map values to their names.")
            columns[str(column)] = {
                "description": str(extra.get("description") or "").strip(),
                "unit": str(extra.get("unit") or "").strip(),
                "synonyms": _words(extra.get("synonyms")),
                "values": {str(v): _words(w) for v, w in values.items()},
            }
        result[str(table)] = {"description": str(notes.get("description") or "").strip(),
                              "synonyms": _words(notes.get("synonyms")), "columns": columns}
    return result


def _words(value: Any) -> list[str]:
    """Synonyms as a flat list of strings: from a list, a comma-separated string or a language mapping."""
    if value is None:
        return []
    if isinstance(value, str):
        return [w.strip() for w in value.split(",") if w.strip()]
    if isinstance(value, dict):
        return [w for part in value.values() for w in _words(part)]
    if isinstance(value, list | tuple):
        return [w for part in value for w in _words(part)]
    return [str(value)]


def merge_descriptions(*parts: Mapping[str, Any] | None) -> dict[str, Any]:
    """Later descriptions override earlier ones, table by table and column by column."""
    merged: dict[str, Any] = {}
    for part in parts:
        for table, notes in (part or {}).items():
            current = merged.setdefault(table, {"description": "", "synonyms": [], "columns": {}})
            if notes.get("description"):
                current["description"] = notes["description"]
            if notes.get("synonyms"):
                current["synonyms"] = list(notes["synonyms"])
            for column, extra in (notes.get("columns") or {}).items():
                current["columns"][column] = {**current["columns"].get(column, {}), **extra}
    return merged
