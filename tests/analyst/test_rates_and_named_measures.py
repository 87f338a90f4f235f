"""'crime rate' / 범죄율 name crimes_per_person, 'minority share' is a column, 'weekly wage' no grain, ever, 몇 년."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env


@pytest.fixture(scope="module")
def counties(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(13)
    ids, years = range(1, 41), range(1981, 1988)
    frame = pd.DataFrame([{"county_id": c, "year": y, "crimes_per_person": round(float(rng.uniform(0.01, 0.1)), 6),
                           "tax_per_capita": round(float(rng.uniform(10, 80)), 3),
                           "wage_manufacturing": round(float(rng.uniform(150, 450)), 2)}
                          for c in ids for y in years])
    places = pd.DataFrame({"county_id": list(ids), "region": rng.choice(["west", "central", "other"], 40),
                           "pct_minority": rng.uniform(1, 60, 40).round(3)})
    return tables_env(Path(tmp_path_factory.mktemp("counties")), {"county_years": frame, "counties": places})


def _rows(env: Env, question: str) -> list[list]:
    plan, results, _ = env.ask(question)
    assert results is not None, plan.summary
    return [list(r) for r in results.rows]


def test_crime_rate_names_the_crimes_per_person_column(counties: Env) -> None:
    frame = counties.frames["county_years"]
    assert _rows(counties, "What is the highest crime rate anywhere in the data?")[0][0] == pytest.approx(
        frame.crimes_per_person.max())
    assert _rows(counties, "1987년 범죄율 평균")[0][0] == pytest.approx(
        frame[frame.year == 1987].crimes_per_person.mean())


def test_in_at_least_one_year_counts_over_every_year(counties: Env) -> None:
    frame = counties.frames["county_years"]
    rows = _rows(counties, "how many counties had a crime rate above 0.09 in at least one year?")
    assert rows == [[frame[frame.crimes_per_person > 0.09].county_id.nunique()]]


def test_myeot_nyeon_after_a_superlative_asks_which_year(counties: Env) -> None:
    by_year = counties.frames["county_years"].groupby("year").crimes_per_person.mean()
    rows = _rows(counties, "평균 범죄율이 가장 낮았던 해는 몇 년이야?")
    assert rows[0][0] == by_year.idxmin() and rows[0][1] == pytest.approx(by_year.min())


def test_a_noun_before_share_names_a_column(counties: Env) -> None:
    places = counties.frames["counties"]
    rows = _rows(counties, "which county has the largest minority share?")
    assert rows[0][0] == places.loc[places.pct_minority.idxmax(), "county_id"]


def test_weekly_wage_and_tax_revenue_are_names_not_a_grain(counties: Env) -> None:
    frame = counties.frames["county_years"]
    assert _rows(counties, "average weekly wage in manufacturing")[0][0] == pytest.approx(
        frame.wage_manufacturing.mean())
    assert _rows(counties, "What is the mean tax revenue per person?")[0][0] == pytest.approx(
        frame.tax_per_capita.mean())


def test_on_average_over_the_years_ranks_the_counties_not_the_years(counties: Env) -> None:
    frame = counties.frames["county_years"]
    means = frame.groupby("county_id").tax_per_capita.mean()
    rows = _rows(counties, "which county has the highest tax revenue per capita on average over the years?")
    assert rows[0][0] == means.idxmax()


def test_an_average_across_the_counties_is_one_figure(counties: Env) -> None:
    frame = counties.frames["county_years"]
    assert _rows(counties, "average crime rate across counties in 1985") == [
        [pytest.approx(frame[frame.year == 1985].crimes_per_person.mean())]]


def test_a_possessive_name_the_data_lacks_gets_no_figure(counties: Env) -> None:
    plan, results, answer = counties.ask("What was Alaska's crime rate in 1985?")
    assert plan.sql is None and results is None and "Alaska" in answer.content
