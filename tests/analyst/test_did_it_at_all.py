"""Rows by whether something was done (women who worked, didn't work at all) and shares of them within groups."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env


@pytest.fixture(scope="module")
def women(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(1987)
    n = 400
    hours = rng.integers(200, 3000, n)
    hours[rng.random(n) < 0.3] = 0
    frame = pd.DataFrame({"person_id": range(1, n + 1), "hours_worked": hours,
                          "other_income": rng.integers(-50, 900, n) * 100, "age": rng.integers(18, 65, n),
                          "nonwhite": rng.choice(["yes", "no"], n, p=[0.3, 0.7]),
                          "home_owned": rng.choice(["yes", "no"], n, p=[0.65, 0.35]),
                          "husband_occupation_code": rng.choice(["mp", "fr", "swcc", "other"], n)})
    occupations = pd.DataFrame({"occupation_code": ["fr", "mp", "other", "swcc"],
                                "occupation_name": ["farmer", "manager or professional", "other", "clerk"]})
    env = tables_env(Path(tmp_path_factory.mktemp("women")), {"women": frame, "occupations": occupations})
    return env, frame, occupations


def figure(env: Env, question: str) -> float:
    """The answer's first figure (a share before its part and whole)."""
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql
    return float(results.rows[0][0])


def test_who_worked_keeps_the_rows_with_some_hours(women: tuple[Env, pd.DataFrame, pd.DataFrame]) -> None:
    env, frame, _ = women
    worked = frame[frame["hours_worked"] > 0]
    assert figure(env, "average hours worked by women who worked") == pytest.approx(worked["hours_worked"].mean())
    assert figure(env, "What percentage of the women worked at all?") == pytest.approx(
        100 * len(worked) / len(frame), abs=0.01)


@pytest.mark.parametrize("question", ["how many women didnt work at all", "How many women did not work?"])
def test_not_working_at_all_is_none_done(women: tuple[Env, pd.DataFrame, pd.DataFrame], question: str) -> None:
    env, frame, _ = women
    assert figure(env, question) == (frame["hours_worked"] == 0).sum()


def test_among_an_age_range_is_the_whole_of_the_share(women: tuple[Env, pd.DataFrame, pd.DataFrame]) -> None:
    env, frame, _ = women
    among = frame[frame["age"].between(40, 49)]
    assert figure(env, "Among women aged 40 to 49, what share worked at all?") == pytest.approx(
        100 * (among["hours_worked"] > 0).mean(), abs=0.01)


def test_a_share_for_each_group_is_the_share_within_each(women: tuple[Env, pd.DataFrame, pd.DataFrame]) -> None:
    env, frame, occupations = women
    _, results, _ = env.ask("Share of nonwhite women for each husband's occupation name")
    assert results is not None
    named = frame.merge(occupations, left_on="husband_occupation_code", right_on="occupation_code")
    expected = named.groupby("occupation_name")["nonwhite"].apply(lambda s: 100 * (s == "yes").mean())
    assert {row[0]: row[-1] for row in results.rows} == pytest.approx(expected.to_dict(), abs=0.01)


def test_a_word_only_resembling_a_flag_keeps_every_row(women: tuple[Env, pd.DataFrame, pd.DataFrame]) -> None:
    env, frame, _ = women
    assert figure(env, "median other household income") == pytest.approx(frame["other_income"].median())
    assert figure(env, "Average hours worked by women whose other household income is at least $50,000") == \
        pytest.approx(frame.loc[frame["other_income"] >= 50000, "hours_worked"].mean())


@pytest.mark.parametrize("question", ["What percentage of women aged 30 to 39 are nonwhite?",
                                      "What percentage of women aged 30 to 39 worked?"])
def test_the_whole_of_a_share_is_what_stands_before_its_verb(women: tuple[Env, pd.DataFrame, pd.DataFrame],
                                                             question: str) -> None:
    env, frame, _ = women
    whole = frame[frame["age"].between(30, 39)]
    part = whole["nonwhite"] == "yes" if "nonwhite" in question else whole["hours_worked"] > 0
    assert figure(env, question) == pytest.approx(100 * part.mean(), abs=0.01)
