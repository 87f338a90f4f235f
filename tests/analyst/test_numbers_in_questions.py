"""Numbers and values in questions: `a drinking age of 21`, `at least 2000` (no year), (yes / no) a breakdown."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.analysts.offline.question.cues import read_cues
from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def laws(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(8)
    n = 120
    frame = pd.DataFrame({"state": [f"S{i % 20}" for i in range(n)], "year": 1998 + np.arange(n) // 20,
                          "drinking_age": rng.choice([18.0, 19.0, 20.5, 21.0], n),
                          "sample_size": rng.integers(500, 3000, n), "fatality_rate": rng.uniform(1, 3, n).round(3),
                          "mandatory_jail": rng.choice(["yes", "no"], n)})
    return single_env(Path(tmp_path_factory.mktemp("laws")), "laws", frame, text_dates=False)


def value(env: Env, question: str) -> float:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql or plan.summary
    return float(results.rows[0][0])


def test_a_measure_of_a_number_is_that_value(laws: Env) -> None:
    frame = laws.frames["laws"]
    expected = frame[(frame.drinking_age == 21) & (frame.year == 2001)].state.nunique()
    assert value(laws, "how many states had a drinking age of 21 in 2001?") == expected


@pytest.mark.parametrize("question", ["average fatality rate in rows with a sample size of at least 2000",
                                      "sample size가 2000 이상인 행의 평균 fatality rate"])
def test_a_compared_four_digit_number_is_no_year(laws: Env, question: str) -> None:
    frame = laws.frames["laws"]
    assert value(laws, question) == pytest.approx(frame[frame.sample_size >= 2000].fatality_rate.mean())


def test_every_value_of_a_column_listed_is_a_breakdown(laws: Env) -> None:
    plan, results, _ = laws.ask("average fatality rate by mandatory jail (yes / no)")
    frame = laws.frames["laws"]
    assert results is not None, plan.summary
    expected = frame.groupby("mandatory_jail").fatality_rate.mean()
    got = {{True: "yes", False: "no"}.get(r[0], r[0]): r[1] for r in results.rows}  # DuckDB reads yes/no as booleans
    assert got == pytest.approx(expected.to_dict())


@pytest.mark.parametrize("question", ["how many years does the data cover?", "데이터는 몇 개 연도를 다루고 있어?"])
def test_how_many_years_counts_a_year_columns_values(laws: Env, question: str) -> None:
    assert value(laws, question) == laws.frames["laws"].year.nunique()


def test_at_least_one_is_a_bound_not_a_ranking() -> None:
    assert read_cues("How many different dates had at least one poll?", "en").rankings == []


@pytest.fixture(scope="module")
def workers(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(17)
    n = 600
    frame = pd.DataFrame({"worker_id": range(1, n + 1), "age": rng.integers(18, 65, n),
                          "wage": rng.integers(800, 4000, n) / 100, "hours": rng.integers(10, 60, n)})
    return single_env(Path(tmp_path_factory.mktemp("workers")), "workers", frame, text_dates=False)


@pytest.mark.parametrize("question", ["average wage of workers aged 30", "average wage at age 30"])
def test_aged_a_number_is_that_age_on_a_column_of_many_ages(workers: Env, question: str) -> None:
    frame = workers.frames["workers"]
    assert value(workers, question) == pytest.approx(frame[frame.age == 30].wage.mean())


def test_a_number_after_age_without_aged_is_not_read_as_equal_when_compared(workers: Env) -> None:
    frame = workers.frames["workers"]
    assert value(workers, "how many workers are older than 60?") == (frame.age > 60).sum()


@pytest.mark.parametrize(("question", "n", "largest"), [
    ("Which three years had the highest average fatality rate?", 3, True),
    ("the two years with the lowest average fatality rate", 2, False),
    ("top four years by average fatality rate", 4, True),
])
def test_a_spelled_number_is_how_many_to_rank(laws: Env, question: str, n: int, largest: bool) -> None:
    plan, results, _ = laws.ask(question)
    by_year = laws.frames["laws"].groupby("year").fatality_rate.mean().sort_values(ascending=not largest)
    assert results is not None, plan.summary
    assert [row[0] for row in results.rows] == list(by_year.index[:n])


def test_which_one_is_no_count_to_rank() -> None:
    assert read_cues("which one had the highest fatality rate?", "en").rankings[0].limit is None
