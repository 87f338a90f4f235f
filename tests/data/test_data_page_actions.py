"""The data page under AppTest: upload files, rename / hide / remove tables, descriptions, a database."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from agent.data.store import LOCAL_USER
from tests.helpers import page_agents
from tests.helpers.app_test import CHAT_PAGE, DATA_PAGE, TIMEOUT
from webui.agent_source import FACTORY_ENV

SALES = b'region,sold_on,amount\nSeoul,2025/01/15,"1,200"\nBusan,2025/01/20,"3,400"\nSeoul,2025/02/03,"2,000"\n'


@pytest.fixture
def page(monkeypatch):
    """The data page on the real agent; the local user's data is removed afterwards."""
    monkeypatch.setenv(FACTORY_ENV, "tests.helpers.page_agents:data_agent")
    agent = page_agents.data_agent()
    agent.workspaces.forget_user(LOCAL_USER)
    app = AppTest.from_file(str(CHAT_PAGE), default_timeout=TIMEOUT).run()
    app = app.switch_page(DATA_PAGE).run()
    assert not app.exception
    yield app
    agent.workspaces.forget_user(LOCAL_USER)


def _tabs(app: AppTest) -> list[str]:
    return [tab.label for tab in app.tabs]


def _button(app: AppTest, label: str):
    return next(b for b in app.button if b.label == label)


def test_upload_rename_hide_and_remove(page):
    app = page
    assert _tabs(app)[:2] == ["inventory · 431", "parts · 120"]
    uploader = app.file_uploader[0]
    assert uploader.accept_multiple_files and {".csv", ".tsv", ".parquet", ".json", ".xlsx"} <= set(
        uploader.allowed_type)
    uploader.set_value([("Sales.csv", SALES, "text/csv"), ("broken.csv", b"a,b\n1,2\n3,4,5\n", "text/csv")]).run()
    assert not app.exception
    assert [e.value for e in app.error] == [
        "Not added: broken.csv: line 3 has 3 values but the header has 2 columns. Every row needs the same number of "
        "values (check for stray delimiters or unquoted commas)."]
    (success,) = [s.value for s in app.success]
    assert success.startswith("Added table `sales` from Sales.csv (3 rows).") and "thousands separators" in success
    assert "sales · 3" in _tabs(app)
    assert app.file_uploader[0].value in (None, []), "the uploader starts empty again"

    sales = app.tabs[_tabs(app).index("sales · 3")]
    columns = sales.dataframe[0].value
    assert list(columns["SQL type"]) == ["VARCHAR", "DATE", "BIGINT"]
    assert len(sales.dataframe[1].value) == 3

    app.text_input(key="data_rename_to_sales").set_value("Revenue 2025")
    app.button(key="data_rename_sales").click().run()
    assert [s.value for s in app.success] == ["Renamed `sales` to `revenue_2025`."]
    assert "revenue_2025 · 3" in _tabs(app) and "sales · 3" not in _tabs(app)

    app.button(key="data_hide_parts").click().run()
    assert "parts · 120" not in _tabs(app)
    _button(app, "Show parts").click().run()
    assert "parts · 120" in _tabs(app)

    app.button(key="data_remove_revenue_2025").click().run()
    assert [s.value for s in app.success] == ["Removed table `revenue_2025`."]
    assert not any(label.startswith("revenue_2025") for label in _tabs(app))


def test_descriptions_upload(page):
    app = page
    app.file_uploader[0].set_value(("kpi.csv", b"rgn,amt\nSeoul,1\nBusan,2\n", "text/csv")).run()
    yaml_text = "kpi:\n  columns:\n    amt: {description: Sales amount, synonyms: [revenue, 매출]}\n".encode()
    app.file_uploader[1].set_value(("descriptions.yaml", yaml_text, "application/yaml")).run()
    assert [s.value for s in app.success] == ["Descriptions saved (1 tables)."]
    kpi = app.tabs[[t.split(" · ")[0] for t in _tabs(app)].index("kpi")]
    assert "Sales amount" in list(kpi.dataframe[0].value["Description"])
    app.file_uploader[1].set_value(("descriptions.yaml", b"kpi: [oops", "application/yaml")).run()
    assert "not valid YAML" in app.error[0].value


def test_a_bad_database_url_is_explained(page):
    app = page
    app.text_input(key="data_connection_name").set_value("sales")
    app.text_input(key="data_connection_url").set_value("mysql://u:hunter2@db/sales")
    _button(app, "Add database").click().run()
    assert not app.exception
    assert [e.value for e in app.error] == ["'mysql' databases are not supported; use a postgresql:// URL."]


def test_a_database_is_added_and_its_password_never_shown(page, postgres_url):
    app = page
    url = postgres_url.replace("chat@", "chat:hunter2@")
    app.text_input(key="data_connection_url").set_value(url)
    _button(app, "Test connection").click().run()
    assert app.success[0].value.startswith("Connected: PostgreSQL")
    app.text_input(key="data_connection_name").set_value("Warehouse")
    _button(app, "Add database").click().run()
    assert [s.value for s in app.success] == ["Added database warehouse (5 tables)."]
    assert "warehouse_parts · 120" in _tabs(app)
    shown = " ".join(m.value for m in app.markdown) + " ".join(c.value for c in app.caption)
    assert "***" in shown and "hunter2" not in shown
    assert all("hunter2" not in str(getattr(t, "value", "")) for t in app.text_input)
    app.button(key="data_disconnect_warehouse").click().run()
    assert "warehouse_parts · 120" not in _tabs(app)
