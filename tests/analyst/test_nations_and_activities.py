"""Firms named by where they are controlled from (UK-controlled, US-based, American) and by what they do (banks)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env

NATIONS = pd.DataFrame({"nation_code": ["CAN", "OTH", "UK", "US"],
                        "country_name": ["Canada", "Other", "United Kingdom", "United States"]})
SECTORS = pd.DataFrame({"sector_code": ["BNK", "MAN", "MIN", "TRN"],
                        "sector_name": ["banking", "heavy manufacturing", "mining and metals", "transport"]})


@pytest.fixture(scope="module")
def firms(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(7)
    n = 120
    frame = pd.DataFrame({"firm_id": range(1, n + 1), "assets_millions": rng.integers(60, 9000, n),
                          "sector_code": rng.choice(SECTORS["sector_code"], n, p=[0.1, 0.4, 0.3, 0.2]),
                          "nation_code": rng.choice(NATIONS["nation_code"], n, p=[0.55, 0.1, 0.12, 0.23]),
                          "interlocks": rng.integers(0, 60, n)})
    env = tables_env(Path(tmp_path_factory.mktemp("firms")),
                     {"firms": frame, "sectors": SECTORS, "nations": NATIONS})
    return env, frame


def answer(env: Env, question: str) -> float:
    """The one figure asked (a share's first column, before its part and whole)."""
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.summary
    return float(results.rows[0][0])


@pytest.mark.parametrize(("question", "code"), [
    ("What share of the firms are UK-controlled?", "UK"),
    ("What percentage of firms are US-controlled?", "US"),
])
def test_a_country_before_a_hyphen_is_the_firms_nation(firms: tuple[Env, pd.DataFrame], question: str,
                                                       code: str) -> None:
    env, frame = firms
    share = (frame["nation_code"] == code).mean()
    assert answer(env, question) == pytest.approx(share * 100, abs=0.01)


@pytest.mark.parametrize(("question", "code"), [
    ("How many US-based firms are there?", "US"),
    ("How many American firms are there?", "US"),
    ("How many Canadian firms are in the data?", "CAN"),
])
def test_a_demonym_or_a_based_country_counts_its_firms(firms: tuple[Env, pd.DataFrame], question: str,
                                                        code: str) -> None:
    env, frame = firms
    assert answer(env, question) == (frame["nation_code"] == code).sum()


def test_what_a_firm_does_counts_the_firms_not_the_sector_row(firms: tuple[Env, pd.DataFrame]) -> None:
    env, frame = firms
    assert answer(env, "How many banks are there?") == (frame["sector_code"] == "BNK").sum()


def test_a_dimension_named_with_code_groups_by_the_code(firms: tuple[Env, pd.DataFrame]) -> None:
    env, frame = firms
    plan, results, _ = env.ask("국가 코드별 기업 수 알려줘")
    assert results is not None and dict(results.rows) == frame["nation_code"].value_counts().to_dict()
    _, results, _ = env.ask("평균 interlocks가 제일 낮은 국가 코드는 어디야?")
    assert results is not None and results.rows[0][0] == frame.groupby("nation_code")["interlocks"].mean().idxmin()
    _, results, _ = env.ask("국가별 기업 수")
    assert results is not None and {row[0] for row in results.rows} <= set(NATIONS["country_name"])


@pytest.mark.parametrize(("question", "code"), [
    ("How many US-controlled firms are there and what are their average assets?", "US"),
    ("캐나다 기업 수랑 평균 자산 같이 보여줘", "CAN"),
])
def test_a_count_and_a_measure_asked_together_are_both_given(firms: tuple[Env, pd.DataFrame], question: str,
                                                              code: str) -> None:
    env, frame = firms
    plan, results, _ = env.ask(question)
    kept = frame[frame["nation_code"] == code]
    assert results is not None and len(results.rows) == 1, plan.sql
    assert list(results.rows[0]) == [len(kept), pytest.approx(kept["assets_millions"].mean())]


def test_a_counter_read_as_a_noun_after_its_number_is_still_the_counter(firms: tuple[Env, pd.DataFrame]) -> None:
    env, frame = firms
    plan, results, answer = env.ask("자산이 가장 작은 기업 3곳은?")
    assert results is not None and [row[-1] for row in results.rows] == sorted(frame["assets_millions"])[:3]
    assert "곳" not in answer.content  # no word left unused
