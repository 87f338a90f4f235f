"""Korean words for a table of pupils: 읽기 점수 (a nominalised verb), 여학생, 소규모 학급, 주 as a noun, X 여부별."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def pupils(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(41)
    n = 300
    frame = pd.DataFrame(
        {
            "student_id": range(1, n + 1),
            "math_score": rng.integers(300, 700, n),
            "reading_score": rng.integers(300, 700, n),
            "sex": rng.choice(["boy", "girl"], n),
            "class_type": rng.choice(["small.class", "regular"], n),
            "free_lunch": rng.choice(["yes", "no"], n),
            "state": rng.choice(["CA", "TX", "NY"], n),
        }
    )
    return single_env(Path(tmp_path_factory.mktemp("pupils")), "students", frame, text_dates=False)


def _one(env: Env, question: str) -> float:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.summary
    return float(results.rows[0][0])


def test_reading_score_of_girls(pupils: Env) -> None:
    frame = pupils.frames["students"]
    assert _one(pupils, "여학생 읽기 점수 평균 알려줘") == pytest.approx(
        frame[frame.sex == "girl"].reading_score.mean()
    )


def test_a_two_word_value_said_in_korean(pupils: Env) -> None:
    frame = pupils.frames["students"]
    assert _one(pupils, "소규모 학급 학생은 몇 명이야?") == (frame.class_type == "small.class").sum()


def test_state_as_a_noun_is_counted(pupils: Env) -> None:
    assert _one(pupils, "주는 모두 몇 개야?") == pupils.frames["students"].state.nunique()


def test_by_whether_groups_by_the_flag(pupils: Env) -> None:
    frame = pupils.frames["students"]
    _, results, _ = pupils.ask("무료 급식 여부별 평균 읽기 점수")
    assert results is not None
    expected = frame.groupby("free_lunch").reading_score.mean()
    got = {str(row[0]).lower(): row[1] for row in results.rows}  # the CSV's yes/no may load as booleans
    assert got == pytest.approx({"true" if k == "yes" else "false": v for k, v in expected.items()}) or got == (
        pytest.approx(expected.to_dict())
    )
