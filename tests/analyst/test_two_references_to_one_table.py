"""A table that refers to another twice (flows from and to provinces): each value and grouping by its own reference."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env

PROVINCES = [("ONT", "Ontario", "온타리오"), ("QUE", "Quebec", "퀘벡"), ("ALTA", "Alberta", "앨버타"),
             ("BC", "British Columbia", "브리티시컬럼비아")]


@pytest.fixture(scope="module")
def flows(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(17)
    codes = [p[0] for p in PROVINCES]
    frame = pd.DataFrame([{"origin_code": a, "destination_code": b, "migrants": int(rng.integers(1000, 90000)),
                           "distance_km": int(rng.integers(300, 4000))} for a in codes for b in codes if a != b])
    provinces = pd.DataFrame({"province_code": codes, "name": [p[1] for p in PROVINCES],
                              "name_ko": [p[2] for p in PROVINCES]})
    return tables_env(Path(tmp_path_factory.mktemp("flows")), {"flows": frame, "provinces": provinces})


def _moved(env: Env, origin: str | None = None, destination: str | None = None) -> pd.DataFrame:
    frame = env.frames["flows"]
    if origin:
        frame = frame[frame.origin_code == origin]
    if destination:
        frame = frame[frame.destination_code == destination]
    return frame


def _one(env: Env, question: str) -> float:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql or plan.summary
    return float(results.rows[0][-1])


def test_from_one_province_to_another(flows: Env) -> None:
    expected = _moved(flows, "QUE", "ONT").migrants.sum()
    assert _one(flows, "How many people moved from Quebec to Ontario?") == expected
    assert _one(flows, "퀘벡에서 온타리오로 이주한 사람 몇 명이야?") == expected


def test_people_who_left_a_province(flows: Env) -> None:
    assert _one(flows, "온타리오에서 나간 사람 몇 명이야?") == _moved(flows, "ONT").migrants.sum()


def test_the_province_that_received_the_most(flows: Env) -> None:
    arrived = flows.frames["flows"].groupby("destination_code").migrants.sum()
    names = dict(zip(flows.frames["provinces"].province_code, flows.frames["provinces"].name, strict=True))
    plan, results, _ = flows.ask("Which province received the most migrants?")
    assert results is not None and results.rows[0][0] == names[arrived.idxmax()], plan.sql
    assert results.rows[0][1] == arrived.max()


def test_top_destinations_of_people_leaving_a_province(flows: Env) -> None:
    left = _moved(flows, "ALTA").set_index("destination_code").migrants.sort_values(ascending=False)
    names = dict(zip(flows.frames["provinces"].province_code, flows.frames["provinces"].name, strict=True))
    _, results, _ = flows.ask("top 3 destinations of people leaving Alberta")
    assert results is not None
    assert [row[0] for row in results.rows] == [names[c] for c in left.index[:3]]


def test_a_code_of_either_reference_goes_by_the_one_said(flows: Env) -> None:
    assert _one(flows, "BC로 이사 온 사람 몇 명이야?") == _moved(flows, destination="BC").migrants.sum()
    assert _one(flows, "How many moved from QUE to ONT?") == _moved(flows, "QUE", "ONT").migrants.sum()


def test_a_korean_question_names_the_rows_in_korean(flows: Env) -> None:
    left = flows.frames["flows"].groupby("origin_code").migrants.sum()
    korean = dict(zip(flows.frames["provinces"].province_code, flows.frames["provinces"].name_ko, strict=True))
    _, results, _ = flows.ask("어느 주에서 사람이 제일 많이 빠져나갔어?")
    assert results is not None and results.rows[0][0] == korean[left.idxmax()]


def test_both_directions_of_one_province_are_not_answered_surely(flows: Env) -> None:
    plan, _, _ = flows.ask("How many people moved into Ontario, and how many moved out?")
    assert plan.confidence < 0.8


def test_a_kept_plan_whose_reference_is_gone_is_not_continued(flows: Env) -> None:
    from agent.analysts.offline.planning import followups
    from agent.analysts.offline.planning.plan import Plan
    from agent.analysts.offline.schema.index import index_for

    plan, _, _ = flows.ask("How many people moved from Quebec to Ontario?")
    kept = Plan.from_dict(plan.details["plan"])
    index = index_for(flows.catalog, flows.database)
    assert followups.applies(kept, index)
    tampered = kept.to_dict()
    tampered["conditions"][0]["via"] = "no_such_code"
    assert not followups.applies(Plan.from_dict(tampered), index)


@pytest.mark.parametrize("question", ["전체 이주자 중에 온타리오로 간 사람 비율은?",
                                      "What share of all migrants went to Ontario?"])
def test_the_share_that_went_to_a_province(flows: Env, question: str) -> None:
    frame = flows.frames["flows"]
    expected = 100 * _moved(flows, destination="ONT").migrants.sum() / frame.migrants.sum()
    plan, results, _ = flows.ask(question)
    assert results is not None and results.rows[0][0] == pytest.approx(expected, abs=0.01), plan.sql
