"""Film genres in Korean (다큐멘터리) are English values; an unknown word before 중 is not the rows; 이유 is why."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.helpers.analyst_envs import Env, tables_env

GENRES = ["Action", "Comedy", "Documentary", "Drama", "Romance"]


@pytest.fixture(scope="module")
def films(tmp_path_factory: pytest.TempPathFactory) -> tuple[Env, pd.DataFrame]:
    rng = np.random.default_rng(7)
    n = 300
    films = pd.DataFrame({"film_id": np.arange(1, n + 1), "title": [f"Picture {i}" for i in range(n)],
                          "year": rng.integers(1950, 2005, n), "votes": rng.integers(5, 90_000, n),
                          "rating": rng.uniform(1, 10, n).round(1)})
    pairs = {(int(f), str(g)) for f in films.film_id for g in rng.choice(GENRES, rng.integers(0, 3))}
    genres = pd.DataFrame(sorted(pairs), columns=["film_id", "genre"])
    env = tables_env(Path(tmp_path_factory.mktemp("films")), {"films": films, "film_genres": genres})
    return env, films.merge(genres, on="film_id")


@pytest.mark.parametrize(("korean", "genre"), [("다큐멘터리", "Documentary"), ("코미디", "Comedy")])
def test_a_korean_genre_among_the_films_is_its_english_value(films: tuple[Env, pd.DataFrame], korean: str,
                                                             genre: str) -> None:
    env, joined = films
    _, results, answer = env.ask(f"{korean} 중에서 가장 많은 투표 수는 몇 표야?")
    assert results is not None and results.rows[0][0] == joined.loc[joined.genre == genre, "votes"].max()
    assert answer.confidence >= 0.8


def test_an_unknown_word_before_among_is_not_the_rows(films: tuple[Env, pd.DataFrame]) -> None:
    env, _ = films
    _, results, answer = env.ask("우주선 중에서 가장 많은 투표 수는 몇 표야?")
    assert results is None or answer.confidence < 0.8


@pytest.mark.parametrize("question", ["다큐멘터리가 액션 영화보다 평점이 높은 이유가 뭐야?",
                                      "코미디 평점이 낮은 원인은?"])
def test_the_reason_asked_in_a_noun_is_refused(films: tuple[Env, pd.DataFrame], question: str) -> None:
    env, _ = films
    plan, results, _ = env.ask(question)
    assert not plan.sql and results is None


def test_a_table_noun_with_its_particle_does_not_run_into_the_grouping(films: tuple[Env, pd.DataFrame]) -> None:
    env, joined = films
    _, results, _ = env.ask("1990년대 영화를 장르별로 몇 편씩인지 세어줘")
    expected = joined[joined.year.between(1990, 1999)].groupby("genre").film_id.nunique().to_dict()
    assert results is not None and dict(results.rows) == expected


def test_an_order_after_the_thing_ordered_ranks_every_one(films: tuple[Env, pd.DataFrame]) -> None:
    env, joined = films
    _, results, _ = env.ask("평균 평점이 높은 장르 순서대로 전부 보여줘")
    expected = joined.groupby("genre").rating.mean().sort_values(ascending=False)
    assert results is not None and [r[0] for r in results.rows] == list(expected.index)
    assert [r[1] for r in results.rows] == pytest.approx(list(expected))


def test_ranking_asked_with_a_verb_ranks_every_one(films: tuple[Env, pd.DataFrame]) -> None:
    env, joined = films
    _, results, _ = env.ask("투표 수 많은 장르 순위 매겨줘")
    expected = joined.groupby("genre").votes.sum().sort_values(ascending=False)
    assert results is not None and [r[0] for r in results.rows] == list(expected.index)
    assert [r[1] for r in results.rows] == list(expected)


def test_ranking_asked_of_a_breakdown_orders_it(films: tuple[Env, pd.DataFrame]) -> None:
    env, joined = films
    _, results, _ = env.ask("장르별 투표 수 순위 매겨줘")
    expected = joined.groupby("genre").votes.sum().sort_values(ascending=False)
    assert results is not None and [tuple(r) for r in results.rows] == list(expected.items())
