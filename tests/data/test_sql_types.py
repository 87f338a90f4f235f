"""One answer to "does this column hold numbers?", for the types DuckDB reports."""

from __future__ import annotations

from agent.data.database import Database
from agent.data.sql_types import is_numeric

COLUMNS = {
    "1::TINYINT": True, "1::SMALLINT": True, "1::INTEGER": True, "1::BIGINT": True, "1::HUGEINT": True,
    "1::UTINYINT": True, "1::UBIGINT": True, "1::UHUGEINT": True, "1.5::FLOAT": True, "1.5::DOUBLE": True,
    "1.5::DECIMAL(18,3)": True, "'a'": False, "DATE '2025-01-01'": False, "INTERVAL 1 DAY": False,
    "[1, 2]": False, "{'a': 1}": False, "true": False,
}


def test_the_types_duckdb_reports_are_numbers_exactly_when_they_hold_numbers():
    results = Database().execute("SELECT " + ", ".join(COLUMNS))
    assert {sql: is_numeric(t) for sql, t in zip(COLUMNS, results.types, strict=True)} == COLUMNS


def test_other_spellings_of_number_types():
    assert all(map(is_numeric, ["INT", "int8", "NUMERIC(10, 2)", "DOUBLE PRECISION", "REAL"]))
    assert not any(map(is_numeric, ["", "INTERVAL", "INTEGER[]", "VARCHAR", "STRUCT(a INTEGER)"]))
