"""What a ranking ranks by and asks of the top row: the price of the house with the largest lot, top 5 cheapest."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def houses(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(31)
    n = 80
    frame = pd.DataFrame({"house_id": range(1, n + 1), "price": rng.permutation(np.arange(n) * 500 + 30_000),
                          "lot_size": rng.permutation(np.arange(n) * 37 + 2_000),
                          "bedrooms": rng.integers(1, 6, n), "air_conditioning": rng.choice(["yes", "no"], n),
                          "society": rng.choice(["yes", "no"], n)})
    return single_env(Path(tmp_path_factory.mktemp("houses")), "houses", frame, text_dates=False)


def _top_row(frame: pd.DataFrame, by: str, largest: bool = True) -> pd.Series:
    return frame.sort_values(by, ascending=not largest).iloc[0]


@pytest.mark.parametrize("question", ["the price of the house with the largest lot", "대지 면적 제일 큰 집 가격은?",
                                      "what was the price of the house with the biggest lot size?"])
def test_the_figure_asked_of_the_row_another_measure_ranks(houses: Env, question: str) -> None:
    top = _top_row(houses.frames["houses"], "lot_size")
    plan, results, answer = houses.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql
    row = dict(zip(results.columns, results.rows[0], strict=True))
    assert top["house_id"] in row.values() and top["lot_size"] in row.values() and top["price"] in row.values()
    assert f"{int(top['price']):,}" in answer.content  # the text says what was asked, not only the ranked figure


def test_the_measure_ranked_is_the_one_the_superlative_names_in_korean(houses: Env) -> None:
    top = _top_row(houses.frames["houses"], "price")
    _, results, _ = houses.ask("가격이 가장 높은 집의 대지 면적은?")
    assert results is not None and results.rows[0][0] == top["house_id"]


@pytest.mark.parametrize(("question", "largest"), [("Top 3 most expensive houses", True),
                                                   ("top 3 cheapest houses", False)])
def test_a_top_word_before_an_adjective_ranks_by_the_adjective(houses: Env, question: str, largest: bool) -> None:
    frame = houses.frames["houses"]
    expected = frame.sort_values("price", ascending=not largest).house_id.head(3).tolist()
    plan, results, _ = houses.ask(question)
    assert results is not None, plan.summary
    assert [row[0] for row in results.rows] == expected


def test_sale_price_is_a_kind_of_the_price_column(houses: Env) -> None:
    plan, results, _ = houses.ask("median sale price")
    assert results is not None, plan.summary
    assert results.rows[0][0] == pytest.approx(houses.frames["houses"].price.median())
    assert plan.confidence >= 0.8


@pytest.mark.parametrize(("question", "flag"), [("how many houses are owned by a society?", "yes"),
                                                ("how many houses are not owned by a society?", "no")])
def test_done_by_a_something_is_who_did_it_not_a_grouping(houses: Env, question: str, flag: str) -> None:
    plan, results, _ = houses.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql
    assert results.rows[0][0] == (houses.frames["houses"].society == flag).sum()
