"""Breakdowns in their groups' order: numbered bands as bands, "from youngest to oldest", 연령대가 올라갈수록."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.analysts.offline.schema.bands import band_order
from tests.helpers.analyst_envs import Env, single_env

BANDS = ["25세 미만", "25-29세", "30-35세", "35세 초과"]


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(41)
    frame = pd.DataFrame([{"지역": f"{d}지역", "연령대": band, "가입자_수": int(rng.integers(50, 900)),
                           "청구_건수": int(rng.integers(5, 120))} for d in range(1, 5) for band in BANDS])
    return single_env(Path(tmp_path_factory.mktemp("claims")), "자동차_보험", frame, text_dates=False)


@pytest.fixture(scope="module")
def visits(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(42)
    n = 600
    frame = pd.DataFrame({"person_id": range(1, n + 1), "age": rng.choice([19, 27, 37, 47, 57, 67], n),
                          "annual_income": rng.choice([0, 1500, 4500, 9000, 15000], n),
                          "doctor_visits": rng.integers(0, 5, n)})
    return single_env(Path(tmp_path_factory.mktemp("visits")), "health_survey", frame, text_dates=False)


def labels(env: Env, question: str) -> list:
    plan, results, _ = env.ask(question)
    assert results is not None, plan.summary
    return [row[0] for row in results.rows]


def test_numbered_bands_sort_as_bands_not_as_text() -> None:
    assert band_order(["25-29세", "35세 초과", "25세 미만", "30-35세"]) == BANDS
    litres = ["1리터 미만", "1-1.5리터", "1.5-2리터", "2리터 초과"]
    assert band_order([litres[1], litres[3], litres[0], litres[2]]) == litres
    assert band_order(["10지역", "2지역", "1지역"]) == ["1지역", "2지역", "10지역"]
    assert band_order(["North", "South"]) is None


def test_a_breakdown_by_bands_lists_them_in_band_order(claims: Env) -> None:
    assert labels(claims, "연령대별 가입자 수 합계") == BANDS
    assert labels(claims, "지역별 청구 건수 합계") == ["1지역", "2지역", "3지역", "4지역"]


@pytest.mark.parametrize(("question", "ascending"), [
    ("average doctor visits for each age, from youngest to oldest", True),
    ("average doctor visits at each income level, from the highest income to the lowest", False),
    ("How does the average number of doctor visits change with age? Show each age from oldest to youngest.", False),
])
def test_from_one_end_to_the_other_is_every_group_in_order(visits: Env, question: str, ascending: bool) -> None:
    column = "annual_income" if "income" in question else "age"
    plan, results, _ = visits.ask(question)
    assert results is not None, plan.summary
    expected = visits.frames["health_survey"].groupby(column).doctor_visits.mean().sort_index(ascending=ascending)
    assert [row[0] for row in results.rows] == list(expected.index)
    assert [row[1] for row in results.rows] == pytest.approx(list(expected.values))


def test_as_a_korean_group_rises_the_breakdown_follows_it(claims: Env) -> None:
    assert labels(claims, "연령대가 올라갈수록 청구 건수 합계는 어떻게 변해?") == BANDS
    assert labels(claims, "연령대가 낮아질수록 청구 건수 합계는 어떻게 돼?") == BANDS[::-1]
