"""Rows where a value is recorded or missing: counts, shares among them, and the recorded values' own aggregates."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(11)
    n = 400
    wage = rng.uniform(8, 40, n).round(2)
    wage[rng.random(n) < 0.4] = np.nan  # about four in ten gave no wage
    frame = pd.DataFrame({"person_id": range(1, n + 1), "hourly_wage": wage, "age": rng.integers(16, 70, n),
                          "sex": rng.choice(["Female", "Male"], n)})
    return tables_env(Path(tmp_path_factory.mktemp("survey")), {"labour_survey": frame})


def _one(env: Env, question: str) -> float:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, (question, plan.sql)
    return float(results.rows[0][0])


def test_people_with_and_without_a_recorded_value_are_counted(survey: Env) -> None:
    frame = survey.frames["labour_survey"]
    assert _one(survey, "How many respondents have a recorded hourly wage?") == frame.hourly_wage.notna().sum()
    assert _one(survey, "시급이 기록된 사람은 몇 명이야?") == frame.hourly_wage.notna().sum()
    assert _one(survey, "시급이 기록 안 된 사람은 몇 명이야?") == frame.hourly_wage.isna().sum()
    assert _one(survey, "How many people have no wage recorded?") == frame.hourly_wage.isna().sum()


def test_a_share_among_those_with_a_recorded_value(survey: Env) -> None:
    frame = survey.frames["labour_survey"]
    recorded = frame[frame.hourly_wage.notna()]
    women = 100 * (recorded.sex == "Female").mean()
    assert _one(survey, "Among people with a recorded wage, what share are women?") == pytest.approx(women, abs=0.01)
    high = 100 * (recorded.hourly_wage >= 20).mean()
    assert _one(survey, "시급 있는 사람 중에서 시급이 20달러 이상인 사람 비율은?") == pytest.approx(high, abs=0.01)
    missing = 100 * frame.hourly_wage.isna().mean()
    assert _one(survey, "What percentage of respondents have no wage recorded?") == pytest.approx(missing, abs=0.01)


def test_the_recorded_values_keep_their_own_aggregate(survey: Env) -> None:
    frame = survey.frames["labour_survey"]
    assert _one(survey, "What's the sum of all the recorded hourly wages?") == pytest.approx(frame.hourly_wage.sum())
    oldest = frame[frame.hourly_wage.notna()].age.max()
    assert _one(survey, "임금이 기록된 사람 중에 제일 나이 많은 사람은 몇 살이에요?") == oldest


def test_a_flag_said_with_있는_stays_a_flag(tmp_path: Path) -> None:
    houses = pd.DataFrame({"house_id": range(1, 9), "price": [50, 60, 70, 80, 90, 100, 110, 120],
                           "air_conditioning": ["yes", "no"] * 4})
    env = tables_env(tmp_path, {"houses": houses})
    plan, results, _ = env.ask("에어컨 있는 집은 몇 채?")
    assert results is not None and results.rows[0][0] == 4 and plan.sql is not None and "IS NULL" not in plan.sql
