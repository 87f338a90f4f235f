"""Columns that count things (bedrooms), 'no X, no Y' and "don't have", '10 million', and 'all the states'."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def houses(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(7)
    n = 240
    frame = pd.DataFrame(
        {
            "house_id": range(1, n + 1),
            "price": rng.integers(20, 190, n) * 1000 + 500,
            "lot_size": rng.integers(1500, 16000, n),
            "bedrooms": rng.integers(1, 6, n),
            "bathrooms": rng.integers(1, 4, n),
            "garage_places": rng.integers(0, 3, n),
            "driveway": rng.choice(["yes", "no"], n, p=[0.8, 0.2]),
            "air_conditioning": rng.choice(["yes", "no"], n),
            "full_basement": rng.choice(["yes", "no"], n),
        }
    )
    return single_env(Path(tmp_path_factory.mktemp("houses")), "houses", frame, text_dates=False)


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(11)
    names = [f"S{i:02d}" for i in range(12)]
    rows = [(s, y) for s in names for y in range(1990, 1996)]
    frame = pd.DataFrame(
        {
            "state": [s for s, _ in rows],
            "year": [y for _, y in rows],
            "population": rng.integers(500_000, 30_000_000, len(rows)),
            "income": rng.integers(10_000_000, 900_000_000, len(rows)),
        }
    )
    return single_env(Path(tmp_path_factory.mktemp("states")), "state_years", frame, text_dates=False)


def _one(env: Env, question: str) -> float:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1 and len(results.rows[0]) == 1, plan.summary
    return float(results.rows[0][0])


def _yes(values: pd.Series) -> pd.Series:
    return values == "yes"


def test_total_number_of_a_counted_column_sums_it(houses: Env) -> None:
    frame = houses.frames["houses"]
    assert _one(houses, "total number of bedrooms in the houses that have a full basement") == (
        frame[_yes(frame.full_basement)].bedrooms.sum()
    )


def test_for_each_number_of_groups_by_the_counted_column(houses: Env) -> None:
    frame = houses.frames["houses"]
    _, results, _ = houses.ask("median lot size for each number of bathrooms")
    assert results is not None
    assert {row[0]: row[1] for row in results.rows} == pytest.approx(
        frame.groupby("bathrooms").lot_size.median().to_dict()
    )


def test_no_before_each_flag_negates_each(houses: Env) -> None:
    frame = houses.frames["houses"]
    kept = frame[(frame.garage_places == 0) & ~_yes(frame.driveway) & ~_yes(frame.air_conditioning)]
    assert _one(houses, "Average price of houses with no garage, no driveway and no air conditioning") == (
        pytest.approx(kept.price.mean())
    )


def test_dont_have_negates_the_flag(houses: Env) -> None:
    frame = houses.frames["houses"]
    assert _one(houses, "How many houses don't have a driveway?") == (~_yes(frame.driveway)).sum()


def test_sold_for_compares_the_price(houses: Env) -> None:
    frame = houses.frames["houses"]
    assert _one(houses, "how many houses sold for more than 115,000?") == (frame.price > 115_000).sum()


def test_a_row_count_is_never_compared_without_groups(houses: Env) -> None:
    plan, _, _ = houses.ask("how many houses are there with more than 115,000?")
    assert "HAVING" not in (plan.sql or "")


def test_ten_million_people_is_a_population_cut(states: Env) -> None:
    frame = states.frames["state_years"]
    kept = frame[(frame.year == 1993) & (frame.population > 10_000_000)]
    assert _one(states, "in 1993, how many states had more than 10 million people?") == kept.state.nunique()


def test_all_the_states_is_one_total_not_a_breakdown(states: Env) -> None:
    frame = states.frames["state_years"]
    assert _one(states, "total personal income of all states in 1992") == frame[frame.year == 1992].income.sum()


def test_as_many_states_as_the_data_holds_is_the_whole(states: Env) -> None:
    frame = states.frames["state_years"]
    assert _one(states, "1995년 12개 주 인구 합계는?") == frame[frame.year == 1995].population.sum()
