"""A table's own noun and a column's name are never read as a title in its rows, nor a common word of many titles."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env

TITLES = (["Film", "Genre", "Along Came Auntie", "Along Came Jones", "Along Came Polly", "Bird Came Home",
           "Then Came Summer", "Came the Dawn", "Coming Out", "Out of Africa", "Way Out West", "Out Cold",
           "Inside Out", "Out of Sight"] + [f"Picture {i}" for i in range(105)])


@pytest.fixture(scope="module")
def films(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(41)
    n = len(TITLES)
    frame = pd.DataFrame({"film_id": range(1, n + 1), "title": TITLES, "year": rng.integers(1990, 2000, n),
                          "rating": rng.uniform(1, 10, n).round(1)})
    genres = pd.DataFrame([(f, g) for f in frame.film_id for g in ("Comedy", "Drama", "Action")
                           if rng.random() < 0.4], columns=["film_id", "genre"])
    env = tables_env(Path(tmp_path_factory.mktemp("films")), {"films": frame, "film_genres": genres})
    return env, frame, genres


def test_a_word_of_many_titles_and_the_tables_noun_name_no_title(films: tuple[Env, pd.DataFrame, pd.DataFrame]) -> None:
    env, frame, _ = films
    plan, results, _ = env.ask("How many films came out in 1994?")
    assert results is not None and results.rows[0][-1] == (frame.year == 1994).sum(), plan.sql
    assert "title" not in (plan.sql or "")


def test_a_columns_name_is_not_a_title(films: tuple[Env, pd.DataFrame, pd.DataFrame]) -> None:
    env, frame, genres = films
    plan, results, _ = env.ask("Which genre has the highest average rating?")
    assert "'Genre'" not in (plan.sql or "") and results is not None, plan.sql
    best = genres.merge(frame, on="film_id").groupby("genre").rating.mean().idxmax()
    assert results.rows[0][0] == best


def test_a_title_said_as_written_is_still_a_title(films: tuple[Env, pd.DataFrame, pd.DataFrame]) -> None:
    env, frame, _ = films
    _, results, _ = env.ask("What is the rating of Along Came Polly?")
    assert results is not None and results.rows[0][-1] == frame.loc[frame.title == "Along Came Polly", "rating"].item()


def test_a_range_after_a_grouping_with_no_column_keeps_both_ends(films: tuple[Env, pd.DataFrame, pd.DataFrame]) -> None:
    env, _, _ = films
    plan, _, answer = env.ask("number of films by how many genres they have (0 to 5)")  # was a TypeError
    assert answer.content
    assert plan.sql is None or "BETWEEN" not in plan.sql or plan.params[-2:] == [0, 5], (plan.sql, plan.params)
