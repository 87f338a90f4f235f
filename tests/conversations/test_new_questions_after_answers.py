"""A complete question after an answer is answered on its own: a ranking that counts the rows it names."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from tests.helpers.answers import final, rows
from tests.helpers.chat_agents import agent_on_tables


def test_a_ranking_that_counts_its_own_rows_is_a_new_question(tmp_path: Path, conversation: str) -> None:
    rng = np.random.default_rng(76)
    n = 150
    firms = pd.DataFrame({"firm_id": range(1, n + 1), "assets": rng.integers(100, 9000, n),
                          "sector": rng.choice(["banking", "mining", "transport"], n, p=[0.2, 0.5, 0.3]),
                          "interlocks": rng.integers(0, 90, n)})
    agent = agent_on_tables(tmp_path, {"firms": firms})
    final(agent, "average interlocks by sector", conversation)
    answer = final(agent, "which sector has the most firms?", conversation)
    assert rows(answer) == [[firms["sector"].value_counts().idxmax(), firms["sector"].value_counts().max()]]
