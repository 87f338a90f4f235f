"""Dev set on 58,788 IMDB films (ggplot2::movies) as a film table and a film-genre bridge table.

`films` holds one row per film (58,788): `film_id` (1 to 58,788, the source's order, which is by title),
`title` (titles repeat: 56,007 distinct titles, remakes and namesakes, told apart by `film_id` and `year`),
`year` (of release, 1893 to 2005), `length_minutes` (1 to 5,220), `budget_dollars` (US dollars, known for 5,215
films and missing for the rest; 32 known budgets are 0), `rating` (the average IMDB user rating, 1.0 to 10.0),
`votes` (the number of IMDB users who rated the film, 5 to 157,608) and `mpaa_rating` (NC-17, PG, PG-13 or R,
missing for 53,864 films). `film_genres` (65,134 rows: `film_id`, `genre`) holds one row per film and genre the
film has, with the seven genres Action, Animation, Comedy, Drama, Documentary, Romance and Short; a film has 0
to 5 genres (12,786 films have none and no row). Made by evals/authoring/dev_derived_movies.py (which states the
conversions: renames, the ten rating shares r1..r10 dropped, the genre flags made the bridge). 127 turns: 83
single questions and 16 conversations (44 turns); 42 of the 99 questions (by first turn) are in Korean (58
turns, 46%).

Readings:
- A "film" / "movie" / "title" (as a count) / "영화" / "작품" / "편" is a row of `films`; "how many films"
  counts films (film_ids), never bridge rows. "Distinct titles" / "서로 다른 제목" counts `title` values.
- A film "is" a comedy (a "comedy", "Comedy film", "코미디 영화") when `film_genres` has its row with that
  genre; the genre words are the seven names (Action / 액션, Animation / 애니메이션 / cartoons, Comedy / 코미디,
  Drama / 드라마, Documentary / 다큐멘터리 / documentaries, Romance / 로맨스, Short / 단편 / "Short genre").
  "Short" is the genre, never a cut on length. "Both X and Y" / "X이면서 Y" has both rows. "By genre" /
  "장르별" counts each film once in each genre it has (the groups overlap; films without a genre are in none).
  "Number of genres" of a film is its bridge rows (0 for a film without one); "more than one genre" is 2 or more.
- "Rating" / "평점" / "score" is `rating`, the average user rating; an average rating is the plain mean over
  the films kept (not weighted by votes). "Votes" / "투표 수" / "표" / "most popular" (by votes) is `votes`.
  "MPAA rating" / "rated R" / "R등급" / "등급" is `mpaa_rating`; "with an MPAA rating" is not missing.
- "Budget" / "예산" / "제작비" is `budget_dollars`; averages, medians, totals and maxima of budgets are over the
  films with a known budget (missing ones are left out, the 0s kept); "with a known budget" / "예산 정보가 있는"
  is not missing. "$100 million" is 100,000,000.
- "Length" / "running time" / "runtime" / "러닝타임" / "상영 시간" is `length_minutes`; "at least 2 hours" is
  120 minutes or more.
- Time: "in 1994" / "1994년 개봉" is `year` 1994; "the 1990s" / "1990년대" is 1990-1999; a decade is labelled
  by its first year (1990); "between 1995 and 2000" / "1995년부터 2000년까지" includes both ends; "from 2000 on"
  / "2000년 이후" is 2000 and later. Trends are the yearly or decade values in time order (`ordered` rows).
- Cuts: votes, ratings, lengths and budgets are cut only with "at least" / "이상" / "or higher" (inclusive);
  "more than one genre" is 2 or more. No strict cut ("over", "under") is asked.
- Rankings and which-one questions over films are labelled by `title`, asked only where no tie sits at the top
  or the cut (`top` and `best`) and the titles named are unique among the films ranked (`_film_series`).
  Among films "with at least N votes" keeps `votes >= N`.
- A share is of films unless it names another total (of all votes). "The difference" / "차이" is the first named
  minus the second, as the question orders them.
- Refused: what the tables do not hold: genres other than the seven (horror, westerns, sci-fi), directors,
  actors, box office or gross, countries, languages, awards, the users' rating shares r1..r10 (dropped), years
  after 2005, forecasts and causes ("why").
- Follow-ups keep the previous turn's filter, group and measure unless they change one ("and in 2004?" swaps the
  year; "그중 상위 3개는?" is the top of the breakdown just shown; "그 영화" is the film the previous answer
  named; a bare "비율로는?" is the previous count's share of the group the turn before counted).
"""

