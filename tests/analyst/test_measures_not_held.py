"""A figure asked of a measure the data does not hold (평균 나이, the average age) is refused, never another's."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, single_env


@pytest.fixture(scope="module")
def flows(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(31)
    n = 90
    frame = pd.DataFrame({"flow_id": range(1, n + 1), "origin": rng.choice(["ON", "QC", "BC"], n),
                          "migrants": rng.integers(100, 30_000, n), "log_wage": rng.normal(1.6, 0.3, n).round(3),
                          "sex": rng.choice(["Female", "Male"], n), "language": rng.choice(["English", "French"], n),
                          "vote": rng.choice(["찬성", "반대", "미정", "기권"], n)})
    return single_env(Path(tmp_path_factory.mktemp("flows")), "migration_flows", frame, text_dates=False), frame


@pytest.mark.parametrize("question", ["What's the average age of the migrants?", "이주자 평균 나이",
                                      "이주자들 평균 나이는 몇 살이에요?", "average height of flows from QC"])
def test_an_aggregate_of_a_measure_not_held_is_refused_naming_it(flows: tuple[Env, pd.DataFrame],
                                                                  question: str) -> None:
    plan, results, answer = flows[0].ask(question)
    assert plan.sql is None and results is None, plan.sql
    assert any(word in answer.content for word in ("age", "나이", "height"))


@pytest.mark.parametrize(("question", "expected"), [
    ("what is the average log wage of women?", lambda f: f[f.sex == "Female"].log_wage.mean()),
    ("average migrants from QC", lambda f: f[f.origin == "QC"].migrants.mean())])
def test_an_aggregate_of_a_column_named_after_a_word_more_is_answered(flows: tuple[Env, pd.DataFrame], question: str,
                                                                       expected: object) -> None:
    env, frame = flows
    plan, results, _ = env.ask(question)
    assert results is not None, plan.reason
    assert results.rows[0][-1] == pytest.approx(expected(frame))  # type: ignore[operator]


def test_a_measure_before_its_korean_aggregate_is_kept(flows: tuple[Env, pd.DataFrame]) -> None:
    env, frame = flows
    _, results, _ = env.ask("남녀별로 로그 임금 평균 비교해줘")
    assert results is not None and dict(results.rows) == pytest.approx(frame.groupby("sex").log_wage.mean().to_dict())


@pytest.mark.parametrize(("question", "column", "value"), [
    ("How many anglophones are there?", "language", "English"), ("how many francophones?", "language", "French"),
    ("how many undecided respondents?", "vote", "미정"), ("how many abstained?", "vote", "기권")])
def test_words_for_a_value_in_other_words_count_its_rows(flows: tuple[Env, pd.DataFrame], question: str, column: str,
                                                         value: str) -> None:
    env, frame = flows
    plan, results, _ = env.ask(question)
    assert results is not None and results.rows[0][-1] == (frame[column] == value).sum(), plan.sql
