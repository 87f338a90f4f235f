"""Errors reach people in the question's language: database failures, stops, connections, the model's refusals."""

from __future__ import annotations

import time

import pytest

from agent.chatbot import ChatbotAgent
from agent.contract.errors import AgentError, ConnectionProblem, QueryError
from agent.contract.events import failure
from agent.contract.i18n import Phrase
from agent.data.catalog import build_catalog
from agent.data.database import Database
from agent.data.sources import parse_url
from agent.settings import Settings
from tests.helpers.analysts import FixedSqlAnalyst, GatedAnalyst

HANGUL = ("\uac00", "\ud7a3")


def korean(text: str) -> bool:
    return any(HANGUL[0] <= ch <= HANGUL[1] for ch in text)


def _agent(analyst, tmp_path=None) -> ChatbotAgent:
    database = Database()
    settings = Settings.from_env(data_dir=tmp_path) if tmp_path else Settings.from_env()
    return ChatbotAgent(database=database, catalog=build_catalog(database), analyst=analyst, settings=settings)


@pytest.mark.parametrize(("question", "expected"), [("표에 없는 값은?", "쿼리가 실패했습니다"),
                                                    ("a value that is not there?", "The query failed")])
def test_a_failed_query_is_reported_in_the_questions_language(question, expected):
    stream = list(_agent(FixedSqlAnalyst("SELECT * FROM no_such_table")).stream(question))
    failed = [e["data"]["message"] for e in stream if e["type"] == "progress" and e["data"]["status"] == "failed"]
    assert stream[-1]["data"]["error"] == "QueryError"
    assert stream[-1]["data"]["message"].startswith(expected) and "no_such_table" in stream[-1]["data"]["message"]
    assert failed == [stream[-1]["data"]["message"]], "the failed stage says the same, in the same language"


def test_a_run_stopped_while_waiting_its_turn_says_so_in_korean(tmp_path):
    analyst = GatedAnalyst("SELECT 1 AS one")
    agent = _agent(analyst, tmp_path)
    first = agent.start("첫 번째 질문", user_id="u", conversation_id="c")
    give_up = time.monotonic() + 10
    while not first.turnstile.lock.locked() and time.monotonic() < give_up:  # the first run holds the turn
        time.sleep(0.01)
    second = agent.start("두 번째 질문", user_id="u", conversation_id="c")  # waits for the first to end
    second.cancel("stopped")
    last = [e for e in second.events() if e][-1]
    analyst.gate.set()
    assert [e for e in first.events() if e][-1]["type"] == "final"
    assert last == {"type": "error", "data": {"error": "Cancelled", "message": "답변이 시작되기 전에 중단되었습니다."}}


def test_a_connection_problem_is_worded_in_either_language():
    with pytest.raises(ConnectionProblem) as caught:
        parse_url("mysql://u@host/db")
    assert str(caught.value) == "'mysql' databases are not supported; use a postgresql:// URL."
    assert caught.value.words("ko") == "'mysql' 데이터베이스는 지원하지 않습니다. postgresql:// URL을 사용하세요."


def test_an_error_is_put_into_words_once_with_nested_values_in_the_same_language():
    inner = QueryError("query_interrupted")
    outer = QueryError("query_failed", detail=inner)
    assert str(outer) == "The query failed: The query was interrupted."
    assert outer.words("ko") == "쿼리가 실패했습니다: 쿼리가 중단되었습니다."
    table = {"note": {"en": "note {n}", "ko": "메모 {n}"}}
    nested = QueryError("query_failed", detail=Phrase(table, "note", {"n": 3}))
    assert nested.words("ko") == "쿼리가 실패했습니다: 메모 3" and str(nested) == "The query failed: note 3"


def test_text_that_is_no_key_is_shown_as_written_and_other_failures_never_show_their_text():
    assert AgentError("이미 쓰인 문장").words("en") == "이미 쓰인 문장"
    event = failure(ZeroDivisionError("secret detail"), "ko")
    assert event["data"]["error"] == "ZeroDivisionError" and korean(event["data"]["message"])
    assert "secret detail" not in event["data"]["message"]
