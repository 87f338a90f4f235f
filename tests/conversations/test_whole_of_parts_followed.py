"""A whole of parts (deaths of every cause) stays the whole when a follow-up swaps the period."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from tests.helpers.answers import final, rows
from tests.helpers.chat_agents import agent_on_tables


def test_the_causes_added_stay_added_in_a_follow_up(tmp_path: Path, conversation: str) -> None:
    rng = np.random.default_rng(1855)
    months = pd.date_range("1854-04-01", periods=24, freq="MS")
    frame = pd.DataFrame({"월": months.strftime("%Y-%m-%d"), "질병_사망": rng.integers(0, 2800, 24),
                          "부상_사망": rng.integers(0, 300, 24), "기타_사망": rng.integers(0, 360, 24)})
    agent = agent_on_tables(tmp_path, {"월별_사망": frame})
    frame["전체"] = frame["질병_사망"] + frame["부상_사망"] + frame["기타_사망"]
    year = frame["월"].str[:4]
    assert rows(final(agent, "1854년 총 사망자 수는?", conversation)) == [[frame.loc[year == "1854", "전체"].sum()]]
    assert rows(final(agent, "1855년은?", conversation)) == [[frame.loc[year == "1855", "전체"].sum()]]

