"""How much a figure moved: between two years a question names, since a follow-up's year, or over two answers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from tests.helpers.answers import final, rows
from tests.helpers.chat_agents import agent_on_folder


@pytest.fixture
def firms(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(11)
    names = ["Acme", "Globex", "Initech", "Umbrella"]
    frame = pd.DataFrame([{"firm": name, "year": year, "sales": int(rng.integers(200, 900)),
                           "growth_rate": round(float(rng.normal(3, 2)), 2)}
                          for name in names for year in range(2015, 2021)])
    frame.to_csv(tmp_path / "firm_years.csv", index=False)
    agent = agent_on_folder(tmp_path)
    return agent, frame


def _sales(frame: pd.DataFrame, year: int, firm: str | None = None) -> float:
    kept = frame[(frame.year == year) & ((frame.firm == firm) if firm else True)]
    return float(kept.sales.sum())


def _growth(before: float, after: float) -> float:
    return (after - before) / before * 100


def test_growth_between_two_years_the_question_names(firms, conversation) -> None:
    agent, frame = firms
    answer = final(agent, "growth in Acme's sales from 2015 to 2020, in %", conversation)
    first, second = _sales(frame, 2015, "Acme"), _sales(frame, 2020, "Acme")
    assert rows(answer)[0] == pytest.approx([_growth(first, second), second - first, first, second])
    assert answer["table_data"]["columns"][2:] == ["2015", "2020"]
    assert answer["confidence_score"] >= 0.8
    sql = answer["sources"][0]["sql"]
    assert "2015" in sql and "2020" in sql and "BETWEEN" not in sql.upper()


def test_korean_growth_rate_of_one_year_against_another(firms, conversation) -> None:
    agent, frame = firms
    answer = final(agent, "2016년 대비 2019년 총매출 증가율은?", conversation)
    first, second = _sales(frame, 2016), _sales(frame, 2019)
    assert rows(answer)[0][0] == pytest.approx(_growth(first, second))
    assert "2016년" in answer["content"] and "%" in answer["content"]


def test_a_follow_up_names_the_year_to_compare_with(firms, conversation) -> None:
    agent, frame = firms
    final(agent, "2020년 총매출", conversation)
    answer = final(agent, "2015년 대비 증가율은?", conversation)
    assert rows(answer)[0][0] == pytest.approx(_growth(_sales(frame, 2015), _sales(frame, 2020)))
    final(agent, "total sales in 2019", conversation)
    since = final(agent, "what's the growth since 2016, in %?", conversation)
    assert rows(since)[0][0] == pytest.approx(_growth(_sales(frame, 2016), _sales(frame, 2019)))


def test_how_much_it_fell_over_the_last_two_answers(firms, conversation) -> None:
    agent, frame = firms
    final(agent, "Globex sales in 2017", conversation)
    final(agent, "and in 2018?", conversation)
    answer = final(agent, "how much did it fall?", conversation)
    first, second = _sales(frame, 2017, "Globex"), _sales(frame, 2018, "Globex")
    assert rows(answer)[0][0] == pytest.approx(first - second)
    assert rows(answer)[0][1] == pytest.approx((first - second) / first * 100)


def test_a_series_asked_how_it_changed_stays_a_series(firms, conversation) -> None:
    agent, frame = firms
    answer = final(agent, "how did total sales change from 2015 to 2020?", conversation)
    assert len(rows(answer)) == 6


def test_a_change_with_one_figure_is_not_invented(firms, conversation) -> None:
    agent, _ = firms
    final(agent, "total sales in 2020", conversation)
    answer = final(agent, "how much did it grow?", conversation)
    assert not answer["table_data"] or len(rows(answer)[0]) != 4


def test_a_column_named_by_a_change_word_is_still_found(firms, conversation) -> None:
    agent, frame = firms
    answer = final(agent, "average growth rate of Initech", conversation)
    assert rows(answer)[0][0] == pytest.approx(frame[frame.firm == "Initech"].growth_rate.mean())


def test_the_group_that_grew_the_most_between_two_years(firms, conversation) -> None:
    agent, frame = firms
    answer = final(agent, "Which firm's sales grew the most, in percent, from 2015 to 2020?", conversation)
    yearly = frame.pivot_table(index="firm", columns="year", values="sales", aggfunc="sum")
    growth = (yearly[2020] - yearly[2015]) / yearly[2015] * 100
    assert rows(answer) == [[growth.idxmax(), pytest.approx(growth.max()), pytest.approx(
        yearly[2020][growth.idxmax()] - yearly[2015][growth.idxmax()]), yearly[2015][growth.idxmax()],
        yearly[2020][growth.idxmax()]]]
    top = final(agent, "top 3 firms by sales growth from 2016 to 2019", conversation)
    gained = (yearly[2019] - yearly[2016]).sort_values(ascending=False)
    assert [row[0] for row in rows(top)] == list(gained.index[:3])
    assert top["chart_data"] is not None


def test_a_change_between_two_months_of_dated_rows(tmp_path: Path, conversation) -> None:
    days = pd.date_range("2025-01-01", "2025-06-30", freq="D")
    frame = pd.DataFrame({"sale_date": days.strftime("%Y-%m-%d"),
                          "revenue": (np.arange(len(days)) % 17 + 3) * 10})
    frame.to_csv(tmp_path / "sales.csv", index=False)
    agent = agent_on_folder(tmp_path)
    month = pd.to_datetime(frame.sale_date).dt.month
    march, april = frame[month == 3].revenue.sum(), frame[month == 4].revenue.sum()
    answer = final(agent, "3월 대비 4월 매출 증가율", conversation)
    assert rows(answer)[0][:2] == [pytest.approx(_growth(march, april)), april - march]
    assert "3월" in answer["content"] and "4월" in answer["content"]


@pytest.fixture
def months(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(12)
    dates = pd.date_range("2018-01-01", periods=48, freq="MS")
    frame = pd.DataFrame({"month": dates.date, "spending": rng.integers(1000, 5000, 48)})
    frame.to_csv(tmp_path / "monthly_spending.csv", index=False)
    return agent_on_folder(tmp_path), frame


def test_a_change_between_the_two_ends_of_a_date_range(months, conversation) -> None:
    agent, frame = months
    by_month = frame.set_index(pd.to_datetime(frame.month)).spending
    answer = final(agent, "2018년 3월부터 2020년 3월까지 spending은 얼마나 늘었어?", conversation)
    first, last = by_month["2018-03-01"], by_month["2020-03-01"]
    assert rows(answer)[0][0] == pytest.approx(last - first)
    by_year = by_month.groupby(by_month.index.year).sum()
    answer = final(agent, "How much did spending change from 2018 to 2020?", conversation + "-years")
    assert rows(answer)[0][0] == pytest.approx(by_year[2020] - by_year[2018])
