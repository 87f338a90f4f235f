"""Per-catalog preprocessing, built once and cached: column words, value index, keys and links."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from agent.analysts.offline.words import Phrase, is_hangul, split_name, words
from agent.data.catalog import ID_NAME, Catalog, Table
from agent.data.database import Database, quote_identifier

NAME_VALUE_LIMIT = 50_000
CACHE_SIZE = 8


@dataclass(frozen=True)
class ColumnInfo:
    """A column as the matcher sees it."""

    table: str
    name: str
    kind: str
    words: Phrase
    is_id: bool
    join_key: bool
    date_format: str | None
    values: tuple[str, ...]
    synonyms: tuple[Phrase, ...] = ()

    @property
    def numeric(self) -> bool:
        """A measure: a number that is not an identifier."""
        return self.kind == "number" and not self.is_id

    @property
    def categorical(self) -> bool:
        """A text column worth grouping or filtering by."""
        return self.kind in ("text", "boolean")


@dataclass
class TableInfo:
    """A table's words, columns and primary key."""

    name: str
    words: Phrase
    synonyms: tuple[Phrase, ...]
    columns: list[ColumnInfo]
    row_count: int
    key: str | None = None

    def column(self, name: str) -> ColumnInfo:
        """The column called `name`."""
        return next(c for c in self.columns if c.name == name)

    @property
    def measures(self) -> list[ColumnInfo]:
        """Numeric non-ID columns."""
        return [c for c in self.columns if c.numeric]

    @property
    def dates(self) -> list[ColumnInfo]:
        """Date columns, native or text."""
        return [c for c in self.columns if c.kind == "date"]


@dataclass
class SchemaIndex:
    """Everything about one catalog the analyst needs per question, computed once."""

    tables: dict[str, TableInfo]
    values: dict[Phrase, list[tuple[str, str, str]]] = field(default_factory=dict)
    value_words: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    """Single words of multi-word category values (`korea` of `South Korea`), for partial matches."""
    lookup_columns: list[tuple[str, str]] = field(default_factory=list)
    links: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    korean_keys: frozenset[str] = frozenset()
    vocabulary: frozenset[str] = frozenset()
    """Every word of every table and column name."""
    max_value_words: int = 1

    @property
    def columns(self) -> list[ColumnInfo]:
        """Every column of every table."""
        return [c for t in self.tables.values() for c in t.columns]


def _column(table: Table, column) -> ColumnInfo:  # noqa: ANN001 - catalog Column
    join_key = column.is_id and bool(ID_NAME.search(column.name))
    return ColumnInfo(table.name, column.name, column.kind, split_name(column.name), column.is_id,
                      join_key, column.date_format, column.values,
                      tuple(words(s) for s in column.synonyms))


def _name_like(column: ColumnInfo) -> bool:
    return column.kind == "text" and not column.values and not column.join_key


def _primary_key(database: Database, table: TableInfo) -> str | None:
    keys = [c for c in table.columns if c.join_key]
    if not keys or table.row_count == 0:
        return None
    counts = database.execute(
        "SELECT " + ", ".join(f"count(DISTINCT {quote_identifier(c.name)})" for c in keys)
        + f" FROM {quote_identifier(table.name)}").rows[0]
    unique = [c for c, n in zip(keys, counts, strict=True) if n == table.row_count]
    own = [c for c in unique if set(c.words) & set(table.words)]
    chosen = own or unique
    return chosen[0].name if chosen else None


def build_index(catalog: Catalog, database: Database) -> SchemaIndex:
    """Read the catalog (and a few distinct-value queries) into a `SchemaIndex`."""
    tables = {t.name: TableInfo(t.name, split_name(t.name), tuple(words(s) for s in t.synonyms),
                                [_column(t, c) for c in t.columns], t.row_count) for t in catalog.tables}
    index = SchemaIndex(tables)
    korean: set[str] = set()
    for table in tables.values():
        table.key = _primary_key(database, table)
        korean.update(w for w in table.words + tuple(w for s in table.synonyms for w in s) if is_hangul(w))
        for column in table.columns:
            korean.update(w for w in column.words + tuple(w for s in column.synonyms for w in s)
                          if is_hangul(w))
            values = column.values
            if _name_like(column):
                values = tuple(str(r[0]) for r in database.execute(
                    f"SELECT DISTINCT {quote_identifier(column.name)} FROM {quote_identifier(table.name)} "
                    f"WHERE {quote_identifier(column.name)} IS NOT NULL LIMIT {NAME_VALUE_LIMIT}").rows)
            elif column.kind == "text" and column.is_id and not column.values:
                index.lookup_columns.append((table.name, column.name))
            for value in values:
                key = words(value)
                if key and len(value.strip()) >= 2:
                    index.values.setdefault(key, []).append((table.name, column.name, value))
                    index.max_value_words = max(index.max_value_words, min(len(key), 6))
                    korean.update(w for w in key if is_hangul(w))
                if len(key) > 1 and column.values:
                    for word in set(key):
                        if len(word) >= 3 and not word.isdigit():
                            index.value_words.setdefault(word, []).append((table.name, column.name, value))
    names = list(tables)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            shared = tuple(c.name for c in tables[a].columns if c.join_key and any(
                d.name == c.name and d.join_key for d in tables[b].columns))
            if shared:
                index.links.setdefault(a, {})[b] = shared
                index.links.setdefault(b, {})[a] = shared
    index.value_words = {w: c for w, c in index.value_words.items() if len({v for *_, v in c}) <= 2}
    index.korean_keys = frozenset(korean)
    index.vocabulary = frozenset(w for t in tables.values() for c in t.columns for w in c.words + t.words)
    return index


_CACHE: OrderedDict[tuple[int, int], tuple[Catalog, Database, SchemaIndex]] = OrderedDict()
_LOCK = threading.Lock()


def index_for(catalog: Catalog, database: Database) -> SchemaIndex:
    """The cached `SchemaIndex` of this catalog and database (or the database a bound view reads), built on first use.

    It is built with `database` itself, so a view bound to a run's cancellation stops the build with the run.
    """
    origin = database.origin
    key = (id(catalog), id(origin))
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None and hit[0] is catalog and hit[1] is origin:
            _CACHE.move_to_end(key)
            return hit[2]
    index = build_index(catalog, database)
    with _LOCK:
        _CACHE[key] = (catalog, origin, index)
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return index
