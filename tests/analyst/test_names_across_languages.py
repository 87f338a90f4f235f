"""Names across languages and inside longer names: 표본_크기 is the sample size, 1인당 names a measure."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def polls(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(5)
    frame = pd.DataFrame({"조사_기관": rng.choice(["갑", "을", "병"], 60), "연도": np.repeat([2005, 2006, 2007], 20),
                          "노동당_지지율": rng.uniform(30, 50, 60).round(1),
                          "자유당_지지율": rng.uniform(30, 50, 60).round(1),
                          "표본_크기": rng.integers(500, 2500, 60)})
    return single_env(Path(tmp_path_factory.mktemp("polls")), "여론조사", frame, text_dates=False)


@pytest.fixture(scope="module")
def incomes(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(9)
    frame = pd.DataFrame({"region": np.repeat(["North", "South", "West"], 10),
                          "year": np.tile(np.arange(1980, 1990), 3),
                          "income_per_capita": rng.uniform(9000, 20000, 30).round(0),
                          "miles_per_driver": rng.uniform(6, 12, 30).round(2)})
    return single_env(Path(tmp_path_factory.mktemp("incomes")), "regions", frame, text_dates=False)


def rows(env: Env, question: str) -> list[list[object]]:
    plan, results, _ = env.ask(question)
    assert results is not None, plan.summary
    return [list(r) for r in results.rows]


def test_an_english_name_finds_a_korean_column_word_by_word(polls: Env) -> None:
    frame = polls.frames["여론조사"]
    assert rows(polls, "max sample size in 2006") == [[frame[frame.연도 == 2006].표본_크기.max()]]


def test_a_rate_is_averaged_when_no_aggregate_is_said(polls: Env) -> None:
    frame = polls.frames["여론조사"]
    assert rows(polls, "2007년 노동당 지지율")[0][0] == pytest.approx(frame[frame.연도 == 2007].노동당_지지율.mean())


@pytest.mark.parametrize("question", ["average income per capita by region in 1985", "1985년 region별 평균 1인당 소득"])
def test_per_capita_names_the_measure_and_groups_nothing(incomes: Env, question: str) -> None:
    frame = incomes.frames["regions"]
    expected = frame[frame.year == 1985].groupby("region").income_per_capita.mean()
    got = rows(incomes, question)
    assert {r[0]: r[1] for r in got} == pytest.approx(expected.to_dict())


def test_miles_per_driver_is_one_column(incomes: Env) -> None:
    frame = incomes.frames["regions"]
    assert rows(incomes, "average miles per driver in the South")[0][0] == pytest.approx(
        frame[frame.region == "South"].miles_per_driver.mean())


@pytest.fixture(scope="module")
def batting(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(14)
    frame = pd.DataFrame({"id": [f"p{i % 30:02d}" for i in range(300)], "year": 1990 + np.arange(300) // 30,
                          "h": rng.integers(0, 200, 300), "hr": rng.integers(0, 40, 300)})
    return single_env(Path(tmp_path_factory.mktemp("batting")), "batting", frame, text_dates=False)


def test_a_korean_word_reaches_an_abbreviated_column(batting: Env) -> None:
    frame = batting.frames["batting"]
    assert rows(batting, "1995년 안타 합계") == [[frame[frame.year == 1995].h.sum()]]


def test_a_korean_name_with_a_suffix_is_one_word(polls: Env) -> None:
    frame = polls.frames["여론조사"]
    got = rows(polls, "how did the average 자유당 지지율 change year by year?")
    assert [r[-1] for r in got] == pytest.approx(frame.groupby("연도").자유당_지지율.mean().tolist())
    assert all(len(r) == 2 for r in got)


@pytest.fixture(scope="module")
def firms(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(15)
    names = ["General Motors", "General Electric", "US Steel", "Journal of Political Economy",
             "Journal of Population Economics", "Westinghouse"]
    frame = pd.DataFrame([{"firm": name, "year": year, "investment": round(float(rng.uniform(10, 900)), 2)}
                          for name in names for year in range(1935, 1955)])
    return single_env(Path(tmp_path_factory.mktemp("firms")), "firm_years", frame, text_dates=False)


@pytest.mark.parametrize(("question", "firm"), [("GM 평균 투자액", "General Motors"),
                                                ("ge's average investment", "General Electric"),
                                                ("average investment of GE in the data", "General Electric")])
def test_a_names_initials_name_it(firms: Env, question: str, firm: str) -> None:
    frame = firms.frames["firm_years"]
    assert rows(firms, question) == [[pytest.approx(frame[frame.firm == firm].investment.mean())]]


def test_initials_two_names_share_are_a_guess_and_a_word_is_no_initials(firms: Env) -> None:
    plan, _, _ = firms.ask("JPE average investment")
    assert plan.confidence < 0.8
    plan, _, _ = firms.ask("average investment of us firms")
    assert "US Steel" not in (plan.sql or "") and "US Steel" not in str(plan.params)
