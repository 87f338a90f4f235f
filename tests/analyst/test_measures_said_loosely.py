"""Measures said loosely: 얼마 / how much for the price, both ends of an adjective, spelled numbers, counted values."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env


@pytest.fixture(scope="module")
def houses(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(3)
    n = 120
    frame = pd.DataFrame({"house_id": range(1, n + 1), "price": rng.integers(40, 190, n) * 1000,
                          "bathrooms": rng.integers(1, 4, n), "garage_places": rng.integers(0, 4, n),
                          "air_conditioning": rng.choice(["yes", "no"], n)})
    return tables_env(Path(tmp_path_factory.mktemp("houses")), {"houses": frame})


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(8)
    n = 600
    frame = pd.DataFrame({"person_id": range(1, n + 1), "age": rng.integers(18, 80, n),
                          "sex": rng.choice(["Female", "Male"], n)})
    return tables_env(Path(tmp_path_factory.mktemp("people")), {"respondents": frame})


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(4)
    frame = pd.DataFrame({"district": [f"d{i}" for i in range(40)], "county": rng.choice(["x", "y", "z"], 40),
                          "math_score": rng.uniform(600, 700, 40), "reading_score": rng.uniform(600, 700, 40)})
    return tables_env(Path(tmp_path_factory.mktemp("scores")), {"districts": frame})


def _values(env: Env, question: str) -> list[float]:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, (question, plan.sql)
    return [float(v) for v in results.rows[0]]


def test_how_much_asks_for_the_price(houses: Env) -> None:
    frame = houses.frames["houses"]
    assert _values(houses, "화장실 2개 있는 집 평균 얼마?") == [pytest.approx(frame[frame.bathrooms == 2].price.mean())]
    cooled = frame[frame.air_conditioning == "yes"].price.mean()
    assert _values(houses, "how much do houses with air conditioning cost on average?") == [pytest.approx(cooled)]


def test_a_spelled_number_before_a_hyphen_and_its_noun(houses: Env) -> None:
    frame = houses.frames["houses"]
    assert _values(houses, "how many houses have a two-car garage?") == [(frame.garage_places == 2).sum()]


def test_both_ends_of_what_an_adjective_measures(people: Env) -> None:
    frame = people.frames["respondents"]
    expected = [frame.age.min(), frame.age.max()]
    assert _values(people, "youngest and oldest age in the survey?") == expected
    assert _values(people, "the youngest and oldest respondents") == expected


def test_the_values_held_by_the_most_rows(people: Env) -> None:
    counts = people.frames["respondents"].groupby("age").size()
    top = counts.sort_values(ascending=False, kind="stable")
    plan, results, _ = people.ask("Which age has the most respondents?")
    assert results is not None and plan.sql is not None and "GROUP BY" in plan.sql
    assert results.rows[0][1] == top.iloc[0] and counts[results.rows[0][0]] == top.iloc[0]


def test_a_kind_of_the_measure_the_data_does_not_hold_is_refused(scores: Env) -> None:
    plan, _, _ = scores.ask("average science score by county")
    assert plan.sql is None
    plan, results, _ = scores.ask("average math score by county")
    assert results is not None and len(results.rows) == 3


@pytest.mark.parametrize("question", ["How many respondents are between 18 and 24 years old?",
                                      "how many people aged 18 through 24", "18세부터 24세까지 몇 명이야?",
                                      "18~24세 응답자 수"])
def test_an_age_range_said_with_its_unit_is_on_the_age(people: Env, question: str) -> None:
    frame = people.frames["respondents"]
    assert _values(people, question) == [frame.age.between(18, 24).sum()]


def test_남녀별_is_by_sex(people: Env) -> None:
    frame = people.frames["respondents"]
    _, results, _ = people.ask("남녀별 평균 나이")
    assert results is not None and {r[0]: r[1] for r in results.rows} == pytest.approx(
        frame.groupby("sex").age.mean().to_dict())


def test_the_average_number_of_rows_per_group(people: Env) -> None:
    frame = people.frames["respondents"]
    assert _values(people, "나이별 평균 응답자 수는?") == [pytest.approx(frame.groupby("age").size().mean())]


def test_a_year_in_a_column_name_picks_the_column(tmp_path: Path) -> None:
    provinces = pd.DataFrame({"name": ["a", "b", "c", "d"], "population_1966": [50, 40, 30, 20],
                              "population_1971": [45, 60, 35, 10]})
    env = tables_env(tmp_path, {"provinces": provinces})
    plan, results, _ = env.ask("1971년 인구가 가장 많은 주는?")
    assert results is not None and results.rows[0][0] == "b", plan.sql
    plan, results, _ = env.ask("1966년 인구가 가장 많은 주는?")
    assert results is not None and results.rows[0][0] == "a", plan.sql
