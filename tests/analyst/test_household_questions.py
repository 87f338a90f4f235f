"""Households as people ask about them: 1인 가구 and 혼자 사는 (the size column), 가구당, 총지출 (a name)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env


def _households(english: bool = False) -> pd.DataFrame:
    rng = np.random.default_rng(1980)
    n = 400
    frame = pd.DataFrame({"가구_번호": np.arange(1, n + 1), "식비_비중": rng.uniform(0, 0.8, n).round(3),
                          "총지출_페세타": rng.integers(20_000, 3_000_000, n), "나이": rng.integers(20, 90, n),
                          "가구원수": rng.integers(1, 8, n), "성별": rng.choice(["남성", "여성"], n)})
    frame["도시규모_코드"] = rng.integers(1, 6, n)
    frame.loc[:9, "식비_비중"] = 0.0
    if english:
        return frame.rename(columns={"가구_번호": "household_id", "식비_비중": "food_share",
                                     "총지출_페세타": "total_expenditure", "나이": "age", "가구원수": "household_size",
                                     "성별": "sex", "도시규모_코드": "town_size_code"})
    return frame


@pytest.fixture(scope="module")
def korean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    frame = _households()
    return tables_env(Path(tmp_path_factory.mktemp("ko")), {"가구_지출": frame}), frame


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    frame = _households(english=True)
    return tables_env(Path(tmp_path_factory.mktemp("en")), {"households": frame}), frame


def _one(env: Env, question: str) -> object:
    _, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, question
    return results.rows[0][0]


@pytest.mark.parametrize(("question", "size"), [("1인 가구는 몇 가구예요?", 1), ("3인 가구는 몇 가구야?", 3),
                                                ("혼자 사는 가구 수", 1)])
def test_a_number_of_people_before_a_household_is_its_size(korean: tuple[Env, pd.DataFrame], question: str,
                                                             size: int) -> None:
    env, frame = korean
    assert _one(env, question) == (frame.가구원수 == size).sum()


def test_more_people_than_a_number_compares_the_size(korean: tuple[Env, pd.DataFrame]) -> None:
    env, frame = korean
    expected = frame.loc[frame.가구원수 >= 5, "총지출_페세타"].mean()
    assert _one(env, "5인 이상 가구 평균 총지출") == pytest.approx(expected)


def test_a_measure_said_to_be_a_number_is_no_household_size(korean: tuple[Env, pd.DataFrame]) -> None:
    env, frame = korean
    assert _one(env, "식비 비중이 0인 가구 몇 곳이야?") == (frame.식비_비중 == 0).sum()


def test_a_share_of_the_households_of_one(korean: tuple[Env, pd.DataFrame]) -> None:
    env, frame = korean
    assert _one(env, "1인 가구 비율은 몇 %?") == pytest.approx(100 * (frame.가구원수 == 1).mean(), abs=0.01)


def test_per_household_on_a_table_of_households_is_each_row(korean: tuple[Env, pd.DataFrame]) -> None:
    env, frame = korean
    assert _one(env, "가구당 평균 총지출은 얼마예요?") == pytest.approx(frame.총지출_페세타.mean())


def test_a_total_written_onto_a_measure_is_its_name_beside_another_aggregate(
        korean: tuple[Env, pd.DataFrame]) -> None:
    env, frame = korean
    _, results, _ = env.ask("가구주 성별 평균 총지출 보여줘")
    assert results is not None and results.columns == ["성별", "평균 총지출 페세타"]
    assert dict(results.rows) == pytest.approx(frame.groupby("성별").총지출_페세타.mean().to_dict())
    _, results, _ = env.ask("총지출 최솟값, 최댓값, 평균 한 번에 보여줘")
    spent = frame.총지출_페세타
    assert results is not None and list(results.rows[0]) == pytest.approx([spent.min(), spent.max(), spent.mean()])


def test_the_median_total_in_english_is_one_measure(english: tuple[Env, pd.DataFrame]) -> None:
    env, frame = english
    _, results, _ = env.ask("median total expenditure by sex")
    assert results is not None and len(results.columns) == 2
    assert dict(results.rows) == pytest.approx(frame.groupby("sex").total_expenditure.median().to_dict())


@pytest.mark.parametrize("decade", [20, 40])
def test_tens_before_dae_are_an_age_band(korean: tuple[Env, pd.DataFrame], decade: int) -> None:
    env, frame = korean
    heads = frame[frame.나이.between(decade, decade + 9)]
    assert _one(env, f"{decade}대 가구주 가구는 몇 개야?") == len(heads)
    assert _one(env, f"{decade}대 여성 가구주 평균 총지출") == pytest.approx(
        heads.loc[heads.성별 == "여성", "총지출_페세타"].mean())


def test_an_english_number_of_persons_is_the_household_size(korean: tuple[Env, pd.DataFrame]) -> None:
    env, frame = korean  # the Korean column 가구원수, asked in English
    assert _one(env, "How many 3-person households are there?") == (frame.가구원수 == 3).sum()


def test_the_median_total_of_a_measure_named_in_another_language_is_one_measure(
        korean: tuple[Env, pd.DataFrame]) -> None:
    env, frame = korean
    _, results, _ = env.ask("median total expenditure by 성별")
    assert results is not None and len(results.columns) == 2
    assert dict(results.rows) == pytest.approx(frame.groupby("성별").총지출_페세타.median().to_dict())


def test_a_percent_on_a_share_kept_as_a_fraction_is_its_hundredth(korean: tuple[Env, pd.DataFrame]) -> None:
    env, frame = korean
    share = frame.식비_비중
    assert _one(env, "식비 비중 30% 미만인 가구들 평균 총지출은?") == pytest.approx(
        frame.loc[share < 0.3, "총지출_페세타"].mean())
    assert _one(env, "식비 비중이 20%에서 40% 사이인 가구 수") == share.between(0.2, 0.4).sum()
    over = 100 * (share > 0.5).mean()
    assert _one(env, "식비 비중이 50%를 넘는 가구는 전체의 몇 %야?") == pytest.approx(over, abs=0.01)
    assert _one(env, "식비 비중이 0.5 넘는 가구 수") == (share > 0.5).sum()


def test_an_average_by_a_code_is_of_the_measure_named_not_of_counts(korean: tuple[Env, pd.DataFrame]) -> None:
    env, frame = korean
    _, results, _ = env.ask("도시규모 코드별 평균 총지출 보여줘")
    assert results is not None and dict(results.rows) == pytest.approx(
        frame.groupby("도시규모_코드").총지출_페세타.mean().to_dict())
