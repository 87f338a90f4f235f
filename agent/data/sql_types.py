"""Which SQL types hold numbers, as DuckDB names them (and the embedded or attached databases report them)."""

from __future__ import annotations

import re

NUMERIC_TYPES = frozenset({
    "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
    "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT",
    "FLOAT", "DOUBLE", "DECIMAL",
    # DuckDB's other names for the same types
    "INT", "INT1", "INT2", "INT4", "INT8", "SHORT", "SIGNED", "LONG", "REAL", "FLOAT4", "FLOAT8", "NUMERIC",
})
"""Integer, floating-point and decimal types by their base name (`DECIMAL(18,2)` is a `DECIMAL`)."""

_BASE = re.compile(r"\s*([A-Za-z][A-Za-z0-9_]*)")


def is_numeric(sql_type: str) -> bool:
    """True for a number type (`BIGINT`, `DECIMAL(18,2)`, `DOUBLE PRECISION`); not `INTERVAL`, not `INTEGER[]`."""
    found = _BASE.match(sql_type or "")
    return found is not None and found.group(1).upper() in NUMERIC_TYPES and "[" not in sql_type
