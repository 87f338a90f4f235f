"""Shares: a period can be the part (polls in 2007 of all polls), and a share of rows where a rate is compared."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def polls(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(13)
    frame = pd.DataFrame({"poll_date": pd.date_range("2005-01-04", periods=150, freq="6D"),
                          "support_rate": rng.uniform(35, 60, 150).round(2),
                          "sample_size": rng.integers(500, 3000, 150)})
    return single_env(Path(tmp_path_factory.mktemp("polls")), "polls", frame, text_dates=False)


def percent(env: Env, question: str) -> float:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql or plan.summary
    return float(results.rows[0][0])


@pytest.mark.parametrize("question", ["What percentage of all polls were conducted in 2006?", "2006년 조사 비중은?"])
def test_a_period_is_the_part_of_all_rows(polls: Env, question: str) -> None:
    frame = polls.frames["polls"]
    expected = 100 * (pd.to_datetime(frame.poll_date).dt.year == 2006).mean()
    assert percent(polls, question) == pytest.approx(expected, abs=0.01)


def test_the_share_of_rows_where_a_rate_is_compared(polls: Env) -> None:
    frame = polls.frames["polls"]
    expected = 100 * (frame.support_rate >= 45).mean()
    got = percent(polls, "what share of the polls put support rate at 45 or more?")
    assert got == pytest.approx(expected, abs=0.01)
