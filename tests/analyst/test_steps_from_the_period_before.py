"""전년보다 떨어진 해는 몇 번, months that rose from the month before: each period against the one before, counted."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, sample_env, tables_env


@pytest.fixture(scope="module")
def airlines(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(21)
    rows = [{"airline": name, "year": year, "output": round(float(rng.uniform(0.2, 2.0)), 3),
             "fuel_price": int(rng.integers(100_000, 900_000))}
            for name in ("North Air", "South Air", "East Air") for year in range(1970, 1985)]
    return tables_env(Path(tmp_path_factory.mktemp("airlines")), {"airline_years": pd.DataFrame(rows)})


def _steps(series: pd.Series, fell: bool) -> int:
    moved = series.sort_index().diff().dropna()
    return int((moved < 0).sum() if fell else (moved > 0).sum())


def test_years_the_average_fell_from_the_year_before(airlines: Env) -> None:
    frame = airlines.frames["airline_years"]
    plan, results, answer = airlines.ask("평균 fuel price가 전년보다 떨어진 해는 몇 번이에요?")
    assert results is not None, plan.summary
    assert results.rows[0][0] == _steps(frame.groupby("year").fuel_price.mean(), fell=True)
    assert results.rows[0][1] == frame.year.nunique() - 1
    assert "LAG" in (plan.sql or "").upper()


def test_one_airlines_output_and_english(airlines: Env) -> None:
    frame = airlines.frames["airline_years"]
    north = frame[frame.airline == "North Air"].set_index("year").output
    _, results, _ = airlines.ask("North Air output이 전년보다 줄어든 해는 몇 번이야?")
    assert results is not None and results.rows[0][0] == _steps(north, fell=True)
    _, results, _ = airlines.ask("In how many years did the average fuel price rise from the year before?")
    assert results is not None and results.rows[0][0] == _steps(frame.groupby("year").fuel_price.mean(), fell=False)


def test_months_that_rose_from_the_month_before(tmp_path: Path) -> None:
    rng = np.random.default_rng(4)
    months = pd.date_range("2020-01-01", periods=24, freq="MS")
    frame = pd.DataFrame({"month": months.date, "sales": rng.integers(100, 900, 24)})
    env = tables_env(tmp_path, {"monthly_sales": frame})
    _, results, _ = env.ask("전월보다 sales가 늘어난 달은 몇 개월이야?")
    assert results is not None and results.rows[0][0] == _steps(frame.set_index("month").sales, fell=False)


def test_how_much_it_fell_is_not_a_count_of_years(airlines: Env) -> None:
    plan, _, _ = airlines.ask("1984년 평균 fuel price는 전년보다 얼마나 떨어졌어?")
    assert "LAG" not in (plan.sql or "").upper()


def test_a_kind_of_event_is_its_quantity_per_month() -> None:
    env = sample_env()
    moves = env.frames["stock_movements"]
    shipped = moves[moves.movement_type == "shipment"]
    per_month = shipped.groupby(pd.to_datetime(shipped.movement_date).dt.to_period("M")).quantity.sum()
    _, results, _ = env.ask("출고량이 전월보다 늘어난 달은 몇 개월이야?")
    assert results is not None and tuple(results.rows[0]) == (_steps(per_month, fell=False), len(per_month) - 1)


def test_the_top_months_of_a_monthly_table_are_named_by_their_dates(tmp_path: Path) -> None:
    rng = np.random.default_rng(6)
    months = pd.date_range("2020-01-31", periods=24, freq="ME")
    frame = pd.DataFrame({"month": months.date, "sales": rng.permutation(np.arange(100, 124) * 7)})
    env = tables_env(tmp_path, {"monthly_sales": frame})
    _, results, _ = env.ask("sales 많았던 달 상위 3개")
    top = frame.nlargest(3, "sales")
    assert results is not None and [(str(r[0]), r[-1]) for r in results.rows] == [
        (str(d), v) for d, v in zip(top.month, top.sales, strict=True)]
