"""A schema's Korean names are read as words of that schema only; English said of Korean names; per-head names."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from agent.analysts.offline.question.tokens import tokenize
from agent.analysts.offline.schema.index import index_for
from tests.helpers.analyst_envs import Env, tables_env


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> Env:
    frame = pd.DataFrame({"지역": ["1지역", "2지역", "3지역", "4지역"] * 3, "가입자_수": range(100, 112),
                          "청구_건수": [5, 9, 2, 7, 11, 4, 3, 8, 6, 1, 10, 12]})
    return tables_env(Path(tmp_path_factory.mktemp("claims")), {"자동차_보험": frame})


@pytest.fixture(scope="module")
def airlines(tmp_path_factory: pytest.TempPathFactory) -> Env:
    years = pd.DataFrame({"항공사_번호": [1, 1, 2, 2], "연도": [1983, 1984, 1983, 1984],
                          "총비용": [100, 120, 90, 95], "연료_가격": [7, 8, 6, 9], "탑승률": [0.55, 0.61, 0.5, 0.58]})
    names = pd.DataFrame({"항공사_번호": [1, 2], "항공사명": ["항공사 A", "항공사 B"]})
    return tables_env(Path(tmp_path_factory.mktemp("airlines")), {"항공사_연도": years, "항공사": names})


def test_a_grouping_suffix_stays_a_grouping_beside_the_schemas_names(claims: Env) -> None:
    frame = claims.frames["자동차_보험"]
    _, results, _ = claims.ask("지역별 청구 건수 보여줘")
    assert results is not None
    assert {r[0]: r[1] for r in results.rows} == frame.groupby("지역").청구_건수.sum().to_dict()


def test_one_schemas_names_do_not_change_how_another_is_read(claims: Env, airlines: Env) -> None:
    question = "지역별 청구 건수 보여줘"
    alone = [(t.lemma, t.after) for t in tokenize(question)]
    index_for(claims.catalog, claims.database)
    index_for(airlines.catalog, airlines.database)
    assert [(t.lemma, t.after) for t in tokenize(question)] == alone  # nothing taught to the process
    nouns = index_for(claims.catalog, claims.database).korean_nouns
    assert {"지역", "청구"} <= nouns
    assert [t.lemma for t in tokenize(question, nouns)][:3] == ["지역", "청구", "건수"]


def test_english_names_a_korean_compound_word_by_word(airlines: Env) -> None:
    frame = airlines.frames["항공사_연도"]
    plan, results, _ = airlines.ask("total cost by year")
    assert plan.sql is not None and "총비용" in plan.sql and results is not None
    assert {r[0]: r[1] for r in results.rows} == frame.groupby("연도").총비용.sum().to_dict()
    plan, results, _ = airlines.ask("what was airline b's load factor in 1984")
    assert results is not None and results.rows[0][0] == pytest.approx(0.58)


def test_a_per_head_name_said_in_korean(tmp_path: Path) -> None:
    districts = pd.DataFrame({"district": ["a", "b", "c"], "enrollment": [300, 500, 200],
                              "expenditure_per_student": [5100.5, 4800.25, 6200.0]})
    env = tables_env(tmp_path, {"districts": districts})
    plan, results, _ = env.ask("학생 1인당 지출 최솟값은?")
    assert results is not None and results.rows == [(4800.25,)] or results is not None and \
        [list(r) for r in results.rows] == [[4800.25]], plan.sql


def test_per_capita_and_a_filler_noun_before_별(tmp_path: Path) -> None:
    frame = pd.DataFrame({"state": ["a", "b", "c", "d"] * 2, "year": [1990] * 4 + [1991] * 4,
                          "income_per_capita": [10.0, 12.0, 9.0, 11.0, 10.5, 12.5, 9.5, 11.5],
                          "exercise": ["often", "never"] * 4})
    env = tables_env(tmp_path, {"state_years": frame})
    plan, results, _ = env.ask("1991년 1인당 소득 평균")
    assert results is not None and results.rows[0][0] == pytest.approx(11.0), plan.sql
    _, results, _ = env.ask("운동 빈도별 평균 1인당 소득")
    assert results is not None and {r[0]: r[1] for r in results.rows} == pytest.approx(
        frame.groupby("exercise").income_per_capita.mean().to_dict())
