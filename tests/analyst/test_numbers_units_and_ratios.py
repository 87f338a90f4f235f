"""Numbers as people write them (14만, 12만5천, 300mg, 5 g, $130,000, 0보다) and ratio columns that are no shares."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.analysts.offline.question.tokens import tokenize
from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def foods(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(11)
    n = 90
    frame = pd.DataFrame({"name": [f"Food {i}" for i in range(n)], "maker": rng.choice(["G", "K", "P"], n),
                          "sodium": rng.integers(0, 400, n), "fibre": rng.uniform(0, 12, n).round(1),
                          "sugars": rng.uniform(0, 20, n).round(1), "shelf": rng.integers(1, 4, n)})
    return single_env(Path(tmp_path_factory.mktemp("foods")), "foods", frame, text_dates=False)


@pytest.fixture(scope="module")
def pay(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(12)
    n = 150
    frame = pd.DataFrame({"교수_번호": range(1, n + 1), "직급": rng.choice(["조교수", "부교수", "정교수"], n),
                          "연봉": rng.integers(60_000, 200_000, n), "log_wage": rng.normal(1.5, 0.8, n).round(3)})
    return single_env(Path(tmp_path_factory.mktemp("pay")), "교수_연봉", frame, text_dates=False)


@pytest.fixture(scope="module")
def schools(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(13)
    n = 120
    frame = pd.DataFrame({"name": [f"District {i}" for i in range(n)], "county": rng.choice(["Kern", "Orange"], n),
                          "student_teacher_ratio": rng.uniform(14, 26, n).round(2),
                          "free_meal_pct": rng.uniform(0, 100, n).round(1),
                          "english_learner_pct": rng.uniform(0, 80, n).round(1),
                          "math_score": rng.uniform(600, 700, n).round(1)})
    return single_env(Path(tmp_path_factory.mktemp("schools")), "districts", frame, text_dates=False)


def value(env: Env, question: str) -> float:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql or plan.summary
    return float(results.rows[0][0])


@pytest.mark.parametrize(("text", "number"), [("14만 달러", "140000"), ("12만5천", "125000"), ("3억원", "300000000"),
                                              ("1만 2천", "10000")])
def test_korean_number_words_after_digits_make_one_number(text: str, number: str) -> None:
    assert tokenize(text)[0].lemma == number


def test_man_alone_at_the_end_is_only() -> None:
    assert [t.lemma for t in tokenize("진열대 3만")] == ["진열대", "3", "만"]


def test_a_salary_in_man_units_is_compared(pay: Env) -> None:
    frame = pay.frames["교수_연봉"]
    assert value(pay, "연봉 14만 달러 넘는 교수 몇 명?") == (frame.연봉 > 140_000).sum()
    assert value(pay, "연봉이 10만보다 많은 교수는 몇 명이야?") == (frame.연봉 > 100_000).sum()


def test_a_number_before_boda_is_compared(pay: Env) -> None:
    frame = pay.frames["교수_연봉"]
    assert value(pay, "log_wage가 0보다 작은 교수 수") == (frame.log_wage < 0).sum()


def test_a_currency_sign_before_a_number_keeps_the_comparison(pay: Env) -> None:
    frame = pay.frames["교수_연봉"]
    assert value(pay, "how many rows have 연봉 more than $130,000?") == (frame.연봉 > 130_000).sum()


@pytest.mark.parametrize("question", ["average sugars of foods with at least 5 g of fibre",
                                      "fibre 5g 이상인 foods의 평균 sugars"])
def test_a_unit_after_a_number_is_no_value(foods: Env, question: str) -> None:
    frame = foods.frames["foods"]  # G is also a maker: the unit must not filter on it
    assert value(foods, question) == pytest.approx(frame[frame.fibre >= 5].sugars.mean())


def test_a_korean_count_with_a_milligram_bound(foods: Env) -> None:
    frame = foods.frames["foods"]
    got = value(foods, "sodium이 300mg을 넘고 shelf 3에 있는 foods는 몇 개?")
    assert got == ((frame.sodium > 300) & (frame.shelf == 3)).sum()


def test_hyphenated_words_are_words_and_codes_stay_codes() -> None:
    assert [t.lemma for t in tokenize("the lowest-calorie cereals")] == ["the", "lowest", "calorie", "cereal"]
    assert [t.kind for t in tokenize("stock of WH-B and ABC-12345")][2::2] == ["code", "code"]


def test_hyphenated_column_words_name_the_column(schools: Env) -> None:
    frame = schools.frames["districts"]
    got = value(schools, "average math score of districts with a student-teacher ratio under 18")
    assert got == pytest.approx(frame[frame.student_teacher_ratio < 18].math_score.mean())


@pytest.mark.parametrize(("question", "column"), [("평균 무료 급식 비율", "free_meal_pct"),
                                                  ("영어 학습자 비율 평균", "english_learner_pct")])
def test_an_averaged_ratio_is_its_column_not_a_share(schools: Env, question: str, column: str) -> None:
    assert value(schools, question) == pytest.approx(schools.frames["districts"][column].mean())


def test_a_compared_ratio_is_its_column(schools: Env) -> None:
    frame = schools.frames["districts"]
    assert value(schools, "영어 학습자 비율이 50%를 넘는 학군은 몇 개야?") == (frame.english_learner_pct > 50).sum()


def test_the_highest_ratio_is_the_row_with_the_largest_value(schools: Env) -> None:
    plan, results, _ = schools.ask("Which district has the highest student-teacher ratio?")
    frame = schools.frames["districts"]
    assert results is not None, plan.summary
    assert frame.loc[frame.student_teacher_ratio.idxmax(), "name"] in results.rows[0]


@pytest.fixture(scope="module")
def firms(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(14)
    n = 200
    frame = pd.DataFrame({"firm_id": range(1, n + 1), "sector": rng.choice(["BNK", "MIN", "MAN"], n),
                          "assets_millions": rng.integers(60, 20_000, n), "sales": rng.integers(10**6, 10**10, n)})
    return single_env(Path(tmp_path_factory.mktemp("firms")), "firms", frame, text_dates=False), frame


@pytest.mark.parametrize(("question", "low", "high"), [
    ("How many firms have assets between 1,000 and 5,000 million dollars?", 1_000, 5_000),
    ("How many firms have assets between 1 and 5 billion dollars?", 1_000, 5_000),
    ("How many firms have assets between 500,000 and 2 million?", 0.5, 2),
    ("How many firms have assets of more than 10 billion dollars?", 10_000, None),
    ("How many firms have assets over 12000?", 12_000, None)])
def test_numbers_said_with_a_scale_word_are_read_in_the_columns_unit(
        firms: tuple[Env, pd.DataFrame], question: str, low: float, high: float | None) -> None:
    env, frame = firms
    assets = frame.assets_millions
    kept = assets.between(low, high) if high is not None else assets > low
    assert value(env, question) == kept.sum()


def test_a_scale_word_on_a_column_in_plain_units_multiplies(firms: tuple[Env, pd.DataFrame]) -> None:
    env, frame = firms
    assert value(env, "How many firms have sales between 1 and 5 billion?") == frame.sales.between(1e9, 5e9).sum()


@pytest.fixture(scope="module")
def departments(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(15)
    n = 86
    frame = pd.DataFrame({"department_id": range(1, n + 1), "department_name": [f"Dept {i}" for i in range(n)],
                          "literacy_pct": rng.integers(12, 75, n), "prostitutes_in_paris": rng.integers(0, 400, n),
                          "distance_to_paris_km": rng.integers(0, 900, n), "area_km2": rng.integers(800, 10_000, n)})
    frame["region"] = rng.choice(["West", "East", "North"], n)
    return single_env(Path(tmp_path_factory.mktemp("departments")), "departments", frame, text_dates=False), frame


@pytest.mark.parametrize(("question", "column", "low", "high"), [
    ("How many departments lie between 200 and 300 km from Paris?", "distance_to_paris_km", 200, 300),
    ("how many departments are more than 500 kilometres from Paris?", "distance_to_paris_km", 500, None),
    ("파리에서 300km 넘게 떨어진 데파르트망 수", "distance_to_paris_km", 300, None),
    ("how many departments are larger than 7000 km²?", "area_km2", 7000, None),
    ("면적이 7,000km²를 넘는 데파르트망은 몇 곳?", "area_km2", 7000, None)])
def test_a_unit_after_a_number_names_the_column_of_its_kind(
        departments: tuple[Env, pd.DataFrame], question: str, column: str, low: int, high: int | None) -> None:
    env, frame = departments
    kept = frame[column].between(low, high) if high is not None else frame[column] > low
    assert value(env, question) == kept.sum()


def test_within_a_distance_is_at_most_it(departments: tuple[Env, pd.DataFrame]) -> None:
    env, frame = departments
    near = frame[frame.distance_to_paris_km <= 100]
    assert value(env, "What's the average literacy of the departments within 100 km of Paris?") == pytest.approx(
        near.literacy_pct.mean())


@pytest.mark.parametrize(("question", "expected"), [
    ("서부 지역에서 문해율 최저값은 몇 %야?", lambda f: f[f.region == "West"].literacy_pct.min()),
    ("West 지역 literacy 평균은 몇 퍼센트야?", lambda f: f[f.region == "West"].literacy_pct.mean()),
    ("what's the highest literacy pct in the West, in %?", lambda f: f[f.region == "West"].literacy_pct.max())])
def test_a_percent_after_an_aggregate_of_percentages_is_their_unit(
        departments: tuple[Env, pd.DataFrame], question: str, expected: Callable[[pd.DataFrame], float]) -> None:
    env, frame = departments
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql
    assert results.rows[0][-1] == pytest.approx(expected(frame))


def test_a_share_asked_in_percent_is_still_a_share(departments: tuple[Env, pd.DataFrame]) -> None:
    env, frame = departments
    plan, results, _ = env.ask("West 지역 데파르트망은 전체의 몇 %야?")
    assert results is not None and results.rows[0][0] == pytest.approx(100 * (frame.region == "West").mean(), abs=0.01)
