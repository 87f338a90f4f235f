"""Who is counted and what is ranked: people in a panel, rows, 인원수, values of a column, top-N, in order, which X."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.analysts.offline.question.cues import read_cues
from agent.data.catalog import build_catalog
from agent.data.database import Database
from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(21)
    people, years = 60, list(range(1990, 1996))
    frame = pd.DataFrame([{"person_id": p, "year": y} for p in range(1, people + 1) for y in years])
    frame["ethnicity"] = frame.person_id.map(dict(zip(range(1, people + 1), rng.choice(["A", "B", "C"], people),
                                                      strict=True)))
    frame["union_member"] = rng.choice(["yes", "no"], len(frame))
    frame["region"] = rng.choice(["North", "South", None], len(frame))
    frame["log_wage"] = rng.normal(1.6, 0.5, len(frame)).round(3)
    frame["industry"] = rng.choice(["Trade", "Mining", "Finance", "Retail"], len(frame))
    return single_env(Path(tmp_path_factory.mktemp("panel")), "men_years", frame, text_dates=False)


@pytest.fixture(scope="module")
def faculty(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(22)
    n = 140
    frame = pd.DataFrame({"교수_번호": range(1, n + 1), "직급": rng.choice(["조교수", "부교수", "정교수"], n),
                          "성별": rng.choice(["남", "여"], n, p=[0.8, 0.2]), "재직_연수": rng.integers(0, 40, n),
                          "연봉": rng.integers(60_000, 200_000, n)})
    return single_env(Path(tmp_path_factory.mktemp("faculty")), "교수_연봉", frame, text_dates=False)


@pytest.fixture(scope="module")
def cereals(tmp_path_factory: pytest.TempPathFactory) -> Env:
    folder = tmp_path_factory.mktemp("cereals")
    rng = np.random.default_rng(23)
    makers = pd.DataFrame({"maker_id": [1, 2, 3], "name": ["General Mills", "Kelloggs", "Post"]})
    n = 45
    cereals = pd.DataFrame({"cereal_id": range(1, n + 1), "name": [f"Cereal {i:02d}" for i in range(n)],
                            "maker_id": rng.integers(1, 4, n), "sugars": rng.uniform(0, 20, n).round(2),
                            "calories": rng.uniform(50, 300, n).round(1)})
    makers.to_csv(folder / "makers.csv", index=False)
    cereals.to_csv(folder / "cereals.csv", index=False)
    database = Database.from_folder(folder)
    return Env(database, build_catalog(database), {"makers": makers, "cereals": cereals})


def value(env: Env, question: str) -> float:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql or plan.summary
    return float(results.rows[0][0])


def pairs(env: Env, question: str) -> dict:
    plan, results, _ = env.ask(question)
    assert results is not None, plan.summary
    return {row[0]: row[1] for row in results.rows}


@pytest.mark.parametrize("question", ["데이터에 사람은 총 몇 명 있어?", "B ethnicity 사람은 몇 명이야?"])
def test_people_in_a_panel_are_its_distinct_ids(panel: Env, question: str) -> None:
    frame = panel.frames["men_years"]
    expected = frame.person_id.nunique() if "B" not in question else frame[frame.ethnicity == "B"].person_id.nunique()
    assert value(panel, question) == expected


def test_people_by_a_group_in_a_panel(panel: Env) -> None:
    frame = panel.frames["men_years"]
    assert pairs(panel, "ethnicity별 사람 수") == frame.groupby("ethnicity").person_id.nunique().to_dict()


def test_observations_are_rows(panel: Env) -> None:
    frame = panel.frames["men_years"]
    assert value(panel, "region이 비어 있는 관측치 몇 개야?") == frame.region.isna().sum()
    assert value(panel, "number of observations with no region") == frame.region.isna().sum()


def test_a_year_the_data_does_not_hold_gets_no_figure(panel: Env) -> None:
    plan, results, _ = panel.ask("1999년 노조원 수는?")
    assert plan.sql is None and results is None
    assert "1990–1995" in plan.summary


def test_a_table_named_after_its_measure_answers_with_it(faculty: Env) -> None:
    frame = faculty.frames["교수_연봉"]
    assert value(faculty, "전체 교수 연봉 합계는?") == frame.연봉.sum()
    assert value(faculty, "교수 연봉 중앙값 알려줘") == pytest.approx(frame.연봉.median())


def test_a_head_count_by_a_category_counts_rows(faculty: Env) -> None:
    frame = faculty.frames["교수_연봉"]
    assert pairs(faculty, "성별 인원수") == frame.성별.value_counts().to_dict()


def test_how_many_values_of_a_measure(faculty: Env) -> None:
    assert value(faculty, "재직_연수 값은 몇 가지야?") == faculty.frames["교수_연봉"].재직_연수.nunique()


def test_an_english_phrase_names_a_korean_value(faculty: Env) -> None:
    frame = faculty.frames["교수_연봉"]
    assert value(faculty, "How many assistant professors are there?") == (frame.직급 == "조교수").sum()


def test_the_top_n_said_after_an_adjective_ranks_once() -> None:
    cues = read_cues("평균 연봉이 높은 직급 상위 2개", "ko")
    assert [(r.direction, r.limit) for r in cues.rankings] == [("desc", 2)]
    assert [(r.direction, r.limit) for r in read_cues("평균 연봉 하위 2개 직급", "ko").rankings] == [("asc", 2)]


def test_in_order_lists_every_group(faculty: Env) -> None:
    plan, results, _ = faculty.ask("평균 연봉 높은 순서대로 직급 나열해줘")
    expected = faculty.frames["교수_연봉"].groupby("직급").연봉.mean().sort_values(ascending=False)
    assert results is not None, plan.summary
    assert [r[0] for r in results.rows] == list(expected.index)


def test_the_id_asked_for_shows_the_top_rows(faculty: Env) -> None:
    plan, results, _ = faculty.ask("연봉 상위 3명 교수 번호")
    expected = faculty.frames["교수_연봉"].nlargest(3, "연봉").교수_번호.tolist()
    assert results is not None, plan.summary
    assert [r[0] for r in results.rows] == expected


@pytest.mark.parametrize("question", ["which manufacturer's cereals have the highest average sugars?",
                                      "which maker has the highest average sugars?"])
def test_which_names_the_linked_table_ranked(cereals: Env, question: str) -> None:
    plan, results, _ = cereals.ask(question)
    frame = cereals.frames["cereals"].merge(cereals.frames["makers"], on="maker_id", suffixes=("", "_maker"))
    best = frame.groupby("name_maker").sugars.mean().idxmax()
    assert results is not None, plan.summary
    assert results.rows[0][0] == best


@pytest.fixture(scope="module")
def voters(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(33)
    ages = [age for age in range(18, 71) for _ in range(5 + (age * 37) % 53)]  # no two ages as often
    n = len(ages)
    frame = pd.DataFrame({"응답자번호": range(1, n + 1), "나이": rng.permutation(ages),
                          "월소득": rng.integers(1, 40, n) * 2500, "성별": rng.choice(["남성", "여성"], n)})
    return single_env(Path(tmp_path_factory.mktemp("voters")), "투표조사", frame, text_dates=False)


def test_the_number_column_a_korean_superlative_of_people_describes_is_grouped(voters: Env) -> None:
    counts = voters.frames["투표조사"].groupby("나이").size().sort_values(ascending=False, kind="stable")
    assert counts.iloc[2] != counts.iloc[3], "the test data needs no tie at the cut"
    plan, results, _ = voters.ask("응답자가 제일 많은 나이 상위 3개")
    assert results is not None, plan.summary
    assert [(row[0], row[1]) for row in results.rows] == list(counts.head(3).items())


def test_the_superlative_of_a_measure_is_still_its_extreme(voters: Env) -> None:
    plan, results, _ = voters.ask("여성 응답자 중 가장 높은 월소득은?")
    assert results is not None and len(results.rows) == 1, plan.summary
    assert voters.frames["투표조사"].query("성별 == '여성'")["월소득"].max() in results.rows[0]


def test_an_age_before_a_question_word_is_no_count_to_rank() -> None:
    assert read_cues("Among men aged 72, what's the lowest annual income?", "en").rankings[0].limit is None
