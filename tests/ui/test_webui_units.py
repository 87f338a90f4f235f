"""The page helpers that need no running page: examples, language choice, turn records, labels."""

from __future__ import annotations

from tests.helpers.page_agents import sample_data
from webui import steps
from webui.answer import confidence_level, table_frame
from webui.examples import example_questions
from webui.i18n import STRINGS, resolve


def test_examples_are_phrased_from_the_catalog_in_both_languages():
    database, catalog = sample_data()
    assert example_questions(catalog, database, "ko") == [
        "ABC-12345 부품의 재고는?", "창고별 재고", "월별 출고 수량", "재고가 재주문점보다 적은 부품"]
    assert example_questions(catalog, database, "en") == [
        "What is the stock of part ABC-12345?", "stock by warehouse",
        "monthly shipments", "parts below reorder point"]


def test_language_choice_follows_the_browser_only_on_auto():
    assert resolve("auto", "ko-KR") == "ko"
    assert resolve("auto", "en-US") == "en"
    assert resolve("auto", None) == "en"
    assert resolve("en", "ko-KR") == "en"
    assert resolve("ko", None) == "ko"


def test_every_string_has_both_languages():
    assert len(STRINGS) > 50
    assert all(set(texts) == {"en", "ko"} for texts in STRINGS.values())


def test_record_folds_events_into_a_lean_turn():
    from webui import turns

    turn = {"question": "q", "status": "pending", "stages": {}, "partial": "", "final": None, "error": None}
    turns.record(turn, {"type": "progress", "data": {"node": "query_analysis", "stage": "Query analysis",
                                                     "status": "in_progress", "message": "reading"}}, 0.1)
    turns.record(turn, {"type": "progress", "data": {"node": "query_analysis", "stage": "Query analysis",
                                                     "status": "completed", "message": "part X"}}, 0.4)
    turns.record(turn, {"type": "token", "data": {"text": "Hel"}}, 0.5)
    turns.record(turn, {"type": "token", "data": {"text": "lo"}}, 0.6)
    assert turn["partial"] == "Hello"
    stage = turn["stages"]["query_analysis"]
    assert (stage["started"], stage["ended"], stage["message"]) == (0.1, 0.4, "part X")
    assert steps.label(stage, "en") == "**Query analysis** · part X"
    assert steps.timing(stage, "en") == "0.30 s"
    turns.stop_if_pending(turn)
    assert turn["status"] == "stopped"
    final = {"content": "Hi", "sources": [], "confidence_score": 0.9, "table_data": None, "chart_data": None}
    turns.record(turn, {"type": "final", "data": final}, 0.7)
    assert turn["status"] == "final" and turn["final"] is final and turn["partial"] == ""


def test_running_label_shows_elapsed_seconds_and_escapes_markdown():
    stage = {"node": "data_retrieval", "status": "in_progress", "message": "Running *the* query_x",
             "started": 1.0, "ended": None}
    assert steps.label(stage, "en", now=3.5) == \
        "**Data retrieval** · Running \\*the\\* query\\_x · running for 2.5 s"
    assert steps.label(stage, "ko", stopped=True).endswith("· 중단됨")


def test_confidence_levels_and_table_frames():
    assert [confidence_level(s) for s in (0.95, 0.8, 0.6, 0.2)] == ["high", "high", "medium", "low"]
    frame = table_frame({"columns": ["a", "a", "b"], "rows": [[1, 2, 3]], "row_count": 1, "truncated": False})
    assert list(frame.columns) == ["a", "a (2)", "b"]


def test_every_example_question_gets_a_confident_answer():
    from agent import default_agent

    agent = default_agent()
    for language in ("ko", "en"):
        questions = example_questions(agent.catalog, agent.database, language)
        assert len(questions) == 4, questions
        for question in questions:
            events = list(agent.stream(question))
            assert events[-1]["type"] == "final", (question, events[-1])
            final = events[-1]["data"]
            assert final["confidence_score"] >= 0.8, (question, final["content"])
            assert final["table_data"] and final["table_data"]["row_count"] > 0, question


def test_dollar_signs_stay_literal():
    from webui.answer import markdown_text

    assert markdown_text("from $4.85 to $5.00") == "from \\$4.85 to \\$5.00"
