"""Grain words inside names (annual income), intentions that are not forecasts, one-letter codes, and people."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from tests.helpers.answers import final, single
from tests.helpers.chat_agents import agent_on_folder


@pytest.fixture
def survey(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(4)
    n = 300
    frame = pd.DataFrame({"respondent_id": range(1, n + 1), "region_code": rng.choice(["C", "M", "N", "S", "SA"], n),
                          "sex": rng.choice(["F", "M"], n), "age": rng.integers(18, 80, n),
                          "annual_income": rng.integers(5, 90, n) * 1000, "vote": rng.choice(["Y", "N", "U"], n)})
    regions = pd.DataFrame({"region_code": ["C", "M", "N", "S", "SA"],
                            "region_name": ["Central", "Metropolitan", "North", "South", "Santiago"]})
    frame.to_csv(tmp_path / "survey.csv", index=False)
    regions.to_csv(tmp_path / "regions.csv", index=False)
    return agent_on_folder(tmp_path), frame


def test_a_grain_word_inside_a_columns_name_is_that_name(survey) -> None:
    agent, frame = survey
    assert single(final(agent, "What's the median annual income?", None)) == pytest.approx(
        frame.annual_income.median())


def test_people_who_will_vote_are_not_a_forecast(survey) -> None:
    agent, frame = survey
    answer = final(agent, "average annual income of people who will vote no", None)
    assert single(answer) == pytest.approx(frame[frame.vote == "N"].annual_income.mean())
    assert "\"vote\"" in answer["sources"][0]["sql"] and "region_code" not in answer["sources"][0]["sql"]


def test_people_with_no_table_named_are_the_rows_of_the_table_that_refers_to_the_others(survey) -> None:
    agent, frame = survey
    assert single(final(agent, "How many people are 60 or older?", None)) == int((frame.age >= 60).sum())
    unknown = final(agent, "How many smokers are there?", None)
    assert unknown["confidence_score"] < 0.5 and not unknown["sources"]


def test_monthly_before_a_measure_of_a_table_without_dates(tmp_path: Path) -> None:
    frame = pd.DataFrame({"응답자번호": range(1, 41), "월소득": np.arange(40) * 1000 + 500,
                          "성별": ["남성", "여성"] * 20})
    frame.to_csv(tmp_path / "조사.csv", index=False)
    agent = agent_on_folder(tmp_path)
    assert single(final(agent, "What's the average monthly income?", None)) == pytest.approx(
        frame["월소득"].mean())
    refused = final(agent, "weekly total of 월소득", None)
    assert not refused["table_data"] and "“weekly”" in refused["content"]


def test_a_breakdown_leaves_out_rows_without_the_groups_value_and_says_so(tmp_path: Path) -> None:
    frame = pd.DataFrame({"person_id": range(1, 61), "vote": (["for", "against", None] * 20),
                          "age": np.arange(60) % 50 + 20})
    frame.to_csv(tmp_path / "ballots.csv", index=False)
    agent = agent_on_folder(tmp_path)
    answer = final(agent, "average age by vote", None)
    expected = frame.dropna(subset=["vote"]).groupby("vote").age.mean()
    assert {r[0]: r[1] for r in answer["table_data"]["rows"]} == pytest.approx(expected.to_dict())
    assert "rows without a vote left out" in answer["content"]
    oldest = final(agent, "which vote has the highest average age?", None)
    assert oldest["table_data"]["rows"][0][0] == expected.idxmax()


def test_a_group_said_as_codes_shows_the_codes_and_said_as_the_thing_its_names(survey) -> None:
    agent, frame = survey
    codes = final(agent, "average age by region codes", None)
    assert {r[0] for r in codes["table_data"]["rows"]} == set(frame.region_code)
    names = final(agent, "average age by region", None)
    assert {r[0] for r in names["table_data"]["rows"]} == {"Central", "Metropolitan", "North", "South", "Santiago"}


def test_non_before_a_yes_no_column_takes_its_no(tmp_path: Path) -> None:
    frame = pd.DataFrame({"county_id": range(1, 41), "in_smsa": ["yes", "no", "no", "no"] * 10,
                          "arrests": np.arange(40) * 3 + 1})
    frame.to_csv(tmp_path / "counties.csv", index=False)
    answer = final(agent_on_folder(tmp_path), "average arrests for non-metro counties", None)
    assert single(answer) == pytest.approx(frame[frame.in_smsa == "no"].arrests.mean())
    clubs = pd.DataFrame({"club_id": range(1, 21), "members": np.arange(20) + 5, "non_members": np.arange(20) * 2})
    (tmp_path / "clubs").mkdir()
    clubs.to_csv(tmp_path / "clubs" / "clubs.csv", index=False)
    named = final(agent_on_folder(tmp_path / "clubs"), "total non-members", None)  # a name that starts with non
    assert single(named) == clubs.non_members.sum()
