"""`When` asks for the date: the row ranked first shows its date column before its name."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def polls(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(12)
    frame = pd.DataFrame({"poll_id": range(1, 61), "poll_date": pd.date_range("2006-01-03", periods=60, freq="7D"),
                          "support": rng.permutation(np.linspace(30, 55, 60)).round(3)})
    return single_env(Path(tmp_path_factory.mktemp("polls")), "polls", frame, text_dates=False)


@pytest.mark.parametrize("question", ["when was support the highest?", "support가 가장 높았던 조사는 언제야?"])
def test_when_shows_the_date_of_the_top_row(polls: Env, question: str) -> None:
    frame = polls.frames["polls"]
    plan, results, _ = polls.ask(question)
    assert results is not None, plan.summary
    first = results.rows[0]
    assert str(first[0])[:10] == str(frame.loc[frame.support.idxmax(), "poll_date"])[:10]
    assert float(first[-1]) == pytest.approx(frame.support.max())
