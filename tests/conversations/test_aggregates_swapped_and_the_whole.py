"""평균 대신 최댓값 swaps the aggregate; 전체 after a filtered answer is everyone; an average of the top rows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from tests.helpers.answers import final, rows
from tests.helpers.chat_agents import agent_on_folder


@pytest.fixture
def staff(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(31)
    n = 300
    frame = pd.DataFrame({"교수_번호": range(1, n + 1), "직급": rng.choice(["조교수", "부교수", "정교수"], n),
                          "재직_연수": rng.integers(0, 40, n), "연봉": rng.permutation(n) * 500 + 60000})
    frame.to_csv(tmp_path / "교수_연봉.csv", index=False)
    agent = agent_on_folder(tmp_path)
    return agent, frame


@pytest.mark.parametrize("swap", ["평균 대신 최댓값 기준으로", "show the maximum instead of the average"])
def test_an_aggregate_said_instead_of_another_replaces_it(staff, conversation, swap) -> None:
    agent, frame = staff
    final(agent, "직급별 평균 연봉", conversation)
    answer = final(agent, swap, conversation)
    assert dict(map(tuple, rows(answer))) == frame.groupby("직급")["연봉"].max().to_dict()


def test_the_whole_after_a_filtered_answer_is_everyone(staff, conversation) -> None:
    agent, frame = staff
    first = final(agent, "조교수는 몇 명이야?", conversation)
    assert rows(first) == [[int((frame["직급"] == "조교수").sum())]]
    answer = final(agent, "전체 교수의 평균 재직 연수는?", conversation)
    assert rows(answer) == [[pytest.approx(frame["재직_연수"].mean())]]


def test_the_whole_said_as_a_share_still_continues(staff, conversation) -> None:
    agent, frame = staff
    final(agent, "조교수는 몇 명이야?", conversation)
    answer = final(agent, "전체에서 차지하는 비율은?", conversation)
    assert rows(answer)[0][0] == pytest.approx(round((frame["직급"] == "조교수").mean() * 100, 2))


def test_an_average_of_the_top_rows_is_one_figure(staff, conversation) -> None:
    agent, frame = staff
    final(agent, "연봉 상위 5명 교수 번호 알려줘", conversation)
    answer = final(agent, "그 5명의 평균 재직 연수는?", conversation)
    assert rows(answer) == [[pytest.approx(frame.nlargest(5, "연봉")["재직_연수"].mean())]]


def test_the_rest_turns_the_previous_condition_around(staff, conversation) -> None:
    agent, frame = staff
    first = final(agent, "재직 연수 20년 넘는 교수 평균 연봉은?", conversation)
    assert rows(first) == [[pytest.approx(frame[frame["재직_연수"] > 20]["연봉"].mean())]]
    answer = final(agent, "나머지는?", conversation)
    assert rows(answer) == [[pytest.approx(frame[frame["재직_연수"] <= 20]["연봉"].mean())]]



@pytest.fixture
def survey(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(32)
    n = 400
    frame = pd.DataFrame({"person_id": range(1, n + 1), "chronic_condition": rng.choice(["none", "limiting"], n),
                          "sex": rng.choice(["female", "male"], n), "reduced_activity_days": rng.integers(0, 15, n),
                          "doctor_visits": rng.integers(0, 6, n)})
    frame.to_csv(tmp_path / "health_survey.csv", index=False)
    return agent_on_folder(tmp_path), frame


@pytest.mark.parametrize("each", ["now the average reduced activity days for each",
                                  "average doctor visits for each one?"])
def test_each_at_the_end_is_each_group_just_shown(survey, conversation, each) -> None:
    agent, frame = survey
    final(agent, "Break down the respondents by chronic condition.", conversation)
    answer = final(agent, each, conversation)
    measure = "doctor_visits" if "doctor" in each else "reduced_activity_days"
    assert dict(map(tuple, rows(answer))) == pytest.approx(frame.groupby("chronic_condition")[measure].mean().to_dict())
