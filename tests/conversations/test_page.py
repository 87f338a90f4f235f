"""The conversations page (AppTest): list, rename, reopen with every answer redrawn, continue, delete."""

from __future__ import annotations

import uuid

import pytest
from streamlit.testing.v1 import AppTest

from agent import default_agent
from tests.helpers.answers import final
from tests.helpers.app_test import CHAT_PAGE, CHAT_SCRIPT, TIMEOUT
from webui.agent_source import FACTORY_ENV

PAGE = "pages/3_Conversations.py"


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.delenv(FACTORY_ENV, raising=False)  # the page's own agent: default_agent()
    return AppTest.from_file(str(CHAT_PAGE), default_timeout=TIMEOUT).run()


def _entry(app: AppTest, title: str) -> int:
    """The list position of the conversation titled `title`."""
    titles = [m.value for m in app.markdown if m.value.startswith("**")]
    return titles.index(f"**{title}**")


def test_list_rename_reopen_continue_delete(app):
    agent, conversation = default_agent(), f"page-{uuid.uuid4().hex}"
    for question in ("stock by warehouse", "top 2 instead", "monthly shipments"):
        final(agent, question, conversation)
    app.switch_page(PAGE).run()
    assert not app.exception
    assert app.title[0].value == "Conversations"
    number = _entry(app, "stock by warehouse")
    assert number == 0  # newest first
    assert any(c.value.startswith("3 questions · updated ") for c in app.caption)

    app.text_input(key=f"conv_title_{number}").input("Warehouse totals")
    app.button(key=f"conv_save_{number}").click().run()
    assert _entry(app, "Warehouse totals") == 0
    assert agent.conversations.list("local")[0].title == "Warehouse totals"

    app.button(key=f"conv_open_{number}").click().run()
    assert not app.exception
    assert app.session_state["chat_conversation_id"] == conversation
    assert [t["status"] for t in app.session_state["chat_turns"]] == ["final"] * 3
    assert app.title[0].value == "Data Chat"  # switched to the chat page
    assert [m.name for m in app.chat_message] == ["user", "assistant"] * 3
    assert len(app.dataframe) == 3
    charts = app.get("vega_lite_chart")
    assert len(charts) == 3
    assert len(app.dataframe[1].value) == 2  # top 2 instead

    app.switch_page(CHAT_SCRIPT).run()  # AppTest does not follow st.switch_page into later runs
    app.chat_input[0].set_value("as a bar chart").run()
    assert not app.exception
    assert len(app.session_state["chat_turns"]) == 4
    turns = agent.conversations.get("local", conversation).turns
    assert [t["question"] for t in turns][-1] == "as a bar chart"
    assert turns[-1]["final"]["table_data"] == turns[-2]["final"]["table_data"]

    app.switch_page(PAGE).run()
    number = _entry(app, "Warehouse totals")
    app.button(key=f"conv_delete_{number}").click().run()
    assert not app.exception
    assert "**Warehouse totals**" not in [m.value for m in app.markdown]
    assert agent.conversations.get("local", conversation) is None
    assert app.session_state["chat_conversation_id"] != conversation  # the chat starts a new one


def test_error_turns_are_redrawn_as_errors():
    from webui.conversations import page_turn

    error = {"error": "Timeout", "message": "too slow"}
    record = {"question": "q", "status": "error", "final": None, "error": error}
    assert page_turn(record) == {"question": "q", "status": "error", "stages": {}, "partial": "", "final": None,
                                 "error": error}
    assert page_turn({"question": "q", "status": "stopped"})["status"] == "stopped"
    assert page_turn({"question": "q", "status": "final", "final": None})["status"] == "stopped"