import pandas as pd

from evals.authoring.common import (
    BankSet,
    Conversation,
    Q,
    Table,
    best,
    percent,
    refuse,
    rows,
    top,
    value,
    values,
    where,
)

F, G = "films", "film_genres"
ID, TITLE, YEAR, LENGTH, BUDGET = "film_id", "title", "year", "length_minutes", "budget_dollars"
RATING, VOTES, MPAA, GENRE = "rating", "votes", "mpaa_rating", "genre"


def _f(f, **equal):
    """The films (with these column values: `_f(f, year=1994)`)."""
    return where(f[F], **equal)


def _genre(frame, f, *genres):
    """The films of `frame` that have every one of these genres."""
    for genre in genres:
        frame = frame[frame[ID].isin(set(where(f[G], genre=genre)[ID]))]
    return frame


def _g(f, *genres, **equal):
    """The films with these genres (and column values)."""
    return _genre(_f(f, **equal), f, *genres)


def _j(f, frame=None):
    """The films (of `frame`) joined to their genres: one row per film and genre."""
    films = _f(f) if frame is None else frame
    joined = films.merge(f[G], on=ID, how="inner", validate="one_to_many")
    if not set(f[G][ID]) <= set(_f(f)[ID]):
        raise ValueError("a genre row without a film")
    return joined


def _years(frame, first, last):
    return frame[frame[YEAR].between(first, last)]


def _decade(frame, start):
    return _years(frame, start, start + 9)


def _voted(frame, n):
    return frame[frame[VOTES] >= n]


def _budgeted(frame):
    return frame[frame[BUDGET].notna()]


def _budget(frame):
    """The known budgets, as floats."""
    return _budgeted(frame)[BUDGET].astype("float64")


def _genre_counts(f):
    """Each film's number of genres (0 for a film without one)."""
    counts = f[G].groupby(ID).size()
    return _f(f)[ID].map(counts).fillna(0).astype("int64")


def _share(part, whole):
    return percent(100 * part / whole)


def _by(frame, column, measure, how="mean"):
    return frame.groupby(column)[measure].agg(how)


def _count_by(frame, column):
    return frame.groupby(column).size()


def _budget_by(frame, column, how="mean"):
    known = _budgeted(frame).assign(**{BUDGET: _budget(frame)})
    return known.groupby(column)[BUDGET].agg(how)


def _by_decade(frame, measure=None, how="mean"):
    decades = frame[YEAR] // 10 * 10
    if measure is None:
        return frame.groupby(decades).size()
    return frame.groupby(decades)[measure].agg(how)


def _film_series(frame, column):
    """`column` by title, for a ranking over films; a title twice in `frame` is refused where it is named."""
    series = frame.set_index(TITLE)[column]
    return series.dropna().astype("float64") if column == BUDGET else series


def _film_top(frame, column, n, largest=True):
    found = top(_film_series(frame, column), n, largest)
    for title in found["order"]:
        if (frame[TITLE] == title).sum() != 1:
            raise ValueError(f"{title!r} names several films of the ranking")
    return found


def _film_best(frame, column, largest=True):
    found = best(_film_series(frame, column), largest)
    if (frame[TITLE] == found["label"]).sum() != 1:
        raise ValueError(f"{found['label']!r} names several films")
    return found


