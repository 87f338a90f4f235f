"""Downloads: each answer's table, chart and SQL, and the whole conversation, made only when clicked."""

from __future__ import annotations

import csv
import functools
import io

import openpyxl

from tests.helpers import page_agents
from tests.helpers.app_test import ask, messages
from webui import downloads
from webui.downloads import answer_files, conversation_files, export_turn

ANSWER_LABELS = ["Table (CSV)", "Table (Excel)", "Chart (PNG)", "Chart (SVG)", "Download SQL"]


@functools.cache
def _final() -> dict:
    """A final event with a table, a bar chart and SQL, from the scripted agent."""
    events = list(page_agents.scripted_agent().stream("stock by warehouse"))
    assert events[-1]["type"] == "final"
    return events[-1]["data"]


def _turn(question: str, status: str = "final") -> dict:
    return {"question": question, "status": status, "stages": {}, "partial": "",
            "final": _final() if status == "final" else None,
            "error": {"error": "Timeout", "message": "too slow"} if status == "error" else None}


def test_an_answer_with_table_chart_and_sql_offers_five_valid_files():
    offers = {offer.kind: offer for offer in answer_files(_final(), "창고별 재고")}
    assert list(offers) == ["csv", "xlsx", "png", "svg", "sql"]
    assert all(offer.file_name.startswith("창고별-재고_") for offer in offers.values())
    assert offers["csv"].file_name.endswith(".csv") and offers["xlsx"].file_name.endswith(".xlsx")

    text = offers["csv"].make().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["warehouse_id", "quantity_on_hand"] and rows[1] == ["WH-B", "23811"]

    sheet = openpyxl.load_workbook(io.BytesIO(offers["xlsx"].make())).active
    assert [c.value for c in sheet[1]] == ["warehouse_id", "quantity_on_hand"]
    assert sheet.max_row == 1 + len(_final()["table_data"]["rows"])

    assert offers["png"].make()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = offers["svg"].make()
    assert "<svg" in svg[:500] and "WH-B" in svg
    assert offers["sql"].mime == "application/sql"
    sql = offers["sql"].make()
    assert sql.startswith("-- inventory (5 rows)\nSELECT") and "FROM inventory" in sql and sql.endswith(";\n")


def test_files_are_made_only_when_asked_for(monkeypatch):
    calls = []
    monkeypatch.setattr(downloads.exports, "chart_png", lambda spec: calls.append(spec) or b"png")
    offers = {offer.kind: offer for offer in answer_files(_final(), "q")}
    assert calls == []
    assert offers["png"].make() == b"png" and len(calls) == 1


def test_an_answer_without_table_or_chart_offers_only_its_sql():
    final = {**_final(), "table_data": None, "chart_data": None}
    assert [offer.kind for offer in answer_files(final, "q")] == ["sql"]
    assert answer_files({"content": "I only read data.", "sources": []}, "q") == []


def test_turns_are_adapted_to_the_export_shape():
    assert export_turn(_turn("a")) == {"question": "a", "final": _final(), "error": None, "stopped": False}
    assert export_turn(_turn("b", "error")) == {"question": "b", "final": None,
                                                "error": {"error": "Timeout", "message": "too slow"},
                                                "stopped": False}
    assert export_turn(_turn("c", "stopped")) == {"question": "c", "final": None, "error": None, "stopped": True}


def test_conversation_files_read_the_conversation_when_clicked():
    live = [_turn("창고별 재고")]
    html, markdown = conversation_files(live, "en")
    assert (html.kind, markdown.kind) == ("html", "md")
    assert html.file_name.startswith("data-chat_") and html.file_name.endswith(".html")
    assert markdown.file_name.startswith("data-chat_") and markdown.file_name.endswith(".md")
    live.append(_turn("second question", "error"))  # answered after the buttons were drawn
    live.append(_turn("still streaming", "pending"))
    page = html.make()
    assert page.startswith("<!DOCTYPE html>") and "창고별 재고" in page and "second question" in page
    assert "WH-B" in page and "<svg" in page
    assert "still streaming" not in page
    text = markdown.make()
    assert text.startswith("# Data Chat: 창고별 재고") and "second question" in text and "WH-B" in text


def test_answers_and_the_conversation_have_download_buttons(chat_app):
    app = ask(chat_app("scripted_agent"), "first question")
    app = ask(app, "second question")
    assert not app.exception
    replies = messages(app, "assistant")
    assert len(replies) == 2
    for number, reply in enumerate(replies):
        buttons = reply.get("download_button")
        assert [b.label for b in buttons] == ANSWER_LABELS
        assert [b.key for b in buttons] == [f"chat_turn_{number}_{kind}" for kind in ("csv", "xlsx", "png", "svg",
                                                                                     "sql")]
        assert all(b.proto.ignore_rerun for b in buttons)
        assert reply.get("popover")[0].proto.popover.label == "Download"
    sidebar = [b.label for b in app.sidebar.get("download_button")]
    assert sidebar == ["Download report (HTML)", "Download Markdown"]
    app.run()  # earlier answers redrawn from history keep their buttons
    assert len(app.get("download_button")) == 2 * len(ANSWER_LABELS) + 2


def test_no_conversation_downloads_before_the_first_question(chat_app):
    app = chat_app("scripted_agent")
    assert not app.get("download_button")


def test_sql_is_shown_as_sql_code(chat_app):
    app = ask(chat_app("scripted_agent"), "stock by warehouse")
    (reply,) = messages(app, "assistant")
    assert [c.language for c in reply.code] == ["sql"]
    assert reply.code[0].value.startswith("SELECT") and "FROM inventory" in reply.code[0].value
