"""'Those five' after a ranking keeps its rows for another measure; people counted by a dimension's name."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from tests.helpers.answers import final, rows
from tests.helpers.chat_agents import agent_on_folder


@pytest.fixture
def survey(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(21)
    codes = ["A", "B", "C", "D", "E", "F"]
    n = 400
    weights = [.3, .25, .2, .12, .08, .05]
    frame = pd.DataFrame({"응답자번호": range(1, n + 1), "지역코드": rng.choice(codes, n, p=weights),
                          "월소득": rng.integers(10, 90, n) * 1000, "나이": rng.integers(18, 80, n)})
    regions = pd.DataFrame({"지역코드": codes, "지역명": ["동부", "서부", "남부", "북부", "중부", "해안"]})
    frame.to_csv(tmp_path / "조사.csv", index=False)
    regions.to_csv(tmp_path / "지역.csv", index=False)
    agent = agent_on_folder(tmp_path)
    return agent, frame.merge(regions, on="지역코드")


def test_people_by_a_dimensions_name_then_those_three(survey, conversation) -> None:
    agent, frame = survey
    counts = frame.groupby("지역명").size()
    by_name = final(agent, "지역명별 응답자 수 보여줘", conversation)
    assert dict((r[0], r[1]) for r in rows(by_name)) == counts.to_dict()
    top = final(agent, "그중 상위 3개는?", conversation)
    three = list(counts.sort_values(ascending=False).index[:3])
    assert [r[0] for r in rows(top)] == three
    income = final(agent, "그 세 지역의 평균 월소득은?", conversation)
    expected = frame[frame["지역명"].isin(three)].groupby("지역명")["월소득"].mean()
    assert {r[0]: pytest.approx(r[1]) for r in rows(income)} == expected.to_dict()
    assert income["confidence_score"] >= 0.7


def test_those_five_in_english_keep_the_ranked_rows(survey, conversation) -> None:
    agent, frame = survey
    final(agent, "average age by region name", conversation)
    final(agent, "top 4 only", conversation)
    ages = frame.groupby("지역명")["나이"].mean().sort_values(ascending=False)
    answer = final(agent, "and the average monthly income of those regions?", conversation)
    expected = frame[frame["지역명"].isin(ages.index[:4])].groupby("지역명")["월소득"].mean()
    assert {r[0]: pytest.approx(r[1]) for r in rows(answer)} == expected.to_dict()


def test_as_a_share_after_narrowing_is_a_share_of_the_set_before(survey, conversation) -> None:
    agent, frame = survey
    older = frame[frame["나이"] >= 60]
    final(agent, "60세 이상 응답자 몇 명이야?", conversation)
    final(agent, "그중 동부는?", conversation)
    answer = final(agent, "비율로 치면?", conversation)
    assert rows(answer)[0][0] == pytest.approx(round((older["지역명"] == "동부").mean() * 100, 2))


def test_how_many_of_the_ranked_ones_meet_a_condition(survey, conversation) -> None:
    agent, frame = survey
    final(agent, "average age by region name", conversation)
    final(agent, "top 4 only", conversation)
    ages = frame.groupby("지역명")["나이"].mean().sort_values(ascending=False)
    kept = frame[frame["지역명"].isin(ages.index[:4]) & (frame["월소득"] > 50000)]
    answer = final(agent, "how many of them have a monthly income over 50000?", conversation)
    assert rows(answer) == [[kept["지역명"].nunique()]]


def test_those_of_a_ranking_too_long_to_keep_are_not_read_as_a_list(survey, conversation, monkeypatch) -> None:
    from agent.analysts.offline import analyst

    monkeypatch.setattr(analyst, "RANKED_LABELS", 2)
    agent, frame = survey
    final(agent, "average age by region name", conversation)
    final(agent, "top 4 only", conversation)
    answer = final(agent, "and the average monthly income of those regions?", conversation)
    assert answer["sources"] and " IN (" not in answer["sources"][0]["sql"].upper()