def _film(frame, column, largest=True):
    """The row of the film with the largest (smallest) `column` in `frame`, refusing a tie."""
    label = _film_best(frame, column, largest)["label"]
    return frame[frame[TITLE] == label].iloc[0]


def _most_voted(f):
    return _film(_f(f), VOTES)


def _pct_comedy(frame, f):
    return 100 * len(_genre(frame, f, "Comedy")) / len(frame)


def _by_decade_share_comedy(f):
    films = _f(f)
    decades = sorted(set(films[YEAR] // 10 * 10))
    return pd.Series({d: _pct_comedy(_decade(films, d), f) for d in decades})


def _top_years(f, n=5):
    return top(_count_by(_f(f), YEAR), n)["order"]


def _priciest_drama(f):
    return _film(_budgeted(_g(f, "Drama")), BUDGET)


SET = BankSet(
    name="dev_movies",
    split="dev",
    tables=[
        Table(F, file="dev/movies_films.parquet"),
        Table(G, file="dev/movies_film_genres.parquet"),
    ],
    questions=[
        # count
        Q("mv-01", "count", "How many films are in the table?", lambda f: value(len(_f(f)))),
        Q("mv-02", "count", "2000년에 개봉한 영화는 몇 편이야?", lambda f: value(len(_f(f, year=2000)))),
        Q(
            "mv-03",
            "count",
            "How many films have a known budget?",
            lambda f: value(len(_budgeted(_f(f)))),
        ),
        Q("mv-04", "count", "R등급 영화는 몇 편인가요?", lambda f: value(len(_f(f, mpaa_rating="R")))),
        Q("mv-05", "count", "How many comedies are there?", lambda f: value(len(_g(f, "Comedy")))),
        Q(
            "mv-06",
            "count",
            "장르가 하나도 지정되지 않은 영화는 몇 편이야?",
            lambda f: value(int((_genre_counts(f) == 0).sum())),
        ),
        Q(
            "mv-07",
            "count",
            "How many films run at least 3 hours (180 minutes or more)?",
            lambda f: value(len(_f(f)[_f(f)[LENGTH] >= 180])),
        ),
        # count_distinct
        Q("mv-08", "count_distinct", "How many distinct titles are there?", lambda f: value(_f(f)[TITLE].nunique())),
        Q(
            "mv-09",
            "count_distinct",
            "제목이 같은 영화가 두 편 이상 있는 제목은 몇 개야?",
            lambda f: value(int((_f(f)[TITLE].value_counts() >= 2).sum())),
        ),
        Q(
            "mv-10",
            "count_distinct",
            "In how many different years was at least one Documentary released?",
            lambda f: value(_g(f, "Documentary")[YEAR].nunique()),
        ),
        # sum
        Q("mv-11", "sum", "Total votes across all films?", lambda f: value(_f(f)[VOTES].sum())),
        Q(
            "mv-12",
            "sum",
            "What's the combined budget of the films released in 1997 (where the budget is known)?",
            lambda f: value(_budget(_f(f, year=1997)).sum()),
        ),
        # average
        Q("mv-13", "average", "What's the average rating of all films?", lambda f: value(_f(f)[RATING].mean())),
        Q(
            "mv-14",
            "average",
            "Median budget among the films with a known budget",
            lambda f: value(_budget(_f(f)).median()),
        ),
        Q("mv-15", "average", "코미디 영화 평균 평점은?", lambda f: value(_g(f, "Comedy")[RATING].mean())),
        Q(
            "mv-16",
            "average",
            "Average number of votes per film for films from the 1990s",
            lambda f: value(_decade(_f(f), 1990)[VOTES].mean()),
        ),
        Q(
            "mv-17",
            "average",
            "PG-13 영화들 평균 제작비는 얼마야? (예산 알려진 것만)",
            lambda f: value(_budget(_f(f, mpaa_rating="PG-13")).mean()),
        ),
        # min_max
        Q("mv-18", "min_max", "What's the longest running time in minutes?", lambda f: value(_f(f)[LENGTH].max())),
        Q("mv-19", "min_max", "가장 오래된 영화는 몇 년도 작품이야?", lambda f: value(_f(f)[YEAR].min())),
        Q("mv-20", "min_max", "biggest budget in the data?", lambda f: value(_budget(_f(f)).max())),
        Q(
            "mv-21",
            "min_max",
            "다큐멘터리 중에서 가장 많은 투표 수는 몇 표야?",
            lambda f: value(_g(f, "Documentary")[VOTES].max()),
        ),
        Q(
            "mv-22",
            "min_max",
            "What is the lowest rating of any R-rated film?",
            lambda f: value(_f(f, mpaa_rating="R")[RATING].min()),
        ),
        # multi_measure
        Q(
            "mv-23",
            "multi_measure",
            "For Action films: how many are there, what's their average rating and their average budget (known "
            "budgets only)?",
            lambda f: values(len(_g(f, "Action")), _g(f, "Action")[RATING].mean(), _budget(_g(f, "Action")).mean()),
        ),
        Q(
            "mv-24",
            "multi_measure",
            "1990년대 영화 수, 평균 평점, 평균 러닝타임 같이 보여줘",
            lambda f: values(
                len(_decade(_f(f), 1990)), _decade(_f(f), 1990)[RATING].mean(), _decade(_f(f), 1990)[LENGTH].mean()
            ),
        ),
        Q(
            "mv-25",
            "multi_measure",
            "min, median and max number of votes",
            lambda f: values(_f(f)[VOTES].min(), _f(f)[VOTES].median(), _f(f)[VOTES].max()),
        ),
        # ranking
        Q("mv-26", "ranking", "Top 5 films by number of votes", lambda f: _film_top(_f(f), VOTES, 5)),
        Q(
            "mv-27",
            "ranking",
            "투표 수 1만 이상인 애니메이션 영화 중 평점 상위 2편",
            lambda f: _film_top(_voted(_g(f, "Animation"), 10000), RATING, 2),
        ),
        Q(
            "mv-28",
            "ranking",
            "Rank the genres by number of films, most first.",
            lambda f: top(_count_by(f[G], GENRE), 7),
        ),
        Q(
            "mv-29",
            "ranking",
            "평균 평점이 높은 장르 순서대로 전부 보여줘",
            lambda f: top(_by(_j(f), GENRE, RATING), 7),
        ),
        Q(
            "mv-30",
            "ranking",
            "1999년 영화 중 투표 수가 가장 많은 3편은?",
            lambda f: _film_top(_f(f, year=1999), VOTES, 3),
        ),
        Q(
            "mv-31",
            "ranking",
            "Which three decades have the highest average rating? Highest first.",
            lambda f: top(_by_decade(_f(f), RATING), 3),
        ),
        # which_one
        Q("mv-32", "which_one", "Which year has the most films?", lambda f: best(_count_by(_f(f), YEAR))),
        Q("mv-33", "which_one", "가장 많은 표를 받은 영화 제목은?", lambda f: _film_best(_f(f), VOTES)),
        Q(
            "mv-34",
            "which_one",
            "Which genre has the highest average budget?",
            lambda f: best(_budget_by(_j(f), GENRE)),
        ),
        Q(
            "mv-35",
            "which_one",
            "1980년대 영화 중 투표 수 1위는 뭐야?",
            lambda f: _film_best(_decade(_f(f), 1980), VOTES),
        ),
        Q(
            "mv-36",
            "which_one",
            "Among films with at least 50,000 votes, which one has the lowest rating?",
            lambda f: _film_best(_voted(_f(f), 50000), RATING, largest=False),
        ),
        Q(
            "mv-37",
            "which_one",
            "What's the highest-rated Documentary with at least 5,000 votes?",
            lambda f: _film_best(_voted(_g(f, "Documentary"), 5000), RATING),
        ),
        # share
        Q(
            "mv-38",
            "share",
            "What share of 1990s films are comedies?",
            lambda f: _share(len(_decade(_g(f, "Comedy"), 1990)), len(_decade(_f(f), 1990))),
        ),
        Q(
            "mv-39",
            "share",
            "예산 정보가 있는 영화 비율은 몇 %야?",
            lambda f: _share(len(_budgeted(_f(f))), len(_f(f))),
        ),
        Q(
            "mv-40",
            "share",
            "What percent of films have an MPAA rating?",
            lambda f: _share(_f(f)[MPAA].notna().sum(), len(_f(f))),
        ),
        Q(
            "mv-41",
            "share",
            "R등급 영화 중 드라마 비율은?",
            lambda f: _share(len(_g(f, "Drama", mpaa_rating="R")), len(_f(f, mpaa_rating="R"))),
        ),
        Q(
            "mv-42",
            "share",
            "What share of all votes went to films released in 2000 or later?",
            lambda f: _share(_f(f)[_f(f)[YEAR] >= 2000][VOTES].sum(), _f(f)[VOTES].sum()),
        ),
        Q(
            "mv-43",
            "share",
            "평점 8점 이상인 영화는 전체의 몇 퍼센트야?",
            lambda f: _share((_f(f)[RATING] >= 8).sum(), len(_f(f))),
        ),
        # breakdown
        Q("mv-44", "breakdown", "How many films are there per decade?", lambda f: rows(_by_decade(_f(f)))),
        Q("mv-45", "breakdown", "MPAA 등급별 평균 평점 보여줘", lambda f: rows(_by(_f(f), MPAA, RATING))),
        Q(
            "mv-46",
            "breakdown",
            "number of films by how many genres they have (0 to 5)",
            lambda f: rows(_genre_counts(f).value_counts().sort_index()),
        ),
        Q("mv-47", "breakdown", "장르별 평균 러닝타임", lambda f: rows(_by(_j(f), GENRE, LENGTH))),
        Q(
            "mv-48",
            "breakdown",
            "Average budget by MPAA rating (known budgets)",
            lambda f: rows(_budget_by(_f(f), MPAA)),
        ),
        Q(
            "mv-49",
            "breakdown",
            "2000년대 영화를 장르별로 몇 편씩인지 세어줘",
            lambda f: rows(_count_by(_j(f, _decade(_f(f), 2000)), GENRE)),
        ),
        # filter_value
        Q(
            "mv-50",
            "filter_value",
            "What's the average rating of films that are at least 2 hours long?",
            lambda f: value(_f(f)[_f(f)[LENGTH] >= 120][RATING].mean()),
        ),
        Q(
            "mv-51",
            "filter_value",
            "투표 수 1,000표 이상인 영화들 평균 평점",
            lambda f: value(_voted(_f(f), 1000)[RATING].mean()),
        ),
        Q(
            "mv-52",
            "filter_value",
            "How many R-rated films have a budget of at least $100 million?",
            lambda f: value(int((_budget(_f(f, mpaa_rating="R")) >= 100_000_000).sum())),
        ),
        Q(
            "mv-53",
            "filter_value",
            "average votes of films rated 9 or higher",
            lambda f: value(_f(f)[_f(f)[RATING] >= 9][VOTES].mean()),
        ),
        # loose_value
        Q("mv-54", "loose_value", "how many cartoons are in the data", lambda f: value(len(_g(f, "Animation")))),
        Q("mv-55", "loose_value", "avg runtime of action movies?", lambda f: value(_g(f, "Action")[LENGTH].mean())),
        # join: through the bridge
        Q(
            "mv-56",
            "join",
            "Average rating by genre, only counting films with at least 1,000 votes",
            lambda f: rows(_by(_j(f, _voted(_f(f), 1000)), GENRE, RATING)),
        ),
        Q(
            "mv-57",
            "join",
            "How many films are both Comedy and Romance?",
            lambda f: value(len(_g(f, "Comedy", "Romance"))),
        ),
        Q(
            "mv-58",
            "join",
            "액션이면서 드라마인 영화는 몇 편이야?",
            lambda f: value(len(_g(f, "Action", "Drama"))),
        ),
        Q(
            "mv-59",
            "join",
            "Which genre has the most R-rated films?",
            lambda f: best(_count_by(_j(f, _f(f, mpaa_rating="R")), GENRE)),
        ),
        Q(
            "mv-60",
            "join",
            "How many films have more than one genre?",
            lambda f: value(int((_genre_counts(f) >= 2).sum())),
        ),
        Q(
            "mv-61",
            "join",
            "PG 등급 애니메이션 영화는 몇 편이야?",
            lambda f: value(len(_g(f, "Animation", mpaa_rating="PG"))),
        ),
        Q(
            "mv-62",
            "join",
            "Among Action films, which MPAA rating is the most common?",
            lambda f: best(_count_by(_g(f, "Action"), MPAA)),
        ),
        Q(
            "mv-63",
            "join",
            "영화 한 편당 평균 장르 수는? (장르 없는 영화도 0개로 포함해서)",
            lambda f: value(_genre_counts(f).mean()),
        ),
        # year_period
        Q("mv-64", "year_period", "How many films came out in 1994?", lambda f: value(len(_f(f, year=1994)))),
        Q(
            "mv-65",
            "year_period",
            "1970년대 드라마 영화 평균 평점",
            lambda f: value(_decade(_g(f, "Drama"), 1970)[RATING].mean()),
        ),
        Q(
            "mv-66",
            "year_period",
            "What was the average budget of films released in 2004, where known?",
            lambda f: value(_budget(_f(f, year=2004)).mean()),
        ),
        Q(
            "mv-67",
            "year_period",
            "2005년 개봉작 중 PG-13 영화 수",
            lambda f: value(len(_f(f, year=2005, mpaa_rating="PG-13"))),
        ),
        # date_range
        Q(
            "mv-68",
            "date_range",
            "How many films were released between 1939 and 1945, inclusive?",
            lambda f: value(len(_years(_f(f), 1939, 1945))),
        ),
        Q(
            "mv-69",
            "date_range",
            "1995년부터 2000년까지 나온 액션 영화는 몇 편?",
            lambda f: value(len(_years(_g(f, "Action"), 1995, 2000))),
        ),
        # trend
        Q(
            "mv-70",
            "trend",
            "How has the average rating changed by decade? Oldest decade first.",
            lambda f: rows(_by_decade(_f(f), RATING), ordered=True),
        ),
        Q(
            "mv-71",
            "trend",
            "2000년부터 2005년까지 연도별 영화 수 추이",
            lambda f: rows(_count_by(_years(_f(f), 2000, 2005), YEAR), ordered=True),
        ),
        Q(
            "mv-72",
            "trend",
            "Average known budget per year from 1995 to 2004, in year order",
            lambda f: rows(_budget_by(_years(_f(f), 1995, 2004), YEAR), ordered=True),
        ),
        Q(
            "mv-73",
            "trend",
            "연대별로 코미디 영화 비율(%)이 어떻게 변했는지 보여줘",
            lambda f: rows(_by_decade_share_comedy(f), ordered=True),
        ),
        Q(
            "mv-74",
            "trend",
            "number of Animation films per year, 1998 to 2005",
            lambda f: rows(_count_by(_years(_g(f, "Animation"), 1998, 2005), YEAR), ordered=True),
        ),
        # unanswerable
        Q("mv-75", "unanswerable", "How many horror films are in the data?", lambda f: refuse()),
        Q("mv-76", "unanswerable", "Titanic 감독이 누구야?", lambda f: refuse()),
        Q("mv-77", "unanswerable", "Which film earned the most at the box office?", lambda f: refuse()),
        Q("mv-78", "unanswerable", "2010년에 개봉한 영화는 몇 편이야?", lambda f: refuse()),
        Q(
            "mv-79",
            "unanswerable",
            "What share of the users who rated 'Matrix, The' gave it a 10?",
            lambda f: refuse(),
        ),
        Q("mv-80", "unanswerable", "2007년 개봉작 평균 평점 예측해줘", lambda f: refuse()),
        Q("mv-81", "unanswerable", "Number of films by country of production", lambda f: refuse()),
        Q("mv-82", "unanswerable", "다큐멘터리가 액션 영화보다 평점이 높은 이유가 뭐야?", lambda f: refuse()),
        Q("mv-83", "unanswerable", "Which actor appears in the most films?", lambda f: refuse()),
        # conversations
        Conversation(
            "mv-c01",
            "followup",
            [
                ("장르별 영화 수 보여줘", lambda f: rows(_count_by(f[G], GENRE))),
                ("그중 상위 3개는?", lambda f: top(_count_by(f[G], GENRE), 3)),
                ("평균 평점으로는 어느 장르가 1등이야?", lambda f: best(_by(_j(f), GENRE, RATING))),
            ],
        ),
        Conversation(
            "mv-c02",
            "followup",
            [
                ("How many films came out in 1999?", lambda f: value(len(_f(f, year=1999)))),
                ("and in 2004?", lambda f: value(len(_f(f, year=2004)))),
                (
                    "what's the difference, 2004 minus 1999?",
                    lambda f: value(len(_f(f, year=2004)) - len(_f(f, year=1999))),
                ),
            ],
        ),
        Conversation(
            "mv-c03",
            "followup",
            [
                ("What's the average rating of Action films?", lambda f: value(_g(f, "Action")[RATING].mean())),
                ("and of Documentaries?", lambda f: value(_g(f, "Documentary")[RATING].mean())),
                (
                    "only those with at least 1,000 votes?",
                    lambda f: value(_voted(_g(f, "Documentary"), 1000)[RATING].mean()),
                ),
            ],
        ),
        Conversation(
            "mv-c04",
            "followup",
            [
                ("투표를 제일 많이 받은 영화는?", lambda f: _film_best(_f(f), VOTES)),
                ("그 영화 평점은?", lambda f: value(_most_voted(f)[RATING])),
                ("몇 년도 작품이야?", lambda f: value(_most_voted(f)[YEAR])),
                ("러닝타임은?", lambda f: value(_most_voted(f)[LENGTH])),
            ],
        ),
        Conversation(
            "mv-c05",
            "followup",
            [
                ("How many R-rated films are there?", lambda f: value(len(_f(f, mpaa_rating="R")))),
                (
                    "how many of them have a known budget?",
                    lambda f: value(len(_budgeted(_f(f, mpaa_rating="R")))),
                ),
                (
                    "what share is that?",
                    lambda f: _share(len(_budgeted(_f(f, mpaa_rating="R"))), len(_f(f, mpaa_rating="R"))),
                ),
            ],
        ),
        Conversation(
            "mv-c06",
            "followup",
            [
                ("1990년대 영화 중 코미디는 몇 편?", lambda f: value(len(_decade(_g(f, "Comedy"), 1990)))),
                (
                    "비율로는?",
                    lambda f: _share(len(_decade(_g(f, "Comedy"), 1990)), len(_decade(_f(f), 1990))),
                ),
                (
                    "2000년대는?",
                    lambda f: _share(len(_decade(_g(f, "Comedy"), 2000)), len(_decade(_f(f), 2000))),
                ),
            ],
        ),
        Conversation(
            "mv-c07",
            "followup",
            [
                ("Top 5 years by number of films", lambda f: top(_count_by(_f(f), YEAR), 5)),
                (
                    "which of those years has the highest average rating?",
                    lambda f: best(_by(_f(f)[_f(f)[YEAR].isin(_top_years(f))], YEAR, RATING)),
                ),
            ],
        ),
        Conversation(
            "mv-c08",
            "followup",
            [
                ("MPAA 등급별 영화 수 알려줘", lambda f: rows(_count_by(_f(f), MPAA))),
                ("평균 예산도 등급별로 (예산 있는 것만)", lambda f: rows(_budget_by(_f(f), MPAA))),
                ("그중 평균 예산이 제일 낮은 등급은?", lambda f: best(_budget_by(_f(f), MPAA), largest=False)),
            ],
        ),
        Conversation(
            "mv-c09",
            "followup",
            [
                ("How many films are titled 'Hamlet'?", lambda f: value(len(_f(f, title="Hamlet")))),
                ("what's the earliest year one came out?", lambda f: value(_f(f, title="Hamlet")[YEAR].min())),
                (
                    "and what's the average running time of those Hamlets?",
                    lambda f: value(_f(f, title="Hamlet")[LENGTH].mean()),
                ),
            ],
        ),
        Conversation(
            "mv-c10",
            "followup",
            [
                ("애니메이션 영화들 투표 수 합계는?", lambda f: value(_g(f, "Animation")[VOTES].sum())),
                (
                    "그 표 중에 2000년 이후 개봉작이 받은 비율은?",
                    lambda f: _share(
                        _g(f, "Animation")[_g(f, "Animation")[YEAR] >= 2000][VOTES].sum(),
                        _g(f, "Animation")[VOTES].sum(),
                    ),
                ),
            ],
        ),
        Conversation(
            "mv-c11",
            "followup",
            [
                (
                    "Average film length by decade, in order",
                    lambda f: rows(_by_decade(_f(f), LENGTH), ordered=True),
                ),
                ("which decade has the longest average?", lambda f: best(_by_decade(_f(f), LENGTH))),
            ],
        ),
        Conversation(
            "mv-c12",
            "followup",
            [
                ("2005년 개봉 영화 평균 평점은?", lambda f: value(_f(f, year=2005)[RATING].mean())),
                ("2006년은?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "mv-c13",
            "followup",
            [
                (
                    "예산이 가장 큰 드라마 영화는 뭐야?",
                    lambda f: _film_best(_budgeted(_g(f, "Drama")), BUDGET),
                ),
                ("그 영화 예산은 얼마야?", lambda f: value(_priciest_drama(f)[BUDGET])),
                ("평점은?", lambda f: value(_priciest_drama(f)[RATING])),
            ],
        ),
        Conversation(
            "mv-c14",
            "followup",
            [
                (
                    "How many films have at least 100,000 votes?",
                    lambda f: value(len(_voted(_f(f), 100000))),
                ),
                ("what's their average rating?", lambda f: value(_voted(_f(f), 100000)[RATING].mean())),
                (
                    "and how many of them are Drama films?",
                    lambda f: value(len(_genre(_voted(_f(f), 100000), f, "Drama"))),
                ),
            ],
        ),
        Conversation(
            "mv-c15",
            "followup",
            [
                (
                    "다큐멘터리 영화 수를 연대별로 보여줘",
                    lambda f: rows(_by_decade(_g(f, "Documentary"))),
                ),
                ("그럼 애니메이션은?", lambda f: rows(_by_decade(_g(f, "Animation")))),
            ],
        ),
        Conversation(
            "mv-c16",
            "followup",
            [
                ("PG-13 영화 평균 평점?", lambda f: value(_f(f, mpaa_rating="PG-13")[RATING].mean())),
                ("R등급은?", lambda f: value(_f(f, mpaa_rating="R")[RATING].mean())),
                (
                    "PG-13에서 R 빼면 차이가 얼마야?",
                    lambda f: value(
                        _f(f, mpaa_rating="PG-13")[RATING].mean() - _f(f, mpaa_rating="R")[RATING].mean()
                    ),
                ),
            ],
        ),
    ],
)
