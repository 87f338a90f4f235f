"""Uploads through the page's own handler, in every format, then questions about them checked against pandas."""

from __future__ import annotations

import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from tests.helpers.answers import final_event, result_map
from tests.helpers.user_data import orders_frame
from webui.data_actions import handle_uploads


def _csv(frame: pd.DataFrame, sep: str = ",") -> bytes:
    out = frame.copy()
    out["order_date"] = out["order_date"].dt.strftime("%Y-%m-%d")
    return out.to_csv(index=False, sep=sep).encode("utf-8")


def _parquet(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def _excel(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False, sheet_name="Orders")
    return buffer.getvalue()


def _json(frame: pd.DataFrame) -> bytes:
    out = frame.copy()
    out["order_date"] = out["order_date"].dt.strftime("%Y-%m-%d")
    return json.dumps(out.to_dict(orient="records")).encode("utf-8")


FORMATS = {
    "csv": ("Orders 2025.csv", _csv),
    "tsv": ("Orders 2025.tsv", lambda f: _csv(f, "\t")),
    "parquet": ("Orders 2025.parquet", _parquet),
    "excel": ("Orders 2025.xlsx", _excel),
    "json": ("Orders 2025.json", _json),
}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_each_format_becomes_a_table_the_chat_answers_from(data_agent, user, fmt):
    frame = orders_frame()
    name, encode = FORMATS[fmt]
    outcome, = handle_uploads(data_agent, user, [(name, encode(frame))], "en")
    assert outcome.error is None, outcome.error
    (added,) = outcome.added
    assert (added.name, added.rows) == ("orders_2025", len(frame))

    workspace = data_agent.workspace(user)
    table = workspace.catalog.table("orders_2025")
    kinds = {c.name: c.kind for c in table.columns}
    assert kinds == {"region": "text", "product": "text", "order_date": "date", "qty": "number", "amount": "number"}
    assert set(workspace.catalog.table_names) >= {"orders_2025", "inventory", "parts"}

    expected = frame.groupby("region")["amount"].sum().to_dict()
    by_region = result_map(final_event(data_agent, "total amount by region", user))
    assert by_region == expected

    monthly = result_map(final_event(data_agent, "monthly qty", user))
    months = frame.groupby(frame["order_date"].dt.to_period("M"))["qty"].sum()
    assert {pd.Period(k[:7], "M"): v for k, v in monthly.items()} == months.to_dict()


def test_uploaded_tables_belong_to_their_user_only(data_agent, user):
    handle_uploads(data_agent, user, [("Orders 2025.csv", _csv(orders_frame()))])
    assert "orders_2025" in data_agent.workspace(user).catalog.table_names
    assert "orders_2025" not in data_agent.workspace("someone-else").catalog.table_names
    assert "orders_2025" not in data_agent.workspace(None).catalog.table_names
    assert data_agent.workspace("someone-else") is data_agent.workspaces.base
    event = final_event(data_agent, "total amount by region", "someone-else")
    assert event["type"] == "final", event  # the sample tables have no amounts or regions: no table, no query
    assert event["data"]["sources"] == [] and event["data"]["table_data"] is None, event
    assert event["data"]["content"].startswith("I could not tell which table"), event["data"]["content"]
    assert "orders_2025" not in json.dumps(event, ensure_ascii=False)


def test_numbers_with_thousands_separators_become_numbers(data_agent, user):
    csv_text = 'branch,revenue,units\nGangnam,"1,234,567",12\nMapo,"98,765",3\nJongno,950,"1,001"\nSongpa,,4\n'
    tsv_text = "branch\tprice\nGangnam\t1,234.50\nMapo\t12,000.25\n"
    outcomes = handle_uploads(data_agent, user, [("branch sales.csv", csv_text.encode()),
                                                 ("prices.tsv", tsv_text.encode())])
    assert [o.error for o in outcomes] == [None, None]
    assert any("thousands" in note for note in outcomes[0].added[0].notes)
    catalog = data_agent.workspace(user).catalog
    types = {c.name: c.sql_type for c in catalog.table("branch_sales").columns}
    assert types == {"branch": "VARCHAR", "revenue": "BIGINT", "units": "BIGINT"}
    assert catalog.table("prices").column("price").sql_type == "DOUBLE"
    rows = data_agent.workspace(user).database.execute(
        "SELECT sum(revenue), sum(units) FROM branch_sales").rows
    assert rows == [(1_234_567 + 98_765 + 950, 12 + 3 + 1001 + 4)]
    event = final_event(data_agent, "total revenue", user)
    assert event["data"]["table_data"]["rows"] == [[1_234_567 + 98_765 + 950]]


@pytest.mark.parametrize("style, text", [
    ("dotted", lambda d: d.strftime("%d.%m.%Y")),
    ("month name", lambda d: d.strftime("%b %d, %Y")),
    ("slashes", lambda d: d.strftime("%Y/%m/%d")),
])
def test_text_dates_are_recognised(data_agent, user, style, text):
    frame = orders_frame()
    out = frame.copy()
    out["order_date"] = [text(d) for d in frame["order_date"]]
    (outcome,) = handle_uploads(data_agent, user, [("orders.csv", out.to_csv(index=False).encode())])
    assert outcome.error is None, outcome.error
    column = data_agent.workspace(user).catalog.table("orders").column("order_date")
    assert (column.kind, column.sql_type) == ("date", "DATE")
    event = final_event(data_agent, "total amount in March 2025", user)
    march = frame[frame["order_date"].dt.strftime("%Y-%m") == "2025-03"]["amount"].sum()
    assert event["data"]["table_data"]["rows"] == [[march]]


def test_a_workbook_with_several_sheets_gives_a_table_per_sheet(data_agent, user):
    frame = orders_frame()
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame[frame.region == "Seoul"].to_excel(writer, index=False, sheet_name="Seoul")
        frame[frame.region == "Busan"].to_excel(writer, index=False, sheet_name="Busan")
        pd.DataFrame().to_excel(writer, index=False, sheet_name="Empty")
    (outcome,) = handle_uploads(data_agent, user, [("Regions.xlsx", buffer.getvalue())])
    assert outcome.error is None, outcome.error
    assert [(t.name, t.rows) for t in outcome.added] == [("regions_seoul", 30), ("regions_busan", 30)]


def test_the_same_file_name_replaces_the_table(data_agent, user, data_dir):
    frame = orders_frame()
    handle_uploads(data_agent, user, [("Orders 2025.csv", _csv(frame))])
    folder = data_agent.workspaces.store.folder(user)
    first_files = sorted(p.name for p in folder.tables_dir.iterdir())
    (outcome,) = handle_uploads(data_agent, user, [("orders 2025.parquet", _parquet(frame.head(10)))])
    (added,) = outcome.added
    assert (added.name, added.rows, added.replaced) == ("orders_2025", 10, True)
    assert data_agent.workspace(user).catalog.table("orders_2025").row_count == 10
    files = sorted(p.name for p in folder.tables_dir.iterdir())
    assert len(files) == 1 and files != first_files


def test_a_name_of_a_sample_table_gets_a_suffix(data_agent, user):
    (outcome,) = handle_uploads(data_agent, user, [("parts.csv", b"part,qty\nX,1\nY,2\n")])
    assert outcome.added[0].name == "parts_2"
    workspace = data_agent.workspace(user)
    assert workspace.catalog.table("parts").row_count == 120
    assert workspace.owner("parts") == "sample" and workspace.owner("parts_2") == "upload"


def test_uploads_are_kept_as_parquet_read_from_disk(data_agent, user):
    handle_uploads(data_agent, user, [("Orders 2025.csv", _csv(orders_frame()))])
    folder = data_agent.workspaces.store.folder(user)
    (path,) = folder.tables_dir.glob("*.parquet")
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}')").fetchall()[0][0] == 120
    workspace = data_agent.workspace(user)
    kind = workspace.database.execute(
        "SELECT table_type FROM information_schema.tables WHERE table_name = 'orders_2025'").rows[0][0]
    assert kind == "VIEW"
    assert not [p for p in folder.work_dir.iterdir()], "staging files are cleaned up"
    manifest = json.loads(folder.manifest_path.read_text())
    assert manifest["tables"][0]["file"] == str(path.relative_to(folder.root))
    assert oct(folder.manifest_path.stat().st_mode & 0o777) == "0o600"


def test_upload_from_a_path_and_from_a_file_object(data_agent, user, tmp_path):
    path = tmp_path / "weekly.csv"
    path.write_bytes(_csv(orders_frame()))
    data_agent.workspaces.add_upload(user, "weekly.csv", path)
    with open(path, "rb") as handle:
        data_agent.workspaces.add_upload(user, "weekly copy.csv", handle)
    names = data_agent.workspace(user).catalog.table_names
    assert {"weekly", "weekly_copy"} <= set(names)
    assert Path(path).exists(), "the original file is left alone"
