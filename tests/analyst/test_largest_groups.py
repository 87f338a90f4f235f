"""가장 큰 학교의 평균 점수, in the three largest schools, at schools over 120 students by class: sized groups' rows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env


@pytest.fixture(scope="module")
def schools(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(5)
    sizes = rng.permutation(np.arange(20, 20 + 3 * 30, 3))  # 30 schools, no two of one size
    school_ids = np.repeat(np.arange(1, 31), sizes)
    n = len(school_ids)
    students = pd.DataFrame({"student_id": np.arange(1, n + 1), "school_id": school_ids,
                             "class_type": rng.choice(["small", "regular", "aide"], n),
                             "math_score": rng.integers(300, 700, n), "teacher_experience": rng.integers(0, 30, n)})
    schools = pd.DataFrame({"school_id": np.arange(1, 31), "school_name": [f"School {i}" for i in range(1, 31)]})
    env = tables_env(Path(tmp_path_factory.mktemp("schools")), {"students": students, "schools": schools})
    return env, students


def _sizes(students: pd.DataFrame) -> pd.Series:
    return students.groupby("school_id").size().sort_values()


def test_the_largest_school_average(schools: tuple[Env, pd.DataFrame]) -> None:
    env, students = schools
    largest = _sizes(students).index[-1]
    _, results, _ = env.ask("가장 큰 학교의 평균 수학 점수는?")
    assert results is not None and results.rows[0][0] == pytest.approx(
        students[students.school_id == largest].math_score.mean())


def test_the_three_largest_schools_in_english(schools: tuple[Env, pd.DataFrame]) -> None:
    env, students = schools
    three = _sizes(students).index[-3:]
    _, results, _ = env.ask("What's the average teacher experience in the three largest schools?")
    assert results is not None and len(results.rows) == 1
    assert results.rows[0][0] == pytest.approx(students[students.school_id.isin(three)].teacher_experience.mean())


def test_a_count_in_the_smallest_school(schools: tuple[Env, pd.DataFrame]) -> None:
    env, students = schools
    smallest = _sizes(students).index[0]
    _, results, _ = env.ask("가장 작은 학교에서 소규모 학급 학생은 몇 명이야?")
    expected = ((students.school_id == smallest) & (students.class_type == "small")).sum()
    assert results is not None and results.rows[0][0] == expected


def test_which_school_is_largest_still_names_it(schools: tuple[Env, pd.DataFrame]) -> None:
    env, students = schools
    _, results, _ = env.ask("which school is the largest?")
    assert results is not None and "School" in str(results.rows[0][0]) and results.rows[0][-1] == _sizes(
        students).iloc[-1]


def test_a_breakdown_at_schools_of_a_size(schools: tuple[Env, pd.DataFrame]) -> None:
    env, students = schools
    big = _sizes(students)[lambda s: s > 60].index
    _, results, _ = env.ask("at schools with over 60 students, what's the average math score by class type?")
    expected = students[students.school_id.isin(big)].groupby("class_type").math_score.mean()
    assert results is not None and dict(results.rows) == pytest.approx(dict(expected))


def test_a_measure_said_before_the_adjective_ranks_the_schools(schools: tuple[Env, pd.DataFrame]) -> None:
    env, students = schools
    best = students.groupby("school_id").math_score.mean().idxmax()
    _, results, _ = env.ask("평균 수학 점수가 가장 큰 학교는?")
    assert results is not None and results.rows[0][0] == f"School {best}"


def test_the_largest_by_its_own_size_column(tmp_path: Path) -> None:
    rng = np.random.default_rng(8)
    warehouses = pd.DataFrame({"warehouse_id": [1, 2, 3, 4], "warehouse_name": ["North", "South", "East", "West"],
                               "floor_area": [900, 4000, 1500, 2500]})
    ids = np.repeat([1, 2, 3, 4], [60, 10, 25, 30])  # North has the most rows, South the largest floor
    stock = pd.DataFrame({"row_id": np.arange(len(ids)), "warehouse_id": ids,
                          "quantity": rng.integers(1, 500, len(ids))})
    env = tables_env(tmp_path, {"stock": stock, "warehouses": warehouses})
    plan, results, _ = env.ask("가장 큰 창고의 평균 quantity는?")
    assert results is not None and results.rows[0][0] == pytest.approx(stock[ids == 2].quantity.mean()), plan.sql
    _, results, _ = env.ask("total quantity in the two smallest warehouses")
    assert results is not None and results.rows[0][0] == stock[np.isin(ids, [1, 3])].quantity.sum()
