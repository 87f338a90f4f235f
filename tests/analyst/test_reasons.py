"""What the confidence rests on, and close readings offered as questions that are read that way when asked."""

from __future__ import annotations

import pytest

from tests.helpers.analyst_envs import sample_env


@pytest.fixture(scope="module")
def sample():
    return sample_env()


def test_one_clear_reading_says_so_and_offers_nothing(sample):
    plan, _, _ = sample.ask("ABC-12345 부품의 재고는?")
    assert plan.confidence_reasons[:2] == ["모든 단어 사용", "해석 1가지"]
    assert plan.alternatives == []


def test_an_unused_word_is_named(sample):
    plan, _, _ = sample.ask("stock by warehouse in zanzibar")
    assert any("zanzibar" in reason for reason in plan.confidence_reasons), plan.confidence_reasons


@pytest.mark.parametrize("question", ["how many warehouses are there?", "number of warehouses"])
def test_rows_or_distinct_ids_each_answer_when_asked(sample, question):
    plan, results, _ = sample.ask(question)
    assert results.rows == [(len(sample.frames["warehouses"]),)]
    assert "2 readings were close" in plan.confidence_reasons
    assert plan.alternatives, "counting warehouses or the warehouses the stock is in: two readings"
    expected = {f"Number of warehouses in {table}": sample.frames[table].warehouse_id.nunique()
                for table in ("inventory", "stock_movements")}
    for alternative in plan.alternatives:
        assert alternative["question"] in expected
        again, rows, _ = sample.ask(alternative["question"])
        assert rows.rows == [(expected[alternative["question"]],)], again.sql


def test_korean_alternatives_are_korean(sample):
    plan, _, _ = sample.ask("부품은 몇 개야?")
    assert plan.alternatives and all(a["question"].endswith("부품 수") for a in plan.alternatives)
