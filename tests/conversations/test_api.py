"""The HTTP API continues the chat page's conversation: same user ("local"), same conversation id."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from agent import default_agent
from tests.helpers.app_test import CHAT_PAGE, TIMEOUT
from tests.helpers.live_server import serve
from tests.helpers.sample import part_stock_by_warehouse, top_part_stock_by_warehouse
from tests.helpers.sse import post_stream, read_events
from webui.agent_source import FACTORY_ENV


@pytest.fixture
def server():
    live, _ = serve(default_agent())  # the agent the page answers with
    with live:
        yield live


def test_the_api_continues_the_page_conversation(server, monkeypatch):
    monkeypatch.delenv(FACTORY_ENV, raising=False)
    page = AppTest.from_file(str(CHAT_PAGE), default_timeout=TIMEOUT).run()
    page.chat_input[0].set_value("ABC-12345 부품의 재고는?").run()
    assert page.session_state["chat_turns"][-1]["status"] == "final"
    conversation = page.session_state["chat_conversation_id"]

    response = post_stream(server, {"message": "창고별로는?", "user_id": "local", "conversation_id": conversation})
    last = read_events(response)[-1][1]
    assert last["type"] == "final", last
    assert last["data"]["table_data"]["rows"] == part_stock_by_warehouse()

    page.chat_input[0].set_value("top 2 instead").run()  # the page follows the API's turn
    assert page.session_state["chat_turns"][-1]["final"]["table_data"]["rows"] == top_part_stock_by_warehouse(2)
    stored = default_agent().conversations.get("local", conversation)
    assert [t["question"] for t in stored.turns] == ["ABC-12345 부품의 재고는?", "창고별로는?", "top 2 instead"]

    other = post_stream(server, {"message": "창고별로는?", "user_id": "someone-else", "conversation_id": conversation})
    assert read_events(other)[-1][1]["data"]["table_data"] is None  # another user's thread has nothing to follow
