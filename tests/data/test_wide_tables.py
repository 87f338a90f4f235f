"""Wide tables: more columns than `max_columns` are refused from the header or schema, in every format."""

from __future__ import annotations

import duckdb
import pytest

from agent.chatbot import ChatbotAgent
from tests.helpers import hostile_workbooks as hostile
from tests.helpers.user_data import data_settings
from webui.data_actions import handle_uploads

GOOD = ("after.csv", b"city,visits\nSeoul,10\nBusan,20\n")
ADVICE = "Keep the columns you need (or split the table in two) and upload it again."


def _wide(tmp_path, columns: int, fmt: str) -> bytes:
    path = tmp_path / f"wide.{fmt}"
    select = ", ".join(f"(i * {c}) % 97 AS c{c}" for c in range(columns))
    options = "HEADER" if fmt == "csv" else "FORMAT parquet"
    duckdb.execute(f"COPY (SELECT {select} FROM range(3) t(i)) TO '{path}' ({options})")
    return path.read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_table_of_10000_columns_is_refused_with_its_count_and_the_limit(data_agent, user, tmp_path, fmt):
    """10,000 columns used to end in DuckDB's "Out of Memory"; now the header (or footer) is enough to say no."""
    outcomes = handle_uploads(data_agent, user, [(f"wide.{fmt}", _wide(tmp_path, 10_000, fmt)), GOOD])
    assert outcomes[0].error == f"wide.{fmt}: the table has 10,000 columns; at most 2,000 are read. {ADVICE}"
    assert outcomes[1].error is None and "after" in data_agent.workspace(user).catalog.table_names


def test_a_table_at_the_limit_loads(data_agent, user, tmp_path):
    (outcome,) = handle_uploads(data_agent, user, [("edge.csv", _wide(tmp_path, 2_000, "csv"))])
    assert outcome.error is None, outcome.error
    assert len(data_agent.workspace(user).catalog.table("edge").columns) == 2_000


def test_the_column_limit_is_a_setting_for_every_format(tmp_path):
    """`max_columns` 5: a 6-column workbook, CSV and JSON are refused; a 2-column CSV still loads."""
    agent = ChatbotAgent(settings=data_settings(tmp_path, max_columns=5))
    header = ",".join(f"c{i}" for i in range(6))
    cells = "".join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>c{i}</t></is></c>' for i in range(6))
    workbook = hostile.workbook(hostile.sheet_xml(f'<row r="1">{cells}</row><row r="2"><c r="A2"><v>1</v></c></row>'))
    records = "[" + ",".join("{" + ",".join(f'"c{i}": {n}' for i in range(6)) + "}" for n in range(3)) + "]"
    files = [("w.xlsx", workbook), ("w.csv", f"{header}\n{'1,' * 5}1\n".encode()), ("w.json", records.encode()),
             ("n.csv", b"a,b\n1,2\n")]
    outcomes = handle_uploads(agent, "wide", files)
    assert [o.error for o in outcomes] == [
        f"w.xlsx [Data]: the table has 6 columns; at most 5 are read. {ADVICE}",
        f"w.csv: the table has 6 columns; at most 5 are read. {ADVICE}",
        f"w.json: the table has 6 columns; at most 5 are read. {ADVICE}",
        None,
    ]


def test_korean(data_agent, user, tmp_path):
    (outcome,) = handle_uploads(data_agent, user, [("넓은.csv", _wide(tmp_path, 10_000, "csv"))], "ko")
    assert "표의 컬럼이 10,000개입니다. 2,000개까지 읽습니다." in outcome.error
