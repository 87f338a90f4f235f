"""An aggregate asked after a breakdown: one figure of the figures shown when each group is one row, else per group."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from tests.helpers.answers import final, rows, single
from tests.helpers.chat_agents import agent_on_folder


@pytest.fixture
def panel(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    frame = pd.DataFrame({"airline": ["A"] * 4 + ["B"] * 4, "year": [1981, 1982, 1983, 1984] * 2,
                          "fuel_price": [100.0, 130.0, 125.0, 160.0, 90.0, 95.0, 140.0, 150.0],
                          "flights": [10, 12, 9, 14, 8, 7, 11, 13]})
    frame.to_csv(tmp_path / "airline_years.csv", index=False)
    agent = agent_on_folder(tmp_path)
    return agent, frame


def test_the_average_of_one_row_per_group_is_one_figure(panel, conversation) -> None:
    agent, frame = panel
    shown = rows(final(agent, "airline A fuel price by year", conversation))
    assert [r[1] for r in shown] == frame[frame.airline == "A"].fuel_price.tolist()
    average = final(agent, "and the average?", conversation)
    assert single(average) == pytest.approx(frame[frame.airline == "A"].fuel_price.mean())
    total = final(agent, "합계는?", conversation)
    assert single(total) == pytest.approx(frame[frame.airline == "A"].fuel_price.sum())


def test_the_same_aggregate_again_summarises_the_breakdown(panel, conversation) -> None:
    agent, frame = panel
    yearly = frame.groupby("year").flights.sum()
    assert [r[1] for r in rows(final(agent, "total flights by year", conversation))] == yearly.tolist()
    assert single(final(agent, "what's the total?", conversation)) == yearly.sum()


def test_another_aggregate_of_several_rows_per_group_stays_per_group(panel, conversation) -> None:
    agent, frame = panel
    final(agent, "total flights by airline", conversation)
    means = frame.groupby("airline").flights.mean()
    assert dict(rows(final(agent, "평균은?", conversation))) == pytest.approx(means.to_dict())


def test_last_year_after_an_answer_on_a_table_without_dates_is_refused(tmp_path: Path, conversation) -> None:
    pd.DataFrame({"house_id": [1, 2, 3], "price": [10.0, 20.0, 30.0]}).to_csv(tmp_path / "houses.csv", index=False)
    agent = agent_on_folder(tmp_path)
    assert single(final(agent, "집 평균 가격", conversation)) == pytest.approx(20.0)
    later = final(agent, "작년에는 얼마였어?", conversation)
    assert not later["table_data"] and "작년" in later["content"]
