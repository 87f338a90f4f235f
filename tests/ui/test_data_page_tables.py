"""The data page under AppTest: every table with columns, row counts and a preview."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.helpers.app_test import CHAT_PAGE, DATA_PAGE, PAGE_AGENTS, TIMEOUT
from webui.agent_source import FACTORY_ENV

TABLES = ["inventory", "parts", "stock_movements", "suppliers", "warehouses"]


def _data_page(monkeypatch) -> AppTest:
    monkeypatch.setenv(FACTORY_ENV, f"{PAGE_AGENTS}:scripted_agent")
    app = AppTest.from_file(str(CHAT_PAGE), default_timeout=TIMEOUT).run()
    return app.switch_page(DATA_PAGE).run()


def test_data_page_lists_tables_columns_and_previews(monkeypatch):
    app = _data_page(monkeypatch)
    assert not app.exception
    assert [tab.label.split(" · ")[0] for tab in app.tabs] == TABLES
    assert len(app.dataframe) == 2 * len(TABLES)  # columns and preview per table
    inventory = app.tabs[0]
    assert inventory.label == "inventory · 431"
    columns = inventory.dataframe[0].value
    assert list(columns["Column"]) == ["part_id", "warehouse_id", "quantity_on_hand", "reorder_point",
                                       "last_counted"]
    assert list(columns["Kind"]) == ["text", "text", "number", "number", "date"]
    assert list(columns["ID-like"][:3]) == [True, True, False]
    assert "WH-A" in columns["Known values"][1]
    preview = inventory.dataframe[1].value
    assert len(preview) == 50 and preview.iloc[0]["part_id"] == "ABC-12345"
    assert len(app.tabs[4].dataframe[1].value) == 5  # warehouses has 5 rows


def test_example_on_the_data_page_opens_the_chat_and_asks(monkeypatch):
    app = _data_page(monkeypatch)
    example = app.sidebar.button(key="chat_example_1")
    label = example.label
    example.click().run()
    assert not app.exception
    assert [m.markdown[0].value for m in app.chat_message if m.name == "user"] == [label]
