"""Scores as people say them: 드로잉 점수, 15점, the colour score (columns named drawing, colour), in Korean too."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env

SCHOOLS = pd.DataFrame({"school_code": list("ABCD"), "school_name": ["Renaissance", "Mannerist", "Venetian",
                                                                     "Lombard"]})


@pytest.fixture(scope="module")
def painters(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(1708)
    n = 60
    frame = pd.DataFrame({"painter": [f"Painter {i}" for i in range(n)], "school_code": rng.choice(list("ABCD"), n),
                          "composition": rng.integers(0, 19, n), "drawing": rng.integers(6, 19, n),
                          "colour": rng.integers(0, 19, n), "expression": rng.integers(0, 19, n)})
    env = tables_env(Path(tmp_path_factory.mktemp("painters")), {"painters": frame, "schools": SCHOOLS})
    return env, frame.merge(SCHOOLS, on="school_code")


def test_a_score_and_its_points_are_the_measure_compared(painters: tuple[Env, pd.DataFrame]) -> None:
    env, frame = painters
    _, results, answer = env.ask("드로잉 점수가 15점 이상인 화가는 몇 명인가요?")
    assert results is not None and results.rows[0][0] == (frame.drawing >= 15).sum()
    assert not answer.content.count("사용하지 못한")


def test_the_school_with_the_best_average_colour_score(painters: tuple[Env, pd.DataFrame]) -> None:
    env, frame = painters
    means = frame.groupby("school_name").colour.mean()
    _, results, _ = env.ask("평균 색채 점수가 제일 높은 화파는?")
    assert results is not None and results.rows[0][0] == means.idxmax()
    assert results.rows[0][1] == pytest.approx(means.max())
