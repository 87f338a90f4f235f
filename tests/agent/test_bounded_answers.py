"""Answers stay within their size limits and serialise whatever DuckDB returns: cells, tables, charts, turns."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid

import openpyxl
import pytest

from agent.analysts.base import ChartHint
from agent.conversations.sizing import fitted
from agent.data.cells import bytes_preview, iso_duration, json_bytes, json_value
from agent.data.database import Database
from agent.data.fetching import Limits, rows_within
from agent.data.results import Results
from agent.graph.charts import chart_spec
from agent.settings import Settings
from exports.tables import table_csv, table_xlsx
from tests.helpers.analysts import FixedSqlAnalyst, agent_with

EVERY_TYPE_SQL = """SELECT
 i::INTEGER AS int_, i % 2 = 0 AS bool_, i::TINYINT AS tinyint_, i::UBIGINT AS ubigint_,
 170141183460469231731687303715884105727::HUGEINT AS hugeint_,
 340282366920938463463374607431768211455::UHUGEINT AS uhugeint_, 123456789012345678901234567890::VARINT AS varint_,
 1.5::FLOAT AS float_, 'nan'::DOUBLE AS nan_, 'inf'::DOUBLE AS inf_, '-inf'::FLOAT AS ninf_,
 12.345::DECIMAL(10,3) AS decimal_, 'text' || i AS varchar_, '\\xAA\\xBB'::BLOB AS blob_, '{"a": 1}'::JSON AS json_,
 DATE '2024-01-02' AS date_, TIME '12:34:56.789' AS time_, TIMETZ '12:34:56+02' AS timetz_,
 TIMESTAMP '2024-01-02 03:04:05.123456' AS ts_, TIMESTAMPTZ '2024-01-02 03:04:05+00' AS tstz_,
 TIMESTAMP_NS '2024-01-02 03:04:05.123456789' AS ts_ns_, 'infinity'::TIMESTAMP AS ts_inf_,
 INTERVAL '1 year 2 months 3 days 04:05:06.789' AS interval_, INTERVAL '-3 days' AS neginterval_,
 uuid() AS uuid_, '101010'::BIT AS bit_, CAST('ok' AS ENUM('sad', 'ok')) AS enum_,
 [1, 2, NULL] AS list_, [[1.5, 'nan'::DOUBLE]] AS nestedlist_, ['\\xAA'::BLOB] AS bloblist_,
 {'a': 1, 'b': INTERVAL '1 day', 'c': uuid(), 'd': '\\x00'::BLOB} AS struct_, MAP {'k': DATE '2024-01-01'} AS map_,
 MAP {1: 'one'} AS intmap_, MAP {[1]: 'x'} AS listmap_, MAP {uuid(): TIME '01:02'} AS uuidmap_,
 [1, 2, 3]::INTEGER[3] AS array_, union_value(num := 2)::UNION(num INTEGER, str VARCHAR) AS union_, NULL AS null_
