"""After an answer, two or three next questions on the same measure, in the question's language, each answered."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import sample_env, single_env
from tests.helpers.sample import part_stock_by_warehouse


@pytest.fixture(scope="module")
def sales(tmp_path_factory):
    rng = np.random.default_rng(7)
    n = 240
    frame = pd.DataFrame({
        "order_date": pd.date_range("2024-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
        "region": rng.choice(["North", "South", "East", "West"], n),
        "channel": rng.choice(["online", "store"], n),
        "amount": rng.integers(10, 500, n),
    })
    return single_env(tmp_path_factory.mktemp("sales"), "sales", frame, text_dates=False)


def test_a_total_offers_a_breakdown_and_a_trend_each_read_back_with_its_measure(sales):
    plan, _, _ = sales.ask("total amount")
    assert 2 <= len(plan.next_questions) <= 3, plan.next_questions
    frame = sales.frames["sales"]
    breakdown = next(q for q in plan.next_questions if " by " in q)
    _, results, _ = sales.ask(breakdown)
    assert dict(results.rows) == frame.groupby("channel").amount.sum().to_dict()  # the category with fewest values
    trend = next(q for q in plan.next_questions if "per month" in q)
    _, results, _ = sales.ask(trend)
    months = pd.to_datetime(frame.order_date).dt.to_period("M")
    assert [row[1] for row in results.rows] == frame.groupby(months).amount.sum().tolist()


def test_korean_question_gets_korean_next_questions(sales):
    plan, _, _ = sales.ask("지역별 평균 amount")
    assert plan.next_questions and all(any("\uac00" <= ch <= "\ud7a3" for ch in q) for q in plan.next_questions)
    assert not any("region" in q or "지역" in q for q in plan.next_questions)  # not the grouping it already has


def test_a_refusal_offers_what_the_data_can_answer_instead(sales):
    plan, _, _ = sales.ask("average shipping weight per courier")
    assert plan.sql is None and plan.next_questions == []
    assert plan.suggestions  # the final event carries these as its next questions


def test_unchecked_next_questions_of_a_large_catalog_are_the_breakdown_and_the_trend(sales, monkeypatch):
    from agent.analysts.offline.writing import next_questions

    checked, _, _ = sales.ask("total amount")
    monkeypatch.setattr(next_questions, "CHECKED_UP_TO", 0)  # as on a catalog of more tables than are checked
    plan, _, _ = sales.ask("total amount")
    assert plan.next_questions == [q for q in checked.next_questions if not q.startswith("top ")]


def test_next_questions_keep_the_answers_filter_and_answer_it():
    sample = sample_env()
    plan, _, _ = sample.ask("ABC-12345 부품의 재고는?")
    breakdown = next(q for q in plan.next_questions if "별" in q and "월별" not in q)
    assert breakdown.startswith("ABC-12345 ")
    _, results, _ = sample.ask(breakdown)
    assert {str(k): v for k, v in results.rows} == dict(part_stock_by_warehouse())
    plan, _, _ = sample.ask("WH-B 창고 재고")
    assert plan.next_questions and not any("창고명별" in q for q in plan.next_questions)  # one warehouse already
