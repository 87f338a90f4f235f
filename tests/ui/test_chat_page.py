"""The chat page under AppTest: stages, answers, charts, errors, stops, history, sidebar."""

from __future__ import annotations

import copy

import pandas as pd
import pytest

from tests.helpers.app_test import ask, messages
from tests.helpers.sample import SAMPLE, part_stock_by_warehouse
from webui.agent_source import get_agent

HEADLINE = "ABC-12345 부품의 재고는?"


def _markdown(block) -> str:
    return "\n".join(m.value for m in block.markdown)


def test_headline_question_gets_stages_answer_and_table(chat_app):
    app = ask(chat_app(), HEADLINE)
    assert not app.exception
    assert [m.markdown[0].value for m in messages(app, "user")] == [HEADLINE]
    statuses = app.status
    assert len(statuses) == 3
    assert [s.state for s in statuses] == ["complete"] * 3
    assert [s.label.split("**")[1] for s in statuses] == ["Query analysis", "Data retrieval", "Response generation"]
    (reply,) = messages(app, "assistant")
    text = _markdown(reply)
    assert "1,000" in text
    assert "Confidence:" in text
    assert len(reply.dataframe) == 1
    turn = app.session_state["chat_turns"][0]
    assert turn["status"] == "final" and turn["final"]["sources"]
    assert any(c.value.lstrip().upper().startswith(("SELECT", "WITH")) for c in reply.code)


def test_breakdown_question_gets_a_chart_and_a_table(chat_app):
    app = ask(chat_app(), "stock by warehouse")
    assert not app.exception
    (reply,) = messages(app, "assistant")
    assert len(reply.get("vega_lite_chart")) == 1
    assert len(reply.dataframe) == 1
    assert [s.state for s in app.status] == ["complete"] * 3


def test_error_event_is_shown_and_the_question_stays(chat_app):
    app = ask(chat_app("timeout_agent"), "stock by warehouse")
    assert not app.exception
    (question,) = messages(app, "user")
    assert question.markdown[0].value == "stock by warehouse"
    (reply,) = messages(app, "assistant")
    assert len(reply.error) == 1
    assert reply.error[0].value.startswith("The answer took longer than"), reply.error[0].value
    assert any("Timeout" in c.value for c in reply.caption)
    assert app.session_state["chat_turns"][0]["status"] == "error"
    app.run()  # redrawn from history the same way
    assert len(messages(app, "assistant")[0].error) == 1


def test_second_question_keeps_the_first_answer(chat_app):
    app = ask(chat_app("scripted_agent"), "first question")
    app = ask(app, "second question")
    assert not app.exception
    assert [m.markdown[0].value for m in messages(app, "user")] == ["first question", "second question"]
    replies = messages(app, "assistant")
    assert len(replies) == 2
    for reply in replies:
        assert "23811" in _markdown(reply)
        assert len(reply.dataframe) == 1 and len(reply.get("vega_lite_chart")) == 1
    earlier_steps = replies[0].expander
    assert [e.icon for e in earlier_steps[:3]] == [":material/check_circle:"] * 3
    assert len(app.status) == 3  # only the live answer uses st.status


def test_new_conversation_clears_the_page(chat_app):
    app = ask(chat_app("scripted_agent"), "a question")
    first_id = app.session_state["chat_conversation_id"]
    app.sidebar.button(key="chat_new_conversation").click().run()
    assert not app.exception
    assert not app.chat_message
    assert app.session_state["chat_turns"] == []
    assert app.session_state["chat_conversation_id"] != first_id


def test_sidebar_example_asks_its_question(chat_app):
    app = chat_app("scripted_agent")
    example = app.sidebar.button(key="chat_example_1")
    label = example.label
    example.click().run()
    assert not app.exception
    assert [m.markdown[0].value for m in messages(app, "user")] == [label]
    assert len(messages(app, "assistant")[0].dataframe) == 1


def test_examples_come_from_the_catalog(chat_app):
    app = chat_app("scripted_agent")
    labels = [b.label for b in app.sidebar.button][1:]
    assert labels == ["What is the stock of part ABC-12345?", "stock by warehouse", "monthly shipments",
                      "parts below reorder point"]


def test_korean_interface(chat_app):
    app = chat_app("scripted_agent")
    app.sidebar.selectbox(key="chat_language_choice").set_value("ko").run()
    assert not app.exception
    assert app.title[0].value == "데이터 채팅"
    labels = [b.label for b in app.sidebar.button]
    assert "새 대화" in labels and "ABC-12345 부품의 재고는?" in labels and "창고별 재고" in labels
    app = ask(app, "창고별 재고")
    assert [s.label.split("**")[1] for s in app.status] == ["질문 분석", "데이터 조회", "답변 작성"]
    assert "신뢰도" in _markdown(messages(app, "assistant")[0])


