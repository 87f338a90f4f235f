"""What the analyst does when it cannot answer, and that question text never becomes SQL."""

from __future__ import annotations

import re

import pytest

from agent.analysts.base import Turn

UNMAPPED = ["What's the meaning of life?", "오늘 기분 어때?", "tell me a joke about cats", "블라블라 쿠키",
            "%로는?", "?!"]  # the last two: no word at all


def _digits(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


@pytest.mark.parametrize("env", ["sample", "orders", "seattle"])
@pytest.mark.parametrize("question", UNMAPPED)
def test_unmapped_question_gets_three_suggestions_and_no_numbers(envs, env, question):
    data = envs[env]
    plan, results, answer = data.ask(question)
    assert plan.sql is None and results is None and plan.reason
    assert plan.confidence <= 0.2 and answer.confidence <= 0.2
    assert len(plan.suggestions) == 3 and len(set(plan.suggestions)) == 3
    assert _digits(answer.content) <= _digits(question)  # no number made up
    assert all(f"- {s}" in answer.content for s in plan.suggestions)
    korean = any("\uac00" <= ch <= "\ud7a3" for ch in question)
    assert all(any("\uac00" <= ch <= "\ud7a3" for ch in s) == korean for s in plan.suggestions)


@pytest.mark.parametrize("env", ["sample", "orders", "seattle", "daily"])
@pytest.mark.parametrize("language", ["en", "ko"])
def test_suggestions_are_answerable_on_the_schema(envs, env, language):
    data = envs[env]
    question = "오늘 기분 어때?" if language == "ko" else "What's the meaning of life?"
    plan, _, _ = data.ask(question)
    assert len(plan.suggestions) == 3, plan.suggestions
    for suggestion in plan.suggestions:
        suggested, results, answer = data.ask(suggestion)
        assert suggested.sql is not None, suggestion
        assert results.row_count >= 1 and suggested.confidence >= 0.7, suggestion


@pytest.mark.parametrize(("question", "phrase"), [
    ("What is the stock of ABC-99999?", "I could not find ABC-99999 in the data"),
    ("ABC-99999 부품의 재고는?", "ABC-99999"),
    ("stock of 'Nowhere Depot'", "I could not find Nowhere Depot in the data"),
])
def test_unknown_id_or_name_is_not_found_never_guessed(sample, question, phrase):
    plan, results, answer = sample.ask(question)
    assert plan.sql is None and results is None
    assert phrase in answer.content and plan.confidence <= 0.2
    assert plan.details["not_found"]
    if plan.language == "ko":
        assert "찾을 수 없습니다" in answer.content


INJECTIONS = [
    ("sample", "stock of x'; DROP TABLE parts; --"),
    ("sample", "stock of 'x'' OR 1=1 --'"),
    ("sample", "Seoul Central'; DELETE FROM inventory; -- inventory"),
    ("orders", "revenue for Japan'; DROP TABLE orders; --"),
    ("orders", "국가별 매출\"; DROP TABLE orders; --"),
]


@pytest.mark.parametrize(("env", "question"), INJECTIONS)
def test_injection_attempts_leave_tables_intact(envs, env, question):
    data = envs[env]
    before = {t: data.database.execute(f'SELECT count(*) FROM "{t}"').rows[0][0] for t in data.catalog.table_names}
    assert before and all(before.values()), before
    plan, _, _ = data.ask(question)
    if plan.sql is not None:
        for word in ("DROP", "DELETE", "--", ";", "1=1", "x'"):
            assert word not in plan.sql, plan.sql
        assert plan.sql.lstrip().upper().startswith("SELECT")
        assert all("DROP" not in str(p) and "DELETE" not in str(p) for p in plan.params)
    after = {t: data.database.execute(f'SELECT count(*) FROM "{t}"').rows[0][0] for t in data.catalog.table_names}
    assert after == before


@pytest.mark.parametrize(("env", "question", "values"), [
    ("sample", "ABC-12345 부품의 재고는?", ["ABC-12345"]),
    ("sample", "Seoul Central inventory", ["Seoul Central"]),
    ("sample", "parts from Japan", ["Japan"]),
    ("orders", "Gadget sales in 2023", ["Gadget"]),
    ("orders", "How many orders have units under 5?", [5]),
])
def test_question_values_travel_as_parameters(envs, env, question, values):
    plan, _, _ = envs[env].ask(question)
    for value in values:
        assert value in plan.params
        assert f"'{value}'" not in plan.sql and plan.sql.count("?") == len(plan.params)


def test_empty_result_says_so_and_lowers_confidence(sample):
    for question, phrase in (("shipments over 1000000 units", "No rows matched the filters"),
                             ("수량이 1000000 넘는 출고 보여줘", "맞는 데이터가 없습니다")):
        plan, results, answer = sample.ask(question)
        assert plan.sql is not None and phrase in answer.content
        assert answer.confidence < plan.confidence and not _digits(answer.content) - _digits(question)


def test_a_year_outside_the_dates_gets_no_figure_but_the_dates_held(sample):
    for question, phrase in (("shipments in 2030", "covers 2025-01-01"), ("2030년 출고량", "자료만 있습니다")):
        plan, results, answer = sample.ask(question)
        assert plan.sql is None and results is None and phrase in answer.content, answer.content
        assert answer.confidence < 0.5


def test_truncated_result_is_flagged_and_lowers_confidence(envs):
    plan, results, answer = envs["orders"].ask("orders with units over 5", max_rows=10)
    assert results.truncated and "At least 10" in answer.content
    assert answer.confidence < plan.confidence


def test_history_is_accepted(sample):
    turn = Turn("창고별 재고", summary="...", sql="SELECT 1")
    plan = sample.analyst.plan("ABC-12345 부품의 재고는?", sample.catalog, sample.database, [turn], "ko")
    assert plan.sql is not None and plan.params == ["ABC-12345"]