FROM range(3) t(i)"""


def strict_json(value: object) -> str:
    """JSON text as a strict parser (a browser's JSON.parse) needs it: no NaN or Infinity."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def test_every_duckdb_type_serialises_in_the_final_event_its_chart_the_stored_turn_and_the_exports():
    agent = agent_with(FixedSqlAnalyst(EVERY_TYPE_SQL, ChartHint("bar", "uuid_", "int_")))
    events = list(agent.stream("every type, please", conversation_id="types"))
    final = events[-1]
    assert final["type"] == "final", final
    strict_json(events)
    table, chart = final["data"]["table_data"], final["data"]["chart_data"]
    assert table["row_count"] == 3 and len(table["columns"]) == 38 and chart is not None
    row = dict(zip(table["columns"], table["rows"][0], strict=True))
    assert row["blob_"] == "0xaabb (2 bytes)" and row["interval_"] == "P423DT4H5M6.789S"
    assert row["neginterval_"] == "-P3D" and str(uuid.UUID(row["uuid_"])) == row["uuid_"]
    assert row["nan_"] is None and row["inf_"] == "Infinity" and row["struct_"]["b"] == "P1D"
    assert row["hugeint_"] == "170141183460469231731687303715884105727" and row["ubigint_"] == 0
    assert row["time_"] == "12:34:56.789000" and row["tstz_"].startswith("2024-01-02 03:04:05")
    stored = agent.conversations.turns(None, "types")[-1]
    assert stored["final"]["table_data"]["rows"] == table["rows"] and stored["final"]["chart_data"] == chart
    assert table_csv(table).decode("utf-8-sig").count("\r\n") == 4
    sheet = openpyxl.load_workbook(io.BytesIO(table_xlsx(table))).active
    assert sheet.max_row == 4 and sheet.max_column == 38


@pytest.mark.parametrize(("value", "expected"), [
    (dt.timedelta(days=423, seconds=14706, microseconds=789000), "P423DT4H5M6.789S"),
    (dt.timedelta(0), "PT0S"), (dt.timedelta(hours=1), "PT1H"), (dt.timedelta(days=-3), "-P3D"),
    (dt.timedelta(seconds=-1.5), "-PT1.5S"),
])
def test_intervals_are_iso_8601_durations(value, expected):
    assert iso_duration(value) == expected


def test_bytes_show_a_hex_preview_and_their_size():
    assert bytes_preview(b"\x00\x01") == "0x0001 (2 bytes)"
    assert bytes_preview(bytes(range(40))) == "0x" + bytes(range(16)).hex() + "… (40 bytes)"
    assert json_value({uuid.UUID(int=1): [b"\x01", float("-inf")]}) == {
        "00000000-0000-0000-0000-000000000001": ["0x01 (1 byte)", "-Infinity"]}


def test_long_values_are_cut_in_the_query_keeping_order_and_column_names():
    database = Database()
    sql = ("SELECT i, repeat('가', 5000) AS s, repeat('y', 5000)::BLOB AS s, range(3000) AS l "
           "FROM range(5) t(i) ORDER BY i DESC;")
    results = database.execute(sql, max_rows=10, max_bytes=1_000_000, max_cell_bytes=100)
    assert results.columns == ["i", "s", "s", "l"] and results.types[:3] == ["BIGINT", "VARCHAR", "BLOB"]
    assert [row[0] for row in results.rows] == [4, 3, 2, 1, 0] and results.cells_cut == 15
    first = results.rows[0]
    assert first[1] == "가" * 32 + "…" and first[2] == "0x" + "79" * 16 + "… (more than 100 bytes)"
    assert first[3].startswith("[0,1,2,") and first[3].endswith("…") and len(first[3].encode()) <= 100
    table = results.to_table_data()
    assert table["cells_cut"] == 15 and not table["truncated"]


def test_a_describe_has_its_values_cut_all_the_same():
    database = Database()
    database._connection.execute(f"CREATE TABLE t (a VARCHAR DEFAULT '{'y' * 10_000}')")  # set-up only
    results = database.execute("DESCRIBE t;", max_rows=10, max_bytes=100_000, max_cell_bytes=64)
    assert results.row_count == 1 and results.cells_cut == 1
    assert all(len(str(value).encode()) <= 64 for value in results.rows[0])


def test_rows_are_fetched_only_while_the_table_fits_its_byte_budget():
    database = Database()
    results = database.execute("SELECT i, repeat('y', 1000) AS y FROM range(1000) t(i)", max_rows=1000,
                               max_bytes=50_000, max_cell_bytes=4096)
    assert results.truncated and results.truncated_reason == "bytes" and 40 < results.row_count < 50
    table = results.to_table_data(50_000)
    assert json_bytes(table) <= 50_000 and table["truncated_reason"] == "bytes"
    assert results.to_table_data(20_000)["row_count"] < results.row_count


def test_the_row_limit_still_says_rows():
    results = Database().execute("SELECT * FROM range(20)", max_rows=5, max_bytes=10_000, max_cell_bytes=100)
    assert results.row_count == 5 and results.truncated_reason == "rows"
    assert results.to_table_data()["truncated_reason"] == "rows"


def test_a_chart_whose_data_is_over_its_limit_is_left_out():
    results = Results(sql="", columns=["k", "v"], types=["VARCHAR", "BIGINT"],
                      rows=[("x" * 1000 + str(i), i) for i in range(40)])
    hint = ChartHint("bar", "k", "v")
    spec = chart_spec(results, hint, max_bytes=100_000)
    assert spec is not None and json_bytes(next(iter(spec["datasets"].values()))) < 100_000
    assert chart_spec(results, hint, max_bytes=10_000) is None


def test_a_stored_turn_keeps_the_rows_that_fit_and_leaves_out_a_big_chart():
    rows = [[i, "y" * 1000] for i in range(500)]
    chart = {"datasets": {"d": [{"k": "z" * 1000}] * 40}}
    final = {"content": "answer", "sources": [], "confidence_score": 1.0, "chart_data": chart,
             "table_data": {"columns": ["i", "y"], "rows": rows, "row_count": 500, "truncated": False}}
    turn = {"question": "q", "language": "en", "status": "final", "at": "", "plan": None, "final": final,
            "error": None}
    small = fitted(turn, 100_000)
    assert json_bytes(small) <= 100_000 and small["final"]["chart_data"] is None
    table = small["final"]["table_data"]
    assert table["rows"] == rows[:table["row_count"]] and table["truncated"] and table["truncated_reason"] == "stored"
    assert fitted(turn, 10_000_000) is turn


def test_answer_limits_are_settings_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("CHATBOT_MAX_TABLE_BYTES", "1234")
    monkeypatch.setenv("CHATBOT_MAX_STORED_TURN_BYTES", "999")
    settings = Settings.from_env()
    assert settings.max_table_bytes == 1234 and settings.max_stored_turn_bytes == 999
    assert Settings().max_cell_bytes == 4096 and Settings().max_chart_bytes == 1024 * 1024


def test_rows_from_an_external_database_are_cut_and_counted_the_same_way():
    rows = [(i, "y" * 10_000) for i in range(100)]
    kept = rows_within(rows, ["i", "y"], Limits(max_rows=100, max_bytes=5_000, max_cell_bytes=1_000), False)
    assert kept.truncated and kept.reason == "bytes" and 0 < len(kept.rows) < 5 and kept.cells_cut == len(kept.rows)
    few = rows_within(rows[:2], ["i", "y"], Limits(max_rows=2, max_bytes=None, max_cell_bytes=1_000), True)
    assert few.truncated and few.reason == "rows" and len(few.rows) == 2