def test_stop_records_the_turn_and_stops_the_query(chat_app, monkeypatch):
    app = chat_app("slow_agent")
    # AppTest's timeout asks the script runner to stop, exactly as the chat input's stop button does.
    with pytest.raises(RuntimeError, match="timed out"):
        ask(app, "count forever", timeout=5)  # long enough to reach the query on a loaded machine
    agent = get_agent()
    run = agent.runs[-1]
    assert run.finished, "closing the event iterator must interrupt the DuckDB query"
    assert agent.analyst.written == 0
    turn = app.session_state["chat_turns"][-1]
    assert turn["status"] == "stopped"
    assert turn["stages"]["data_retrieval"]["status"] == "in_progress"
    app.chat_input[0].set_value(None)  # the interrupted run never returned a fresh tree to AppTest
    app.run()
    assert not app.exception
    (reply,) = messages(app, "assistant")
    assert "Stopped" in reply.warning[0].value
    assert [e.icon for e in reply.expander] == [":material/check_circle:", ":material/error:"]
    assert "stopped" in reply.expander[1].label


def test_a_turn_left_pending_is_shown_as_stopped(chat_app):
    app = chat_app("scripted_agent")
    app.session_state["chat_turns"] = [{"question": "old question", "status": "pending", "stages": {},
                                       "partial": "half an ans", "final": None, "error": None}]
    app = ask(app, "new question")
    assert not app.exception
    old, new = app.session_state["chat_turns"]
    assert old["status"] == "stopped" and new["status"] == "final"
    first = messages(app, "assistant")[0]
    assert first.markdown[0].value == "half an ans"
    assert "Stopped" in first.warning[0].value


def test_fifty_earlier_answers_all_redraw(chat_app):
    """Every earlier answer comes back with its chart, table and downloads (speed: bench/bench_page.py)."""
    app = ask(chat_app("scripted_agent"), "stock by warehouse")
    turn = app.session_state["chat_turns"][0]
    app.session_state["chat_turns"] = [copy.deepcopy(turn) for _ in range(50)]
    app.run()
    assert not app.exception
    assert len(app.get("vega_lite_chart")) == 50 and len(app.dataframe) == 50
    assert len(app.get("download_button")) == 50 * 5 + 2  # every answer's files, and the conversation's


def test_confidence_line_and_a_close_reading_asked_with_one_click(chat_app):
    app = ask(chat_app(), "how many warehouses are there?")
    assert not app.exception
    (reply,) = messages(app, "assistant")
    turn = app.session_state["chat_turns"][0]
    reasons = turn["final"]["confidence_reasons"]
    assert " · ".join(reasons) in [c.value for c in reply.caption]
    choices = [b for b in reply.button if b.key.startswith("chat_turn_0_alternative_")]
    assert [b.label for b in choices] == [a["question"] for a in turn["final"]["alternatives"]] and choices
    choices[0].click().run()
    assert not app.exception
    assert [m.markdown[0].value for m in messages(app, "user")] == ["how many warehouses are there?",
                                                                    choices[0].label]
    second = app.session_state["chat_turns"][1]
    table = choices[0].label.rsplit(" ", 1)[-1]  # Number of warehouses in <table>
    expected = pd.read_csv(SAMPLE / f"{table}.csv").warehouse_id.nunique()
    assert second["status"] == "final" and second["final"]["table_data"]["rows"] == [[expected]]


def test_next_questions_under_an_answer_ask_a_breakdown_with_one_click(chat_app):
    app = ask(chat_app(), "total quantity on hand")
    assert not app.exception
    (reply,) = messages(app, "assistant")
    offered = app.session_state["chat_turns"][0]["final"]["next_questions"]
    buttons = [b for b in reply.button if b.key.startswith("chat_turn_0_next_")]
    assert [b.label for b in buttons] == offered and any("by warehouse" in q for q in offered)
    next(b for b in buttons if "by warehouse" in b.label).click().run()
    assert not app.exception
    second = app.session_state["chat_turns"][1]
    stock = pd.read_csv(SAMPLE / "inventory.csv").merge(pd.read_csv(SAMPLE / "warehouses.csv"))
    expected = {str(k): int(v) for k, v in stock.groupby("warehouse_name").quantity_on_hand.sum().items()}
    assert second["status"] == "final"
    assert {str(r[0]): r[1] for r in second["final"]["table_data"]["rows"]} == expected


def test_a_follow_up_that_adds_a_grouping_keeps_the_part_and_says_so(chat_app):
    app = ask(ask(chat_app(), "ABC-12345 부품의 재고는?"), "창고별로 보여줘")
    assert not app.exception
    second = app.session_state["chat_turns"][1]
    assert second["status"] == "final"
    assert {str(r[0]): r[1] for r in second["final"]["table_data"]["rows"]} == dict(part_stock_by_warehouse())
    reply = messages(app, "assistant")[1]
    assert any("이전 질문에 이어서" in c.value for c in reply.caption)  # the confidence line says it continues
    assert reply.get("vega_lite_chart")
