"""Numbers with units pick their column (80 degrees: the temperature), and seasons are years."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def weather(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(7)
    frame = pd.DataFrame({"month": np.repeat([6, 7, 8], 30), "day": np.tile(np.arange(1, 31), 3),
                          "temp": rng.integers(60, 100, 90), "wind": rng.integers(2, 20, 90).astype(float),
                          "ozone": rng.integers(5, 150, 90)})
    return single_env(Path(tmp_path_factory.mktemp("weather")), "weather", frame, text_dates=False)


@pytest.fixture(scope="module")
def seasons(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(11)
    frame = pd.DataFrame({"player": [f"p{i % 40}" for i in range(400)], "year": 1990 + np.arange(400) // 40,
                          "runs": rng.integers(0, 120, 400)})
    return single_env(Path(tmp_path_factory.mktemp("seasons")), "batting", frame, text_dates=False)


def one_value(env: Env, question: str) -> float:
    plan, results, _ = env.ask(question)
    assert results is not None, plan.summary
    assert len(results.rows) == 1 and len(results.rows[0]) == 1, plan.sql
    return float(results.rows[0][0])


@pytest.mark.parametrize(("question", "expected"), [
    ("how many days hit 80 degrees or more?", lambda w: (w.temp >= 80).sum()),
    ("how many days in July were above 90 degrees?", lambda w: ((w.month == 7) & (w.temp > 90)).sum()),
    ("기온이 90도 넘게 더웠던 날들 평균 오존이 얼마야?", lambda w: w[w.temp > 90].ozone.mean()),
    ("85도 이상인 날은 며칠이야?", lambda w: (w.temp >= 85).sum()),
])
def test_a_unit_after_a_number_names_the_column_compared(weather: Env, question: str, expected) -> None:
    assert one_value(weather, question) == pytest.approx(float(expected(weather.frames["weather"])))


def test_a_korean_adjective_beside_a_comparison_ranks_nothing(weather: Env) -> None:
    plan, _, _ = weather.ask("기온이 90도 넘게 더웠던 날들 평균 오존이 얼마야?")
    assert plan.sql is not None and "ORDER BY" not in plan.sql and "MAX(" not in plan.sql


@pytest.mark.parametrize("question", ["total runs in the last 3 seasons", "최근 3시즌 득점 합계"])
def test_the_last_seasons_are_the_latest_years(seasons: Env, question: str) -> None:
    frame = seasons.frames["batting"]
    assert one_value(seasons, question) == frame[frame.year > frame.year.max() - 3].runs.sum()
