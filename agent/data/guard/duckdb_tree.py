"""The guard's second reading: DuckDB's own parse of the SQL that will run, checked against allow-lists.

sqlglot and DuckDB can read one text differently (a `LATERAL fn(...)`, a new syntax, a function sqlglot
does not know); what runs is what DuckDB reads. So the rendered query is parsed by DuckDB itself
(`json_serialize_sql`, which parses and never runs anything, on a connection of its own with no tables and
no file access), and every node of that tree must be of a known kind: every function call, in any clause,
CTE or subquery, on the function allow-list (agent.data.guard.functions); every table function one of the
row-making ones; every relation a catalog table of the asker or a CTE of the query.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import duckdb

from agent.data.guard.functions import ALLOWED_FUNCTIONS, ALLOWED_TABLE_FUNCTIONS, NAMED_REFUSALS, reads_files
from agent.data.guard.rules import (
    RULE_FILE_ACCESS,
    RULE_NOT_READ_ONLY,
    RULE_OTHER_SCHEMA,
    RULE_SYNTAX,
    RULE_UNKNOWN_FUNCTION,
    RULE_UNKNOWN_TABLE,
    RULE_UNSAFE_FUNCTION,
    refuse,
)

EXPRESSIONS = frozenset({
    "BETWEEN", "CASE", "CAST", "COLLATE", "COLUMN_REF", "COMPARISON", "CONJUNCTION", "CONSTANT", "FUNCTION",
    "LAMBDA", "LAMBDA_REF", "OPERATOR", "PARAMETER", "POSITIONAL_REFERENCE", "STAR", "SUBQUERY", "TYPE", "WINDOW",
})
"""Expression kinds (`class` in DuckDB's tree) a query may hold."""
RELATIONS = frozenset({"BASE_TABLE", "JOIN", "SUBQUERY", "TABLE_FUNCTION", "EXPRESSION_LIST", "EMPTY", "PIVOT"})
"""Relation kinds (`type` of a FROM item) a query may read; not SHOW_REF (DESCRIBE, SUMMARIZE, SHOW)."""
QUERY_NODES = frozenset({"SELECT_NODE", "SET_OPERATION_NODE", "RECURSIVE_CTE_NODE", "CTE_NODE"})
RELATION_KEYS = frozenset({"from_table", "left", "right", "source", "table"})
"""Keys under which DuckDB's tree holds FROM items."""
KNOWN_RELATIONS = RELATIONS | {"SHOW_REF", "COLUMN_DATA", "DELIM_GET", "CTE", "INVALID"}
"""Every relation kind DuckDB has: one met under any key is checked as a relation."""
LOCAL_CATALOGS = frozenset({"", "memory"})
LOCAL_SCHEMAS = frozenset({"", "main"})


@dataclass
class Reading:
    """What DuckDB's tree of one query reads: catalog tables (with where they appear) and CTE names."""

    tables: list[tuple[int, str]] = field(default_factory=list)
    ctes: set[str] = field(default_factory=set)


class _Parser:
    """A DuckDB of its own that only parses (no tables, no files), and the names of DuckDB's functions."""

    def __init__(self) -> None:
        self._connection = duckdb.connect(":memory:", config={"enable_external_access": False})
        self._connection.execute("SET lock_configuration = true")
        self._lock = threading.Lock()
        self.known_functions = _duckdb_function_names()
        """Every function name DuckDB has (with external access on: `getenv` is one), lower-case."""

    def tree(self, sql: str) -> dict[str, Any]:
        with self._lock:
            cursor = self._connection.cursor()
        try:
            found = cursor.execute("SELECT json_serialize_sql(?)", [sql]).fetchone()
        finally:
            cursor.close()
        if found is None:  # a scalar SELECT always has its row: refuse to check nothing
            raise RuntimeError("json_serialize_sql returned no row")
        return json.loads(found[0])


def _duckdb_function_names() -> frozenset[str]:
    with duckdb.connect(":memory:") as connection:
        rows = connection.execute("SELECT DISTINCT lower(function_name) FROM duckdb_functions()").fetchall()
    return frozenset(row[0] for row in rows)


_parser: _Parser | None = None
_parser_lock = threading.Lock()


def parser() -> _Parser:
    """The process-wide parsing DuckDB, made on first use."""
    global _parser
    with _parser_lock:
        if _parser is None:
            _parser = _Parser()
        return _parser


def check_tree(sql: str, tables: Iterable[str]) -> list[str]:
    """Refuse `sql` unless DuckDB's parse of it passes every allow-list; return the catalog tables it reads.

    Tables come back as the catalog spells them, in the order they first appear in the text.
    """
    found = parser().tree(sql)
    if found.get("error"):
        message = str(found.get("error_message") or "unreadable SQL").splitlines()[0]
        if "Only SELECT statements" in message:
            raise refuse(RULE_NOT_READ_ONLY, "Only a single read-only SELECT query may run.")
        raise refuse(RULE_SYNTAX, f"The SQL could not be parsed: {message}")
    statements = found.get("statements") or []
    if len(statements) != 1:
        raise refuse(RULE_NOT_READ_ONLY, "Only a single read-only SELECT query may run.")
    catalog = {name.lower(): name for name in tables}
    reading = Reading(ctes={str(key).lower() for key in _cte_names(statements[0])})
    _check(statements[0], catalog, reading)
    ordered: list[str] = []
    for _, name in sorted(reading.tables):
        if name not in ordered:
            ordered.append(name)
    return ordered


def _cte_names(node: Any) -> Iterator[str]:
    for item in _dicts(node):
        cte_map = item.get("cte_map")
        if isinstance(cte_map, dict):
            for entry in cte_map.get("map") or []:
                yield str(entry.get("key", ""))


def _dicts(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict in a JSON tree, depth first."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _check(statement: dict[str, Any], catalog: dict[str, str], reading: Reading) -> None:
    stack: list[tuple[Any, str]] = [(statement, "")]
    while stack:
        item, key = stack.pop()
        if isinstance(item, list):
            stack.extend((child, key) for child in item)
            continue
        if not isinstance(item, dict):
            continue
        if "class" in item:
            _check_expression(item)
        elif _is_relation(item, key):
            _check_relation(item, catalog, reading)
        elif str(item.get("type", "")).endswith("_NODE") and item["type"] not in QUERY_NODES:
            raise refuse(RULE_NOT_READ_ONLY, f"Only plain queries may run (not {item['type']}).")
        stack.extend((child, name) for name, child in item.items())


def _is_relation(item: dict[str, Any], key: str) -> bool:
    kind = str(item.get("type", ""))
    return (kind in KNOWN_RELATIONS or "table_name" in item
            or (key in RELATION_KEYS and bool(kind) and not kind.endswith(("_NODE", "_MODIFIER"))))


def _check_expression(item: dict[str, Any]) -> None:
    kind = str(item["class"])
    if kind not in EXPRESSIONS:
        raise refuse(RULE_UNSAFE_FUNCTION, f"The expression kind {kind} is not allowed in a read-only query.")
    if kind in ("FUNCTION", "WINDOW"):
        _check_function(str(item.get("function_name", "")).lower(), item)


def _check_function(name: str, item: dict[str, Any]) -> None:
    if item.get("schema") or item.get("catalog"):
        raise refuse(RULE_UNSAFE_FUNCTION, f"The function {name}() may not be called by a qualified name.")
    if name in ALLOWED_FUNCTIONS:
        return
    if name not in parser().known_functions and name not in NAMED_REFUSALS and not reads_files(name):
        raise refuse(RULE_UNKNOWN_FUNCTION, f"DuckDB has no function named {name}(); use a DuckDB function.")
    if reads_files(name):
        raise refuse(RULE_FILE_ACCESS, f"The function {name}() reads files or URLs.")
    raise refuse(RULE_UNSAFE_FUNCTION, f"The function {name}() is not allowed in a read-only query.")


def _check_relation(item: dict[str, Any], catalog: dict[str, str], reading: Reading) -> None:
    kind = str(item["type"])
    if kind not in RELATIONS:
        raise refuse(RULE_NOT_READ_ONLY, f"Only tables and subqueries may be read (not {kind}).")
    if kind == "TABLE_FUNCTION":
        function = item.get("function") or {}
        name = str(function.get("function_name", "")).lower()
        if name not in ALLOWED_TABLE_FUNCTIONS or function.get("schema") or function.get("catalog"):
            rule = RULE_FILE_ACCESS if reads_files(name) else RULE_UNSAFE_FUNCTION
            raise refuse(rule, f"The table function {name}() is not allowed; query the catalog tables.")
    elif kind == "BASE_TABLE":
        _check_table(item, catalog, reading)


def _check_table(item: dict[str, Any], catalog: dict[str, str], reading: Reading) -> None:
    name = str(item.get("table_name", ""))
    schema, database = str(item.get("schema_name", "")).lower(), str(item.get("catalog_name", "")).lower()
    if schema not in LOCAL_SCHEMAS or database not in LOCAL_CATALOGS:
        shown = ".".join(part for part in (database, schema, name) if part)
        raise refuse(RULE_OTHER_SCHEMA, f"Only tables of the main schema may be queried (not {shown}).")
    if not schema and not database and name.lower() in reading.ctes:
        return
    if name.lower() not in catalog:
        if any(mark in name for mark in "/\\:.~"):
            raise refuse(RULE_FILE_ACCESS, f"{name[:80]!r} looks like a file or URL; only catalog tables may be "
                                           "queried.")
        known = ", ".join(sorted(catalog.values())) or "none"
        raise refuse(RULE_UNKNOWN_TABLE, f"There is no table named {name[:80]!r}. Tables: {known}.")
    location = item.get("query_location")
    reading.tables.append((location if isinstance(location, int) else 1 << 62, catalog[name.lower()]))
