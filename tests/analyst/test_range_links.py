"""A table of ranges (reigns with a first and a last year) joins the years that fall in each range."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.analysts.offline.schema.index import index_for
from tests.helpers.analyst_envs import Env, tables_env

REIGNS = pd.DataFrame({"reign_id": [1, 2, 3, 4], "monarch": ["Charles I", "Commonwealth", "Charles II", "James II"],
                       "start_year": [1625, 1649, 1660, 1685], "end_year": [1648, 1659, 1684, 1688]})


def _years(seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    years = np.arange(1629, 1689)
    return pd.DataFrame({"year": years, "christenings": rng.integers(5000, 16000, len(years)),
                         "deaths": rng.integers(8000, 30000, len(years))})


@pytest.fixture(scope="module")
def london(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    frame = _years(1629)
    env = tables_env(Path(tmp_path_factory.mktemp("london")), {"london_years": frame, "reigns": REIGNS})
    reign = frame["year"].map(lambda y: REIGNS.loc[(REIGNS.start_year <= y) & (y <= REIGNS.end_year), "monarch"].item())
    return env, frame.assign(monarch=reign)


def test_the_years_are_linked_to_the_reign_they_fall_in(london: tuple[Env, pd.DataFrame]) -> None:
    index = index_for(london[0].catalog, london[0].database)
    links = [(link.column, link.target, link.key, link.until) for link in index.tables["london_years"].links]
    assert ("year", "reigns", "start_year", "end_year") in links


def test_a_reign_named_keeps_its_years(london: tuple[Env, pd.DataFrame]) -> None:
    env, frame = london
    plan, results, _ = env.ask("total deaths under Charles II")
    assert results is not None and results.rows[0][-1] == frame.loc[frame.monarch == "Charles II", "deaths"].sum()
    plan, results, _ = env.ask("Average deaths per year under James II?")
    assert results is not None and results.rows[0][-1] == pytest.approx(
        frame.loc[frame.monarch == "James II", "deaths"].mean())


def test_a_breakdown_by_reign_sums_its_years(london: tuple[Env, pd.DataFrame]) -> None:
    env, frame = london
    _, results, _ = env.ask("total christenings by monarch")
    assert results is not None and dict(results.rows) == frame.groupby("monarch")["christenings"].sum().to_dict()


def test_overlapping_ranges_are_no_link(tmp_path: Path) -> None:
    overlapping = REIGNS.assign(end_year=[1650, 1662, 1686, 1688])  # 1649-1650 in two reigns
    env = tables_env(tmp_path, {"london_years": _years(7), "reigns": overlapping})
    index = index_for(env.catalog, env.database)
    assert not [link for link in index.tables["london_years"].links if link.until]


def _terms(extra: list[tuple[str, str, str]]) -> pd.DataFrame:
    rows = [("Eisenhower", "1953-01-20", "1961-01-20"), ("Kennedy", "1961-01-20", "1963-11-22"),
            ("Johnson", "1963-11-22", "1969-01-20")] + extra
    frame = pd.DataFrame(rows, columns=["president", "start_date", "end_date"])
    return frame.assign(term_id=range(1, len(rows) + 1), start_date=pd.to_datetime(frame.start_date),
                        end_date=pd.to_datetime(frame.end_date))


def _months() -> pd.DataFrame:
    dates = pd.date_range("1955-01-31", "1968-12-31", freq="ME")
    return pd.DataFrame({"date": dates, "unemployed": np.arange(len(dates)) * 7 + 2000})


def test_month_ends_link_to_the_term_holding_them_and_a_backwards_range_is_ignored(tmp_path: Path) -> None:
    backwards = [("Typo", "1967-01-01", "1958-01-01")]  # start after end: holds no month, takes none away
    env = tables_env(tmp_path, {"monthly": _months(), "terms": _terms(backwards)})
    index = index_for(env.catalog, env.database)
    assert [(link.column, link.key, link.until) for link in index.tables["monthly"].links if link.until] == [
        ("date", "start_date", "end_date")]


def test_a_month_in_no_term_is_no_link(tmp_path: Path) -> None:
    months = pd.concat([_months(), pd.DataFrame({"date": [pd.Timestamp("1975-01-31")], "unemployed": [1]})])
    env = tables_env(tmp_path, {"monthly": months, "terms": _terms([])})
    index = index_for(env.catalog, env.database)
    assert not [link for link in index.tables["monthly"].links if link.until]


def test_korean_start_and_end_dates_named_in_one_word_link_the_months(tmp_path: Path) -> None:
    terms = _terms([]).rename(columns={"president": "대통령", "start_date": "시작일", "end_date": "종료일",
                                       "term_id": "임기_번호"})
    months = _months().rename(columns={"date": "날짜", "unemployed": "실업자수"})
    env = tables_env(tmp_path, {"월별_지표": months, "대통령_임기": terms})
    _, results, _ = env.ask("대통령별 평균 실업자수")
    term_of = {m: t.대통령 for _, t in terms.iterrows() for m in months.날짜 if t.시작일 <= m <= t.종료일}
    expected = months.assign(대통령=months.날짜.map(term_of)).groupby("대통령").실업자수.mean().to_dict()
    assert results is not None and dict(results.rows) == pytest.approx(expected)
