"""A per-person figure asked per 1,000 people (scaled, never silently unscaled), and rows named by their number."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from tests.helpers.answers import final, single
from tests.helpers.chat_agents import agent_on_folder


@pytest.fixture
def districts(tmp_path: Path) -> tuple[ChatbotAgent, pd.DataFrame]:
    rng = np.random.default_rng(8)
    frame = pd.DataFrame([{"district_id": d, "year": y, "thefts_per_person": round(float(rng.uniform(0.01, 0.08)), 5),
                           "doctors_per_capita": round(float(rng.uniform(0.001, 0.004)), 6),
                           "schools": int(rng.integers(3, 40))}
                          for d in range(1, 31) for y in range(2010, 2014)])
    names = pd.DataFrame({"district_id": range(1, 31), "district_name": [f"D{n:02d}" for n in range(1, 31)]})
    frame.to_csv(tmp_path / "district_years.csv", index=False)
    names.to_csv(tmp_path / "districts.csv", index=False)
    agent = agent_on_folder(tmp_path)
    return agent, frame


def test_a_per_person_figure_asked_per_1000_people(districts) -> None:
    agent, frame = districts
    answer = final(agent, "average doctors per 1,000 residents in 2012", None)
    assert single(answer) == pytest.approx(frame[frame.year == 2012].doctors_per_capita.mean() * 1000)
    assert "1,000" in answer["table_data"]["columns"][0]
    korean = final(agent, "2011년 주민 천 명당 절도 평균", None)
    assert single(korean) == pytest.approx(frame[frame.year == 2011].thefts_per_person.mean() * 1000)


def test_a_count_asked_per_1000_people_is_not_given_unscaled(districts) -> None:
    agent, _ = districts
    answer = final(agent, "total schools per 1,000 residents in 2012", None)
    assert answer["confidence_score"] < 0.8


def test_a_row_named_by_its_number(districts) -> None:
    agent, frame = districts
    kept = frame[(frame.district_id == 17) & (frame.year == 2013)]
    english = final(agent, "What was district 17's theft rate per 1,000 people in 2013?", None)
    assert single(english) == pytest.approx(kept.thefts_per_person.iloc[0] * 1000)
    korean = final(agent, "2013년 17번 지구 학교 수는?", None)
    assert single(korean) == kept.schools.iloc[0]
    assert "district_id\" = 17" in korean["sources"][0]["sql"]


def test_what_if_questions_get_no_figure(districts) -> None:
    agent, _ = districts
    for question in ("의사를 늘리면 절도가 얼마나 줄어들어?", "what if we built more schools?"):
        answer = final(agent, question, None)
        assert not answer["sources"] and answer["confidence_score"] < 0.5, question
