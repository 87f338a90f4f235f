"""The most common value, the lowest and highest, 서로 다른, a value word of a two-word value, currency words, units."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.analysts.offline.writing.format import number
from tests.helpers.analyst_envs import Env, single_env, tables_env


@pytest.fixture(scope="module")
def houses(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(3)
    n = 200
    frame = pd.DataFrame({"house_id": range(1, n + 1), "price": rng.integers(20, 190, n) * 1000 + 250,
                          "lot_size": rng.integers(1500, 16000, n), "stories": rng.choice([1, 2, 2, 2, 3, 4], n),
                          "bathrooms": rng.integers(1, 4, n), "driveway": rng.choice(["yes", "no"], n)})
    return single_env(Path(tmp_path_factory.mktemp("houses")), "houses", frame, text_dates=False)


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(9)
    days = pd.bdate_range("1985-01-01", "1986-12-31")
    codes = ["GBP", "CAD", "JPY"]
    frame = pd.DataFrame([{"date": d.date(), "currency_code": c, "rate": round(float(rng.uniform(*span)), 4)}
                          for d in days for c, span in zip(codes, [(1.0, 1.6), (0.7, 0.8), (0.004, 0.007)],
                                                            strict=True)])
    currencies = pd.DataFrame({"currency_code": codes, "name_ko": ["영국 파운드", "캐나다 달러", "일본 엔"]})
    return tables_env(Path(tmp_path_factory.mktemp("rates")), {"rates": frame, "currencies": currencies})


def _row(env: Env, question: str) -> list:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql or plan.summary
    return list(results.rows[0])


def test_the_most_common_value_is_the_one_with_the_most_rows(houses: Env) -> None:
    counts = houses.frames["houses"].stories.value_counts()
    assert _row(houses, "which number of stories is the most common?") == [counts.idxmax(), counts.max()]


def test_the_lowest_and_highest_of_one_measure_are_its_min_and_max(houses: Env) -> None:
    frame = houses.frames["houses"]
    kept = frame[frame.driveway == "no"]
    assert _row(houses, "For houses without a driveway, what are the lowest and highest prices?") == [
        kept.price.min(), kept.price.max()]
    two = frame[frame.bathrooms == 2]
    assert _row(houses, "욕실 2개인 집의 최저 가격과 최고 가격은?") == [two.price.min(), two.price.max()]


def test_the_average_between_the_two_ends_is_asked_too(houses: Env) -> None:
    frame = houses.frames["houses"]
    row = _row(houses, "For houses with a driveway, give me the lowest, the average and the highest price.")
    kept = frame[frame.driveway == "yes"].price
    assert sorted(row) == pytest.approx(sorted([kept.min(), kept.mean(), kept.max()]))


def test_seoro_dareun_counts_distinct_values(houses: Env) -> None:
    assert _row(houses, "서로 다른 대지 면적 값은 몇 개야?") == [houses.frames["houses"].lot_size.nunique()]


def test_a_word_of_a_two_word_korean_value_names_it(rates: Env) -> None:
    frame = rates.frames["rates"]
    assert _row(rates, "파운드 최저 환율은?")[0] == pytest.approx(frame[frame.currency_code == "GBP"].rate.min())


def test_a_currency_said_alone_that_the_data_lacks_gets_no_figure(rates: Env) -> None:
    plan, results, answer = rates.ask("원-달러 환율 평균은 얼마야?")
    assert plan.sql is None and results is None and answer.confidence < 0.5


def test_a_year_outside_the_dates_is_refused_with_the_dates_held(rates: Env) -> None:
    plan, _, answer = rates.ask("1988년 캐나다 달러 평균 환율은?")
    assert plan.sql is None and "1985-01-01" in answer.content


def test_a_small_rate_keeps_its_figures() -> None:
    assert number(0.003595) == "0.0036" and number(0.0512) == "0.0512" and number(1234.5) == "1,234.50"


def test_the_day_a_rate_was_lowest_ranks_days_by_the_rate(rates: Env) -> None:
    frame = rates.frames["rates"]
    pound = frame[frame.currency_code == "GBP"]
    rows = _rows_of(rates, "파운드가 가장 쌌던 날은 언제야?")
    assert str(rows[0][0])[:10] == str(pound.loc[pound.rate.idxmin(), "date"])[:10]


def _rows_of(env: Env, question: str) -> list[list]:
    plan, results, _ = env.ask(question)
    assert results is not None, plan.summary
    return [list(r) for r in results.rows]


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(21)
    codes = ["CA", "KY", "NY", "TX", "OH", "UT"]
    frame = pd.DataFrame([{"state": s, "year": y, "packs_per_capita": round(float(rng.uniform(50, 190)), 3)}
                          for s in codes for y in range(1990, 1996)])
    return single_env(Path(tmp_path_factory.mktemp("states")), "state_years", frame, text_dates=False)


def test_a_state_named_in_full_is_its_code(states: Env) -> None:
    frame = states.frames["state_years"]
    row = frame[(frame.state == "CA") & (frame.year == 1995)].packs_per_capita.iloc[0]
    assert _row(states, "캘리포니아 1995년 1인당 팩 수")[0] == pytest.approx(row)
    assert _row(states, "What was California's packs per capita in 1995?")[0] == pytest.approx(row)
    plan, _, answer = states.ask("What was Alaska's packs per capita in 1995?")
    assert plan.sql is None and "Alaska" in answer.content



@pytest.fixture(scope="module")
def fuel(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(12)
    frame = pd.DataFrame([{"항공사": airline, "연도": year, "연료_가격": int(rng.integers(100_000, 900_000))}
                          for airline in ("항공사 A", "항공사 B", "항공사 C") for year in range(1970, 1985)])
    return single_env(Path(tmp_path_factory.mktemp("fuel")), "항공사_연도", frame, text_dates=False)


@pytest.mark.parametrize(("question", "agg"), [
    ("항공사별로 연료 가격 제일 낮았던 값 알려줘", "min"),
    ("항공사별로 연료 가격이 가장 높았던 기록은?", "max"),
    ("각 항공사의 가장 높은 연료 가격은?", "max"),
])
def test_each_groups_extreme_said_after_its_measure_or_after_each(fuel: Env, question: str, agg: str) -> None:
    plan, results, _ = fuel.ask(question)
    assert results is not None, plan.summary
    expected = fuel.frames["항공사_연도"].groupby("항공사")["연료_가격"].agg(agg)
    assert {row[0]: row[1] for row in results.rows} == expected.to_dict()


@pytest.fixture(scope="module")
def house_features(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(13)
    n = 300
    frame = pd.DataFrame({"house_id": range(1, n + 1), "price": rng.integers(20, 190, n) * 1000,
                          "driveway": rng.choice(["yes", "no"], n, p=[0.8, 0.2]),
                          "full_basement": rng.choice(["yes", "no"], n), "garage_places": rng.integers(0, 4, n)})
    return single_env(Path(tmp_path_factory.mktemp("house_features")), "houses", frame, text_dates=False)


def test_korean_words_for_a_houses_features_name_its_english_columns(house_features: Env) -> None:
    frame = house_features.frames["houses"]
    share = _row(house_features, "진입로 있는 집 비율")[0]
    assert share == pytest.approx(round(100 * (frame.driveway == "yes").mean(), 2))
    plan, results, _ = house_features.ask("차고 자리 수별 평균 가격")
    assert results is not None, plan.summary
    expected = frame.groupby("garage_places").price.mean().to_dict()
    assert {row[0]: row[1] for row in results.rows} == pytest.approx(expected)


@pytest.fixture(scope="module")
def priced_houses(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(21)
    n = 150
    frame = pd.DataFrame({"house_id": range(1, n + 1), "price": rng.integers(25_000, 190_000, n) // 100 * 100,
                          "garage_places": rng.integers(0, 4, n), "air_conditioning": rng.choice(["yes", "no"], n)})
    return single_env(Path(tmp_path_factory.mktemp("houses")), "houses", frame, text_dates=False), frame


def test_the_highest_price_in_one_word_is_the_highest_price_per_group(priced_houses: tuple[Env, pd.DataFrame]) -> None:
    env, frame = priced_houses
    _, results, _ = env.ask("차고 자리 수별 최고가 보여줘")
    assert results is not None and dict(results.rows) == frame.groupby("garage_places").price.max().to_dict()
    _, results, _ = env.ask("에어컨 있는 집의 최저가는?")
    assert results is not None and results.rows[0][-1] == frame[frame.air_conditioning == "yes"].price.min()
