"""주 on US-state tables is a state, not a week or a filler: counted, grouped by, and filtered through joins."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.data.catalog import build_catalog
from agent.data.database import Database
from tests.helpers.analyst_envs import Env


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> Env:
    folder = Path(tmp_path_factory.mktemp("states"))
    divisions = pd.DataFrame({"division_id": [1, 2, 3], "name": ["Pacific", "Mountain", "New England"],
                              "region": ["West", "West", "Northeast"]})
    states = pd.DataFrame({"state_id": range(1, 9), "name": ["California", "Oregon", "Washington", "Utah", "Idaho",
                                                             "Nevada", "Maine", "Vermont"],
                           "division_id": [1, 1, 1, 2, 2, 2, 3, 3]})
    rng = np.random.default_rng(4)
    facts = pd.DataFrame({"state_id": np.repeat(states.state_id, 4), "year": np.tile([1982, 1983, 1984, 1985], 8),
                          "unemployment_rate": rng.uniform(3, 12, 32).round(2)})
    frames = {"divisions": divisions, "states": states, "state_years": facts}
    for name, frame in frames.items():
        frame.to_csv(folder / f"{name}.csv", index=False)
    database = Database.from_folder(folder)
    return Env(database, build_catalog(database), frames)


def rows(env: Env, question: str) -> dict[object, object]:
    plan, results, _ = env.ask(question)
    assert results is not None, plan.summary
    return {r[0]: r[-1] for r in results.rows}


def test_states_counted_by_region(states: Env) -> None:
    joined = states.frames["states"].merge(states.frames["divisions"], on="division_id", suffixes=("", "_division"))
    assert rows(states, "region별 주 개수") == joined.groupby("region").size().to_dict()


def test_states_of_one_division_counted(states: Env) -> None:
    plan, results, _ = states.ask("Mountain 디비전에 속한 주는 몇 개야?")
    assert results is not None and [list(r) for r in results.rows] == [[3]], plan.sql


def test_by_state_on_a_table_without_dates(states: Env) -> None:
    facts = states.frames["state_years"].merge(states.frames["states"], on="state_id")
    assert rows(states, "주별 평균 실업률") == pytest.approx(facts.groupby("name").unemployment_rate.mean().to_dict())


def test_which_state_had_the_highest_figure(states: Env) -> None:
    facts = states.frames["state_years"].merge(states.frames["states"], on="state_id")
    year = facts[facts.year == 1983].set_index("name").unemployment_rate
    plan, results, _ = states.ask("1983년에 실업률이 가장 높았던 주는?")
    assert results is not None, plan.summary
    assert results.rows[0][0] == year.idxmax() and results.rows[0][-1] == pytest.approx(year.max())


@pytest.mark.parametrize("question", ["how many state-years had an unemployment rate above 8%?",
                                      "실업률이 8%를 넘는 주-연도는 몇 건이야?"])
def test_state_years_are_the_rows_of_the_panel(states: Env, question: str) -> None:
    plan, results, _ = states.ask(question)
    facts = states.frames["state_years"]
    assert results is not None, plan.summary
    assert results.rows[0][0] == (facts.unemployment_rate > 8).sum()


def test_a_value_the_measure_was(states: Env) -> None:
    facts = states.frames["state_years"]
    plan, results, _ = states.ask("average unemployment rate of state-years where the year was 1984")
    assert results is not None, plan.summary
    assert results.rows[0][0] == pytest.approx(facts[facts.year == 1984].unemployment_rate.mean())


def test_the_state_with_the_highest_average_over_its_years(states: Env) -> None:
    facts = states.frames["state_years"].merge(states.frames["states"], on="state_id")
    means = facts[facts.division_id == 2].groupby("name").unemployment_rate.mean()
    plan, results, _ = states.ask("Mountain 디비전에서 평균 실업률이 가장 높은 주는?")
    assert results is not None, plan.summary
    assert results.rows[0][0] == means.idxmax() and results.rows[0][-1] == pytest.approx(means.max())
