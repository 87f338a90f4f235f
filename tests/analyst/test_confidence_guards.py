"""Readings that leave out what the question named are not answered with high confidence."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, sample_env, single_env
from tests.helpers.sample import SAMPLE


@pytest.fixture(scope="module")
def cars(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(6)
    frame = pd.DataFrame({"model": [f"m{i}" for i in range(40)], "cyl": rng.choice([4, 6, 8], 40),
                          "mpg": rng.uniform(10, 34, 40).round(1)})
    return single_env(Path(tmp_path_factory.mktemp("cars")), "cars", frame, text_dates=False)


@pytest.fixture(scope="module")
def weather(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(1)
    frame = pd.DataFrame({"month": np.repeat([5, 6, 7], 30), "temp": rng.integers(55, 95, 90)})
    return single_env(Path(tmp_path_factory.mktemp("weather")), "weather", frame, text_dates=False)


def test_an_averaged_measure_the_plan_leaves_out(cars: Env) -> None:
    plan, results, _ = cars.ask("평균 연비(mpg)가 가장 높은 실린더 수는?")
    best = cars.frames["cars"].groupby("cyl").mpg.mean().idxmax()
    right = results is not None and results.rows and results.rows[0][0] == best
    assert right or plan.confidence < 0.8, plan.sql


def test_a_quantity_the_data_lacks_is_no_count_of_rows(weather: Env) -> None:
    plan, _, _ = weather.ask("강수량이 가장 많았던 달은?")
    assert plan.confidence < 0.8, plan.sql


def test_a_name_not_found_before_a_count_is_not_explained_away() -> None:
    plan, results, _ = sample_env().ask("한일 공급업체 부품 수")
    parts = pd.read_csv(SAMPLE / "parts.csv")
    hanil = int((parts.supplier_id == "SUP-01").sum())
    right = results is not None and results.rows == [(hanil,)]
    assert right or plan.confidence < 0.8, plan.sql


@pytest.fixture(scope="module")
def wages(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(9)
    frame = pd.DataFrame({"person": range(60), "region": rng.choice(["North", "South", "West"], 60),
                          "log_wage": rng.normal(1.6, 0.4, 60).round(3)})
    return single_env(Path(tmp_path_factory.mktemp("wages")), "wages", frame, text_dates=False)


def test_a_word_that_only_resembles_its_column_keeps_a_low_confidence(wages: Env) -> None:
    plan, _, _ = wages.ask("Which state has the highest average log wage?")  # no state: region resembles it
    assert plan.sql is None or plan.confidence < 0.8
    sure, _, _ = wages.ask("Which region has the highest average log wage?")
    assert sure.confidence >= 0.8, sure.summary
