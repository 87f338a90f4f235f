"""Groups kept by their number of rows: schools with more than N students, in a count, an average and a share."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env


@pytest.fixture(scope="module")
def pupils(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(5)
    sizes = rng.integers(20, 160, 30)
    sizes[sizes == 90] = 91  # no school sits on a cut
    school = np.repeat(np.arange(1, 31), sizes)
    n = len(school)
    students = pd.DataFrame({"student_id": range(1, n + 1), "school_id": school,
                             "math_score": rng.integers(300, 700, n), "free_lunch": rng.choice(["yes", "no"], n)})
    schools = pd.DataFrame({"school_id": range(1, 31), "district": rng.choice(["north", "south"], 30)})
    return tables_env(Path(tmp_path_factory.mktemp("pupils")), {"students": students, "schools": schools})


def _sizes(env: Env) -> pd.Series:
    return env.frames["students"].groupby("school_id").size()


def _one(env: Env, question: str) -> float:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql
    return float(results.rows[0][0])


def test_how_many_schools_have_more_than_n_students(pupils: Env) -> None:
    assert _one(pupils, "How many schools have more than 90 students?") == (_sizes(pupils) > 90).sum()
    assert _one(pupils, "학생 수 70명 미만 학교는 몇 곳?") == (_sizes(pupils) < 70).sum()


def test_the_students_of_schools_of_a_size(pupils: Env) -> None:
    frame, sizes = pupils.frames["students"], _sizes(pupils)
    kept = frame[frame.school_id.isin(sizes[sizes < 45].index)]
    assert _one(pupils, "average math score of students at schools with fewer than 45 students") == pytest.approx(
        kept.math_score.mean())
    big = frame[frame.school_id.isin(sizes[sizes > 90].index)]
    asked = "학생 수가 90명 넘는 학교에 다니는 학생들의 평균 수학 점수"
    assert _one(pupils, asked) == pytest.approx(big.math_score.mean())


def test_a_share_among_the_students_of_schools_of_a_size(pupils: Env) -> None:
    frame, sizes = pupils.frames["students"], _sizes(pupils)
    big = frame[frame.school_id.isin(sizes[sizes > 90].index)]
    plan, results, _ = pupils.ask("학생 수 90명 넘는 학교들의 무료 급식 학생 비율은?")
    assert results is not None and plan.sql is not None and "IN (SELECT" in plan.sql
    assert results.rows[0][0] == pytest.approx(100 * (big.free_lunch == "yes").mean(), abs=0.01)


def test_schools_listed_by_their_size_stay_grouped(pupils: Env) -> None:
    sizes = _sizes(pupils)
    _, results, _ = pupils.ask("which schools have more than 140 students?")
    assert results is not None
    assert sorted(row[0] for row in results.rows) == sorted(sizes[sizes > 140].index)
