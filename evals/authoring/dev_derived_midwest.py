"""The dev_midwest set's derived tables, made from public data by `python -m evals.authoring.dev_derived_midwest`.

Source: ggplot2's `midwest` (pydataset `ggplot2/midwest`): demographic information of 437 counties of five
Midwest states, one row a county, 28 columns. ggplot2's help page says it comes from the 2000 US census; its
figures are those of the 1990 census (Cook county: 5,105,067 people). Either way it holds one census and no
date, so the set asks about no period.

- midwest_counties.parquet (table `counties`): one row per county (437), in the source's order. The source's
  `PID` becomes `county_id`, `county` becomes `name` (kept upper-case as in the source, e.g. `ADAMS`), its
  `state` (a two-letter code) is replaced by `state_id`, and the other columns get readable snake_case names
  (see COUNTY_COLUMNS), their values kept as they are: the percentages are 0-100 and not rounded, `area` keeps
  the source's unknown unit (`population_density` is `population / area / 1000` in the source), `in_metro`
  (the source's 0/1 `inmetro`) becomes a boolean, `category` keeps the source's three-letter codes (AAR, LHU,
  ...; ggplot2 documents it only as "Miscellaneous", so it is not decoded). County names repeat across states:
  70 names are shared by 2-5 counties (ADAMS, CRAWFORD, ...); a name and its state together are unique.
- midwest_states.parquet (table `states`): one row per state (5): `state_id` (1 to 5 by the code in
  alphabetical order), `code` as in the source (IL, IN, MI, OH, WI) and `name` (STATE_NAMES, the states' names).

So a state's code and name live in `states` only: "by state" or "in Ohio" needs a join. Checked: `county_id`
is unique, every code has a name, the five race counts add up to the population, the source has no gap.
Nothing is typed by hand but the renames and the state names below. `python -m
evals.authoring.dev_derived_midwest --check` only reports whether the committed files are current.
"""

from __future__ import annotations

import sys

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

COUNTIES, STATES = "midwest_counties.parquet", "midwest_states.parquet"
FOLDER = derived_files.DEV_FOLDER

STATE_NAMES = {"IL": "Illinois", "IN": "Indiana", "MI": "Michigan", "OH": "Ohio", "WI": "Wisconsin"}
"""The US postal codes of the source's states and the states' names."""

COUNTY_COLUMNS = {
    "area": "area",
    "poptotal": "population",
    "popdensity": "population_density",
    "popwhite": "white_population",
    "popblack": "black_population",
    "popamerindian": "american_indian_population",
    "popasian": "asian_population",
    "popother": "other_race_population",
    "percwhite": "white_pct",
    "percblack": "black_pct",
    "percamerindan": "american_indian_pct",
    "percasian": "asian_pct",
    "percother": "other_race_pct",
    "popadults": "adult_population",
    "perchsd": "high_school_pct",
    "percollege": "college_pct",
    "percprof": "professional_pct",
    "poppovertyknown": "poverty_known_population",
    "percpovertyknown": "poverty_known_pct",
    "percbelowpoverty": "below_poverty_pct",
    "percchildbelowpovert": "child_poverty_pct",
    "percadultpoverty": "adult_poverty_pct",
    "percelderlypoverty": "elderly_poverty_pct",
    "inmetro": "in_metro",
    "category": "category",
}
"""ggplot2's help page: the county's area (unit not given), total population, population density (people per
unit of area), the numbers of white, black, American Indian, Asian and other-race people and their percentages
of the population, the number of adults, the percents with a high school diploma, college educated and with a
professional degree, the population with a known poverty status and its percent of the population, the percents
of people, children, adults and the elderly below the poverty line, whether the county is in a metro area, and
a category code ("Miscellaneous")."""


def states(source: pd.DataFrame) -> pd.DataFrame:
    """The state dimension: id (by code in alphabetical order), code, name."""
    codes = sorted(source["state"].unique())
    unknown = set(codes) - set(STATE_NAMES)
    if unknown:
        raise ValueError(f"midwest: no name for the state codes {sorted(unknown)}")
    return pd.DataFrame({"state_id": range(1, len(codes) + 1), "code": codes, "name": [STATE_NAMES[c] for c in codes]})


def counties(source: pd.DataFrame, state_table: pd.DataFrame) -> pd.DataFrame:
    """The county table: midwest with `state_id` for its state code, columns renamed."""
    if not source["PID"].is_unique:
        raise ValueError("midwest: two rows for one PID")
    if source.isna().any().any():
        raise ValueError("midwest: a missing value")
    races = ["popwhite", "popblack", "popamerindian", "popasian", "popother"]
    if not (source[races].sum(axis=1) == source["poptotal"]).all():
        raise ValueError("midwest: the race counts do not add up to the population")
    if not set(source["inmetro"]) <= {0, 1}:
        raise ValueError("midwest: inmetro is not 0/1")
    state_id = dict(zip(state_table["code"], state_table["state_id"], strict=True))
    frame = source.rename(columns=COUNTY_COLUMNS)
    frame.insert(0, "county_id", source["PID"])
    frame.insert(1, "name", source["county"])
    frame.insert(2, "state_id", source["state"].map(state_id).astype("int64"))
    frame["in_metro"] = source["inmetro"] == 1
    return frame[["county_id", "name", "state_id", *COUNTY_COLUMNS.values()]].reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    source = pydataset("ggplot2/midwest")
    state_table = states(source)
    county_table = counties(source, state_table)
    assert len(county_table) == len(source) == 437 and len(state_table) == 5
    assert not county_table.duplicated(["name", "state_id"]).any()
    return {COUNTIES: county_table, STATES: state_table}


def stale_files() -> list[str]:
    """The files missing or holding another table than this module makes now."""
    return derived_files.stale(tables())


def main(argv: list[str] | None = None) -> int:
    """Write the files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_midwest", tables, argv)


if __name__ == "__main__":
    sys.exit(main())
