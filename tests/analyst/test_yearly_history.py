"""A table of one row per year, in history (1601 to 1700): years as years, counts in the row, annual figures."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, single_env, tables_env


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(1601)
    years = np.arange(1601, 1701)
    boys, girls = rng.integers(3000, 8000, len(years)), rng.integers(3000, 8000, len(years))
    frame = pd.DataFrame({"연도": years, "남아_혼인": boys, "여아_혼인": girls, "전체_혼인": boys + girls,
                          "역병_사망": rng.integers(0, 900, len(years))})
    return single_env(Path(tmp_path_factory.mktemp("parish")), "교구_혼인", frame, text_dates=False), frame


def figure(env: Env, question: str) -> float:
    """The one figure of a one-row answer."""
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1 and len(results.rows[0]) == 1, plan.sql
    return float(results.rows[0][0])


def test_a_year_column_before_1800_is_time(parish: tuple[Env, pd.DataFrame]) -> None:
    env, frame = parish
    assert figure(env, "1650년 역병 사망은?") == frame.loc[frame["연도"] == 1650, "역병_사망"].item()
    rows = frame[frame["연도"].between(1620, 1629)]
    assert figure(env, "average plague deaths in the 1620s") == pytest.approx(rows["역병_사망"].mean())


def test_counting_what_a_row_of_a_year_holds_is_its_count_not_one_row(parish: tuple[Env, pd.DataFrame]) -> None:
    env, frame = parish
    assert figure(env, "1677년 혼인 건수는?") == frame.loc[frame["연도"] == 1677, "전체_혼인"].item()
    assert figure(env, "연평균 혼인 건수는 얼마야?") == pytest.approx(frame["전체_혼인"].mean())


@pytest.fixture(scope="module")
def modern(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(1950)
    years = np.arange(1950, 2021)
    frame = pd.DataFrame({"연도": years, "여아_혼인": rng.integers(3000, 8000, len(years)),
                          "역병_사망": rng.integers(0, 900, len(years))})
    return single_env(Path(tmp_path_factory.mktemp("modern")), "혼인_통계", frame, text_dates=False), frame


@pytest.mark.parametrize(("question", "agg"), [
    ("연간 여아 혼인 건수의 중앙값을 알려줘", "median"),
    ("연간 역병 사망 최댓값은?", "max"),
    ("What was the yearly average of plague deaths?", "mean"),
])
def test_an_annual_figure_on_one_row_per_year_is_one_figure(modern: tuple[Env, pd.DataFrame], question: str,
                                                            agg: str) -> None:
    env, frame = modern
    column = "여아_혼인" if "여아" in question else "역병_사망"
    assert figure(env, question) == pytest.approx(getattr(frame[column], agg)())


def test_by_year_still_lists_the_years(parish: tuple[Env, pd.DataFrame], modern: tuple[Env, pd.DataFrame]) -> None:
    env, frame = parish
    _, results, _ = modern[0].ask("연도별 역병 사망 합계")
    assert results is not None and len(results.rows) == len(modern[1])
    _, results, _ = env.ask("연도별 역병 사망 합계")
    assert results is not None and len(results.rows) == len(frame)


@pytest.fixture(scope="module")
def counties(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(3)
    frame = pd.DataFrame([{"county_id": c, "year": y, "police_per_1000": round(float(rng.uniform(0.5, 4)), 3),
                           "crimes_per_1000": round(float(rng.uniform(5, 90)), 2)}
                          for c in range(1, 21) for y in range(1981, 1988)])
    return single_env(Path(tmp_path_factory.mktemp("counties")), "county_years", frame, text_dates=False), frame


def test_per_1000_people_is_no_year(counties: tuple[Env, pd.DataFrame]) -> None:
    env, frame = counties
    assert figure(env, "average crime rate in 1983, in crimes per 1,000 people") == pytest.approx(
        frame.loc[frame["year"] == 1983, "crimes_per_1000"].mean())
    _, results, _ = env.ask("average police per 1000 residents for each year")
    assert results is not None and [row[0] for row in results.rows] == list(range(1981, 1988))


@pytest.mark.parametrize("question", ["Why did plague deaths rise in 1665?", "1650년에 역병 사망이 왜 많았어?"])
def test_a_why_question_is_refused_with_its_reason(parish: tuple[Env, pd.DataFrame], question: str) -> None:
    plan, results, answer = parish[0].ask(question)
    assert plan.sql is None and results is None
    assert "why" in answer.content or "이유" in answer.content


def test_a_why_question_on_a_table_of_reasons_is_answered(tmp_path: Path) -> None:
    frame = pd.DataFrame({"order_id": range(1, 61), "cancel_reason": ["late", "price", "damaged"] * 20,
                          "amount": range(100, 160)})
    env = tables_env(tmp_path, {"cancellations": frame})
    plan, results, _ = env.ask("Why do customers cancel? Show the count by cancel reason")
    assert results is not None and sorted(row[0] for row in results.rows) == ["damaged", "late", "price"]


@pytest.mark.parametrize(("question", "first", "last"), [
    ("여아 혼인 비율, 1650년부터 1659년까지 합쳐서 보면?", 1650, 1659),
    ("전체 기간 혼인 중에 남아 비율은 몇 %야?", 1601, 1700),
])
def test_a_share_of_one_column_is_of_the_whole_column(parish: tuple[Env, pd.DataFrame], question: str, first: int,
                                                      last: int) -> None:
    env, frame = parish
    rows = frame[frame["연도"].between(first, last)]
    column = "여아_혼인" if "여아" in question else "남아_혼인"
    assert figure(env, question) == pytest.approx(100 * rows[column].sum() / rows["전체_혼인"].sum(), abs=0.01)


def test_decades_group_the_years(parish: tuple[Env, pd.DataFrame]) -> None:
    env, frame = parish
    by_decade = frame.groupby(frame["연도"] // 10 * 10)
    _, results, answer = env.ask("연대별 역병 사망 합계")
    assert results is not None and dict(results.rows) == by_decade["역병_사망"].sum().to_dict()
    assert "1600s~1700s" in answer.content
    _, results, _ = env.ask("Which decade had the most plague deaths?")
    assert results is not None and [list(r) for r in results.rows] == [
        [by_decade["역병_사망"].sum().idxmax(), by_decade["역병_사망"].sum().max()]]
    _, results, _ = env.ask("연대별 혼인 합계 상위 3개")
    assert results is not None and [r[0] for r in results.rows] == list(
        by_decade["전체_혼인"].sum().sort_values(ascending=False).index[:3])


def test_the_period_with_the_most_is_by_what_its_row_holds(parish: tuple[Env, pd.DataFrame]) -> None:
    env, frame = parish
    _, results, _ = env.ask("혼인이 가장 많은 해는?")
    top = frame.loc[frame["전체_혼인"].idxmax()]
    assert results is not None and list(results.rows[0]) == [top["연도"], top["전체_혼인"]]
