"""Durations no column stores: the days from one date of a row to a later one (생존 기간, 재임 일수, survival)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.analysts.offline.schema.index import index_for
from agent.data.guard import check_sql
from tests.helpers.analyst_envs import Env, tables_env


@pytest.fixture(scope="module")
def patients(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(3)
    n = 400
    diagnosed = pd.Timestamp("1985-01-01") + pd.to_timedelta(rng.integers(0, 2000, n), unit="D")
    died = rng.random(n) < 0.6
    death = [d + pd.Timedelta(days=int(k)) if dead else pd.NaT
             for d, k, dead in zip(diagnosed, rng.integers(0, 1500, n), died, strict=True)]
    frame = pd.DataFrame({"patient_id": np.arange(1, n + 1), "state": rng.choice(["NSW", "VIC", "QLD"], n),
                          "diagnosis_date": diagnosed.date, "death_date": [d.date() if d is not pd.NaT else None
                                                                            for d in death],
                          "status": np.where(died, "dead", "alive"), "age": rng.integers(18, 80, n)})
    return tables_env(Path(tmp_path_factory.mktemp("patients")), {"patients": frame})


def _survival(env: Env) -> pd.Series:
    frame = env.frames["patients"]
    dead = frame[frame.status == "dead"]
    return (pd.to_datetime(dead.death_date) - pd.to_datetime(dead.diagnosis_date)).dt.days


def test_the_average_survival_of_those_who_died(patients: Env) -> None:
    plan, results, _ = patients.ask("사망자 평균 생존 기간은 며칠이에요?")
    assert results is not None and results.rows[0][0] == pytest.approx(_survival(patients).mean()), plan.sql
    assert "DATE_DIFF" in plan.sql
    check_sql(plan.sql, ["patients"])  # the computed days pass the same guard as any query


def test_the_median_survival_by_state_in_english(patients: Env) -> None:
    frame = patients.frames["patients"]
    dead = frame[frame.status == "dead"]
    days = (pd.to_datetime(dead.death_date) - pd.to_datetime(dead.diagnosis_date)).dt.days
    expected = days.groupby(dead.state).median()
    _, results, _ = patients.ask("Median survival in days of the patients who died, by state")
    assert results is not None and dict(results.rows) == pytest.approx(dict(expected))


def test_the_total_is_in_days_not_a_count_of_days(patients: Env) -> None:
    _, results, _ = patients.ask("사망자들 생존 일수 다 합치면 며칠이야?")
    assert results is not None and results.rows[0][0] == _survival(patients).sum()


@pytest.fixture(scope="module")
def terms(tmp_path_factory: pytest.TempPathFactory) -> Env:
    starts = pd.to_datetime(["1961-01-20", "1963-11-22", "1969-01-20", "1974-08-09", "1977-01-20"])
    ends = pd.to_datetime(["1963-11-22", "1969-01-20", "1974-08-09", "1977-01-20", "1981-01-20"])
    frame = pd.DataFrame({"임기_번호": range(1, 6), "대통령": ["케네디", "존슨", "닉슨", "포드", "카터"],
                          "시작일": starts.date, "종료일": ends.date})
    return tables_env(Path(tmp_path_factory.mktemp("terms")), {"대통령_임기": frame})


def test_a_term_length_in_days(terms: Env) -> None:
    frame = terms.frames["대통령_임기"]
    row = frame[frame.대통령 == "닉슨"].iloc[0]
    expected = (pd.Timestamp(row.종료일) - pd.Timestamp(row.시작일)).days
    plan, results, _ = terms.ask("닉슨 재임 기간은 며칠이었어?")
    assert results is not None and results.rows[0][0] == expected, plan.sql


def test_each_term_length(terms: Env) -> None:
    frame = terms.frames["대통령_임기"]
    days = (pd.to_datetime(frame.종료일) - pd.to_datetime(frame.시작일)).dt.days
    _, results, _ = terms.ask("대통령별 재임 일수 보여줘")
    assert results is not None and dict(results.rows) == dict(zip(frame.대통령, days, strict=True))


def test_two_dates_in_either_order_make_no_duration(tmp_path: Path) -> None:
    rng = np.random.default_rng(9)
    a = pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 300, 50), unit="D")
    b = pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 300, 50), unit="D")
    env = tables_env(tmp_path, {"visits": pd.DataFrame({"first_visit": a.date, "survey_date": b.date,
                                                         "score": rng.integers(0, 10, 50)})})
    index = index_for(env.catalog, env.database)
    assert not [c for c in index.columns if c.span]
