"""인원이 가장 많은 교육 연수: the values of a number column ranked by how many people have each, not the people."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(11)
    n = 900
    frame = pd.DataFrame({"person_id": np.arange(1, n + 1),
                          "education_years": rng.uniform(0, 20, n).round(1),
                          "age": rng.integers(16, 70, n), "wage": rng.uniform(5, 40, n).round(2),
                          "sex": rng.choice(["Male", "Female"], n)})
    frame.loc[rng.choice(n, 120, replace=False), "education_years"] = 12.0  # the most common values
    frame.loc[rng.choice(n, 60, replace=False), "education_years"] = 16.0
    frame.loc[rng.choice(n, 30, replace=False), "education_years"] = 10.0
    env = tables_env(Path(tmp_path_factory.mktemp("survey")), {"survey": frame})
    return env, frame


@pytest.mark.parametrize("question", ["인원이 가장 많은 교육 연수 값 상위 3개",
                                      "사람 수가 가장 많은 교육 연수 상위 3개"])
def test_the_values_most_people_have(survey: tuple[Env, pd.DataFrame], question: str) -> None:
    env, frame = survey
    _, results, _ = env.ask(question)
    counts = frame.education_years.value_counts().head(3)
    assert results is not None and [tuple(r) for r in results.rows] == list(counts.items())


def test_a_measure_ranked_without_people_still_ranks_the_rows(survey: tuple[Env, pd.DataFrame]) -> None:
    env, frame = survey
    _, results, _ = env.ask("wage 가장 높은 사람 3명")
    assert results is not None and [r[-1] for r in results.rows] == list(frame.wage.nlargest(3))
