"""둘 차이는? after two figures: their gap, from one query over both; and without one?: a yes/no turned over."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from tests.helpers.answers import final, rows, single
from tests.helpers.chat_agents import agent_on_folder


@pytest.fixture
def houses(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(6)
    n = 80
    frame = pd.DataFrame({"house_id": range(1, n + 1), "price": rng.integers(40, 190, n) * 1000,
                          "air_conditioning": rng.choice(["yes", "no"], n), "stories": rng.integers(1, 4, n)})
    frame.to_csv(tmp_path / "houses.csv", index=False)
    agent = agent_on_folder(tmp_path)
    return agent, frame


def test_the_other_side_of_a_yes_no_then_the_gap(houses, conversation) -> None:
    agent, frame = houses
    cooled = frame[frame.air_conditioning == "yes"].price.mean()
    warm = frame[frame.air_conditioning == "no"].price.mean()
    assert single(final(agent, "에어컨 있는 집 평균 가격", conversation)) == pytest.approx(cooled)
    assert single(final(agent, "없는 집은?", conversation)) == pytest.approx(warm)
    gap = final(agent, "둘 차이는 얼마야?", conversation)
    assert rows(gap)[0][0] == pytest.approx(abs(cooled - warm))
    assert "SELECT" in gap["sources"][0]["sql"] and "차이" in gap["content"]


def test_the_gap_between_two_top_rows_in_english(houses, conversation) -> None:
    agent, frame = houses
    final(agent, "average price of one-story houses", conversation)
    final(agent, "and of three-story houses?", conversation)
    by_stories = frame.groupby("stories").price.mean()
    gap = final(agent, "what's the difference between the two?", conversation)
    assert rows(gap)[0][0] == pytest.approx(abs(by_stories[1] - by_stories[3]))


def test_a_difference_with_one_answer_before_is_not_invented(houses, conversation) -> None:
    agent, _ = houses
    final(agent, "에어컨 있는 집 평균 가격", conversation)
    answer = final(agent, "둘 차이는 얼마야?", conversation)
    assert not answer["table_data"] or len(rows(answer)[0]) != 3


def test_the_two_added_together(houses, conversation) -> None:
    agent, frame = houses
    one = frame[frame.stories == 1].price.sum()
    two = frame[frame.stories == 2].price.sum()
    final(agent, "total price of one-story houses", conversation)
    final(agent, "and of two-story houses?", conversation)
    both = final(agent, "둘을 합치면?", conversation)
    assert rows(both)[0] == [pytest.approx(one + two), pytest.approx(one), pytest.approx(two)]
    assert "합치면" in both["content"]


def test_one_figure_less_the_other_in_the_order_said(houses, conversation) -> None:
    agent, frame = houses
    median, mean = frame.price.median(), frame.price.mean()
    final(agent, "가격 중앙값은?", conversation)
    final(agent, "평균은?", conversation)
    gap = final(agent, "평균에서 중앙값 빼면?", conversation)
    assert rows(gap)[0][0] == pytest.approx(mean - median)
    back = final(agent, "average price", "english-" + conversation)
    assert single(back) == pytest.approx(mean)
    final(agent, "and the median?", "english-" + conversation)
    other = final(agent, "median minus average?", "english-" + conversation)
    assert rows(other)[0][0] == pytest.approx(median - mean)


def test_leaving_a_value_out_is_not_a_subtraction(houses, conversation) -> None:
    agent, frame = houses
    final(agent, "가격 중앙값은?", conversation)
    final(agent, "평균은?", conversation)
    answer = final(agent, "에어컨 없는 집 빼고 평균 가격은?", conversation)
    assert single(answer) == pytest.approx(frame[frame.air_conditioning == "yes"].price.mean())
