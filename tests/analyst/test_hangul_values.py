"""Latin-letter values written in Hangul (텍사스: Texas, 아메리칸리그: American) are found, and only those."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.analysts.offline.schema.sounds import sound_distance
from tests.helpers.analyst_envs import Env, single_env


@pytest.mark.parametrize(("korean", "latin"), [
    ("아메리칸", "American"), ("내셔널리그", "National League"), ("텍사스", "Texas"), ("도르트문트", "Dortmund"),
    ("쾰른", "Köln"), ("슈투트가르트", "Stuttgart"), ("워싱턴", "Washington"), ("버지니아", "Virginia"),
    ("캘리포니아", "California"), ("펜실베이니아", "Pennsylvania"),
])
def test_a_loanword_sounds_like_the_value_it_spells(korean: str, latin: str) -> None:
    assert sound_distance(korean, latin) is not None


@pytest.mark.parametrize(("korean", "latin"), [
    ("오클랜드", "Gary Gaetti"), ("텍사스", "Toyota"), ("애플", "Apple Inc"), ("버지니아", "West Virginia"),
    ("애슬레틱스", "Third base"), ("도르트문트", "Dallas"),
])
def test_other_words_do_not(korean: str, latin: str) -> None:
    assert sound_distance(korean, latin) is None


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(3)
    names = ["Texas", "Virginia", "West Virginia", "Pennsylvania", "Oregon", "Nebraska"]
    frame = pd.DataFrame({"state": np.repeat(names, 5), "year": np.tile(np.arange(1990, 1995), len(names)),
                          "unemployment_rate": rng.uniform(2, 12, 5 * len(names)).round(2)})
    return single_env(Path(tmp_path_factory.mktemp("states")), "state_years", frame, text_dates=False)


@pytest.mark.parametrize(("question", "state"), [
    ("펜실베이니아의 평균 실업률은?", "Pennsylvania"), ("네브래스카 평균 실업률", "Nebraska"),
    ("버지니아 평균 실업률", "Virginia"),
])
def test_a_state_named_in_hangul_filters_on_its_value(states: Env, question: str, state: str) -> None:
    plan, results, _ = states.ask(question)
    frame = states.frames["state_years"]
    assert results is not None, plan.summary
    assert results.rows[0][0] == pytest.approx(frame[frame.state == state].unemployment_rate.mean())
    assert any("느슨" in reason for reason in plan.confidence_reasons), plan.confidence_reasons
