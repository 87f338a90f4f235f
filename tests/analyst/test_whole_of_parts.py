"""Deaths on a table of deaths by cause and no column of all deaths: the causes added, each said when asked alone."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def deaths(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(1854)
    months = pd.date_range("1854-04-01", periods=24, freq="MS")
    frame = pd.DataFrame({"month": months.date, "army_size": rng.integers(8000, 48000, 24),
                          "disease_deaths": rng.integers(0, 2800, 24), "wound_deaths": rng.integers(0, 300, 24),
                          "other_deaths": rng.integers(0, 360, 24)})
    return single_env(Path(tmp_path_factory.mktemp("deaths")), "monthly_deaths", frame, text_dates=False), frame


def total(frame: pd.DataFrame) -> pd.Series:
    return frame["disease_deaths"] + frame["wound_deaths"] + frame["other_deaths"]


def figure(env: Env, question: str) -> float:
    plan, results, answer = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql
    return float(results.rows[0][-1])


def test_all_deaths_are_the_causes_added(deaths: tuple[Env, pd.DataFrame]) -> None:
    env, frame = deaths
    assert figure(env, "total deaths over the whole data") == total(frame).sum()
    q4 = frame[pd.to_datetime(frame["month"]).between("1854-10-01", "1854-12-01")]
    assert figure(env, "1854년 4분기 총 사망자 수") == total(q4).sum()


def test_the_header_names_the_parts_added(deaths: tuple[Env, pd.DataFrame]) -> None:
    plan, results, answer = deaths[0].ask("total deaths over the whole data")
    assert results is not None
    assert all(part in results.columns[-1].lower() for part in ("disease", "wound", "other"))


def test_one_cause_said_is_that_cause_alone(deaths: tuple[Env, pd.DataFrame]) -> None:
    env, frame = deaths
    _, results, _ = env.ask("top 3 months by deaths from wounds")
    assert results is not None and [row[-1] for row in results.rows] == sorted(frame["wound_deaths"], reverse=True)[:3]
    assert figure(env, "total disease deaths") == frame["disease_deaths"].sum()


def test_how_big_is_the_figure_asked(deaths: tuple[Env, pd.DataFrame]) -> None:
    env, frame = deaths
    june = frame.loc[pd.to_datetime(frame["month"]) == "1855-06-01", "army_size"].item()
    assert figure(env, "How big was the army in June 1855?") == june


@pytest.mark.parametrize("question", ["average monthly deaths", "월평균 사망자는?"])
def test_a_monthly_average_on_one_row_per_month_is_one_figure(deaths: tuple[Env, pd.DataFrame],
                                                              question: str) -> None:
    env, frame = deaths
    assert figure(env, question) == pytest.approx(total(frame).mean())


def test_a_cause_share_of_a_months_deaths_is_of_all_its_deaths(deaths: tuple[Env, pd.DataFrame]) -> None:
    env, frame = deaths
    january = frame[pd.to_datetime(frame["month"]) == "1855-01-01"]
    expected = 100 * january["disease_deaths"].sum() / total(january).sum()
    assert figure(env, "1855년 1월 사망자 가운데 질병 사망 비율이 몇 %야?") == pytest.approx(expected, abs=0.01)


def test_a_period_share_of_one_causes_deaths_is_still_the_periods(deaths: tuple[Env, pd.DataFrame]) -> None:
    env, frame = deaths
    in_1855 = pd.to_datetime(frame["month"]).dt.year == 1855
    expected = 100 * frame.loc[in_1855, "disease_deaths"].sum() / frame["disease_deaths"].sum()
    plan, results, _ = env.ask("What share of disease deaths were in 1855?")
    assert results is not None and float(results.rows[0][0]) == pytest.approx(expected, abs=0.01), plan.sql
