"""A follow-up about the one thing an answer named (its, that year, 그해, 그날, 그 교수), and a new question said so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from tests.helpers.answers import final, rows
from tests.helpers.chat_agents import agent_on_tables


@pytest.fixture
def firms(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(5)
    names = ["Acme", "Globex", "Initech", "Umbrella", "Hooli"]
    frame = pd.DataFrame([(f, y) for f in names for y in range(1940, 1955)], columns=["firm", "year"])
    frame["investment"] = rng.permutation(len(frame)) * 3.5 + 10
    frame["market_value"] = rng.permutation(len(frame)) * 11.25 + 100
    return agent_on_tables(tmp_path, {"firm_years": frame}), frame


@pytest.fixture
def 기업(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(8)
    names = ["가나전자", "다라화학", "마바중공업"]
    frame = pd.DataFrame([(f, y) for f in names for y in range(1990, 2004)], columns=["기업명", "연도"])
    frame["투자액"] = rng.permutation(len(frame)) * 2.5 + 5
    frame["시가총액"] = rng.permutation(len(frame)) * 7.5 + 50
    return agent_on_tables(tmp_path, {"기업_연도": frame}), frame


def test_its_figure_that_year_is_the_winners_in_the_year_asked(firms, conversation) -> None:
    agent, frame = firms
    top = final(agent, "Which firm had the highest investment in 1950?", conversation)
    year = frame[frame["year"] == 1950]
    winner = year.loc[year["investment"].idxmax(), "firm"]
    assert rows(top)[0][0] == winner
    answer = final(agent, "what was its market value that year?", conversation)
    expected = year.loc[year["firm"] == winner, "market_value"].mean()
    assert rows(answer) == [[pytest.approx(expected)]]
    assert "firm" in answer["sources"][0]["sql"] and "1950" in answer["sources"][0]["sql"]


def test_its_figure_in_another_year_keeps_the_winner_only(firms, conversation) -> None:
    agent, frame = firms
    final(agent, "which firm has the highest average market value?", conversation)
    winner = frame.groupby("firm")["market_value"].mean().idxmax()
    answer = final(agent, "what was its investment in 1945?", conversation)
    expected = frame[(frame["firm"] == winner) & (frame["year"] == 1945)]["investment"].mean()
    assert rows(answer) == [[pytest.approx(expected)]]


def test_that_year_after_the_winning_year_pins_it(firms, conversation) -> None:
    agent, frame = firms
    final(agent, "Which year had the highest total investment?", conversation)
    year = frame.groupby("year")["investment"].sum().idxmax()
    answer = final(agent, "what was Globex's market value that year?", conversation)
    expected = frame[(frame["firm"] == "Globex") & (frame["year"] == year)]["market_value"].mean()
    assert rows(answer) == [[pytest.approx(expected)]]


def test_그해_after_a_firms_best_year_is_that_year_of_that_firm(기업, conversation) -> None:
    agent, frame = 기업
    firm = frame[frame["기업명"] == "다라화학"]
    best = firm.loc[firm["투자액"].idxmax(), "연도"]
    top = final(agent, "다라화학 투자액이 가장 많았던 해는?", conversation)
    assert rows(top)[0][0] == best
    answer = final(agent, "그해 시가총액은?", conversation)
    assert rows(answer) == [[pytest.approx(firm.loc[firm["연도"] == best, "시가총액"].sum())]]


def test_그해_alone_is_not_answered_as_if_it_named_nothing(기업, conversation) -> None:
    agent, _ = 기업
    answer = final(agent, "그해 시가총액은?", conversation)
    assert answer["confidence_score"] < 0.8


def test_그날_after_the_highest_day_is_that_day(tmp_path: Path, conversation) -> None:
    rng = np.random.default_rng(3)
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=i) for i in range(120)]
    frame = pd.DataFrame({"날짜": days, "환율": rng.permutation(120) * 0.01 + 1.0,
                          "거래량": rng.integers(100, 900, 120)})
    agent = agent_on_tables(tmp_path, {"일별_환율": frame})
    final(agent, "환율이 가장 높았던 날은 언제야?", conversation)
    day = frame.loc[frame["환율"].idxmax()]
    answer = final(agent, "그날 거래량은?", conversation)
    assert rows(answer) == [[day["거래량"]]]


def test_another_measure_of_the_row_holding_the_maximum(tmp_path: Path, conversation) -> None:
    rng = np.random.default_rng(9)
    frame = pd.DataFrame({"교수_번호": range(1, 61), "재직_연수": rng.permutation(60) + 1,
                          "연봉": rng.integers(50, 200, 60) * 1000})
    agent = agent_on_tables(tmp_path, {"교수_연봉": frame})
    final(agent, "재직 연수 최댓값은?", conversation)
    answer = final(agent, "그 교수 연봉은 얼마야?", conversation)
    held = frame.loc[frame["재직_연수"].idxmax()]
    assert held["연봉"] in rows(answer)[0] and held["재직_연수"] in rows(answer)[0]
    assert "연봉" in answer["content"] or "급여" in answer["content"]


def test_how_many_of_its_rows_after_the_top_group_counts_rows(tmp_path: Path, conversation) -> None:
    rng = np.random.default_rng(4)
    frame = pd.DataFrame({"journal_id": range(1, 201),
                          "publisher": rng.choice(["Elsevier", "Wiley", "Springer", "Kluwer"], 200,
                                                  p=[.4, .3, .2, .1]),
                          "society": rng.choice(["member", "independent"], 200)})
    agent = agent_on_tables(tmp_path, {"journals": frame})
    final(agent, "Which publisher has the most journals?", conversation)
    winner = frame["publisher"].value_counts().idxmax()
    answer = final(agent, "how many of its journals are member journals?", conversation)
    expected = int(((frame["publisher"] == winner) & (frame["society"] == "member")).sum())
    assert rows(answer) == [[expected]]


@pytest.mark.parametrize("opener", ["다른 질문인데,", "새 질문:"])
def test_a_question_said_to_be_new_drops_the_previous_filter(기업, conversation, opener) -> None:
    agent, frame = 기업
    final(agent, "가나전자 평균 투자액 얼마예요?", conversation)
    answer = final(agent, f"{opener} 전체 시가총액 합계는?", conversation)
    assert rows(answer) == [[pytest.approx(frame["시가총액"].sum())]]
    assert "follow_up_of" not in answer.get("details", {})


def test_a_new_question_in_english_does_not_continue(firms, conversation) -> None:
    agent, frame = firms
    final(agent, "average investment of Acme", conversation)
    answer = final(agent, "new question: what is the total market value?", conversation)
    assert rows(answer) == [[pytest.approx(frame["market_value"].sum())]]


@pytest.fixture
def districts(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(12)
    counties = pd.DataFrame({"county_id": [1, 2, 3], "name": ["Alameda", "Marin", "Kern"]})
    frame = pd.DataFrame({"district_id": range(1, 41), "name": [f"District {i}" for i in range(1, 41)],
                          "county_id": rng.choice([1, 2, 3], 40), "score": rng.permutation(40) * 1.5 + 600,
                          "enrollment": rng.integers(200, 5000, 40),
                          "has_library": rng.choice(["with", "without"], 40)})
    agent = agent_on_tables(tmp_path, {"counties": counties, "districts": frame})
    return agent, frame.merge(counties.rename(columns={"name": "county"}), on="county_id")


def test_which_table_the_answered_row_refers_to(districts, conversation) -> None:
    agent, frame = districts
    top = frame.loc[frame["score"].idxmax()]
    final(agent, "시험 점수가 가장 높은 학군은?", conversation)
    final(agent, "그 학군 enrollment는?", conversation)
    answer = final(agent, "어느 county에 있어?", conversation)
    assert rows(answer)[0][-1] == top["county"]
    assert top["county"] in answer["content"] and "2" not in answer["table_data"]["columns"][-1]


def test_a_yes_no_value_asked_of_the_answered_row_is_its_value(districts, conversation) -> None:
    agent, frame = districts
    top = frame.loc[frame["enrollment"].idxmax()]
    final(agent, "which district has the largest enrollment?", conversation)
    answer = final(agent, "and does it have a library?", conversation)
    columns = answer["table_data"]["columns"]
    assert rows(answer)[0][0] == top["name"]
    assert rows(answer)[0][columns.index("Has library")] == top["has_library"]


@pytest.fixture
def workers(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(17)
    n = 600
    ages = [19, 22, 27, 32, 37, 42, 47, 52, 57, 62]  # survey-coded ages, a few values each
    frame = pd.DataFrame({"worker_id": range(1, n + 1), "age": rng.choice(ages, n),
                          "wage": rng.integers(800, 4000, n) / 100, "hours": rng.integers(10, 60, n)})
    return agent_on_tables(tmp_path, {"workers": frame}), frame


def test_a_number_alone_swaps_the_previous_number(workers, conversation) -> None:
    agent, frame = workers
    first = final(agent, "average wage of workers aged 32", conversation)
    assert rows(first) == [[pytest.approx(frame[frame["age"] == 32]["wage"].mean())]]
    answer = final(agent, "and at 47?", conversation)
    assert rows(answer) == [[pytest.approx(frame[frame["age"] == 47]["wage"].mean())]]


def test_a_range_or_bound_alone_replaces_the_previous_one(workers, conversation) -> None:
    agent, frame = workers
    final(agent, "average wage of workers aged 25 to 34", conversation)
    answer = final(agent, "and 35 to 44?", conversation)
    assert rows(answer) == [[pytest.approx(frame[frame["age"].between(35, 44)]["wage"].mean())]]
    final(agent, "how many workers work under 20 hours?", conversation)
    answer = final(agent, "and 40 or more?", conversation)
    assert rows(answer) == [[int((frame["hours"] >= 40).sum())]]


def test_when_the_extreme_was_is_the_date_of_its_row(tmp_path: Path, conversation) -> None:
    rng = np.random.default_rng(6)
    days = [dt.date(2021, 1, 1) + dt.timedelta(days=i) for i in range(200)]
    frame = pd.DataFrame({"날짜": days, "환율": rng.permutation(200) * 0.01 + 1.0})
    agent = agent_on_tables(tmp_path, {"일별_환율": frame})
    low = frame.loc[frame["환율"].idxmin()]
    first = final(agent, "최저 환율은?", conversation)
    assert rows(first) == [[pytest.approx(low["환율"])]]
    answer = final(agent, "그게 몇 월이었어?", conversation)
    assert str(rows(answer)[0][0]).startswith(low["날짜"].strftime("%Y-%m"))


def test_the_rows_of_each_ranked_label_are_counted_when_named(tmp_path: Path, conversation) -> None:
    rng = np.random.default_rng(14)
    n = 900
    schools = pd.DataFrame({"school_id": range(1, 31), "school_type": rng.choice(["urban", "rural"], 30)})
    students = pd.DataFrame({"student_id": range(1, n + 1), "school_id": rng.integers(1, 31, n),
                             "math_score": rng.integers(300, 700, n)})
    agent = agent_on_tables(tmp_path, {"schools": schools, "students": students})
    final(agent, "top 5 school ids by average math score", conversation)
    top = students.groupby("school_id")["math_score"].mean().sort_values(ascending=False).index[:5]
    answer = final(agent, "how many students do those schools have?", conversation)
    expected = students[students["school_id"].isin(top)].groupby("school_id").size().to_dict()
    assert dict(map(tuple, rows(answer))) == expected


def test_a_bare_measure_after_the_one_film_keeps_it(tmp_path: Path, conversation) -> None:
    rng = np.random.default_rng(13)
    n = 60
    films = pd.DataFrame({"film_id": range(1, n + 1), "title": [f"Picture {i}" for i in range(1, n + 1)],
                          "budget": rng.permutation(n) * 1_000_000 + 500_000,
                          "rating": rng.uniform(1, 10, n).round(1)})
    genres = pd.DataFrame([(f, g) for f in films.film_id for g, on in (("Drama", f % 2), ("Comedy", f % 3 == 0))
                           if on], columns=["film_id", "genre"])  # some films in two genres, some in none
    agent = agent_on_tables(tmp_path, {"films": films, "film_genres": genres})
    dramas = films[films.film_id.isin(genres[genres.genre == "Drama"].film_id)]
    top = dramas.loc[dramas.budget.idxmax()]
    first = final(agent, "예산이 가장 큰 드라마 영화는 뭐야?", conversation)
    assert rows(first)[0][0] == top.title
    final(agent, "그 영화 예산은 얼마야?", conversation)
    rating = final(agent, "평점은?", conversation)
    assert rows(rating)[0][-1] == pytest.approx(top.rating) and len(rows(rating)) == 1
