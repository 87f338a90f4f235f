"""Dev set on vcd::Baseball normalised into `players` (322 hitters), `teams` (26) and `positions` (25).

Each player row refers to his 1986 team by `team_id` and his 1986 position by `position_id`: a team's name,
league (American / National) and division (East / West), and a position's name, live in their dimension only,
so questions naming them need a join. The three tables each have a `name` column. Batting and fielding counts
(`hits`, `home_runs`, `rbi`, `errors`, ...) are the 1986 season's, `career_*` the career's to 1986, `years` the
years in the majors, `salary` the opening-day 1987 salary in $1,000, missing for 59 players (averages and
totals skip them). "How many players" counts player rows, "how many teams" teams. Positions are asked by a
name no two-position code shares (Right field, Center field), so "right fielders" has one reading.
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
    where,
)


def _p(f):
    return f["players"]


def _j(f):
    """Players with their team's name, league and division and their position's name."""
    teams = f["teams"].rename(columns={"name": "team"})
    positions = f["positions"].rename(columns={"name": "position"})
    return _p(f).merge(teams, on="team_id", how="left").merge(positions, on="position_id", how="left")


def _where(f, **equal):
    return where(_j(f), **equal)


def _named(f):
    return _p(f).set_index("name")


SET = BankSet(
    name="dev_hitters",
    split="dev",
    tables=[Table("players", file="dev/players.parquet"), Table("teams", file="dev/teams.parquet"),
            Table("positions", file="dev/positions.parquet")],
    questions=[
        # join: a measure by the team's or the position's name
        Q("hit-01", "join", "average salary by team", lambda f: rows(_j(f).groupby("team").salary.mean())),
        Q("hit-02", "join", "팀별 평균 home_runs", lambda f: rows(_j(f).groupby("team").home_runs.mean())),
        Q("hit-03", "join", "top 3 teams by total hits", lambda f: top(_j(f).groupby("team").hits.sum(), 3)),
        Q("hit-04", "join", "타점(rbi) 합계가 가장 많은 팀 3개",
          lambda f: top(_j(f).groupby("team").rbi.sum(), 3)),
        Q("hit-05", "join", "Which team has the highest average salary?",
          lambda f: best(_j(f).groupby("team").salary.mean())),
        Q("hit-06", "join", "평균 연봉이 제일 낮은 팀은?",
          lambda f: best(_j(f).groupby("team").salary.mean(), largest=False)),
        Q("hit-07", "join", "which team hit the most home runs?",
          lambda f: best(_j(f).groupby("team").home_runs.sum())),
        Q("hit-08", "join", "New York Yankees 선수들 평균 salary",
          lambda f: value(_where(f, team="New York Yankees").salary.mean())),
        Q("hit-09", "join", "what's the average salary of right fielders?",
          lambda f: value(_where(f, position="Right field").salary.mean())),
        Q("hit-10", "join", "Center field 포지션 선수들의 평균 안타 수",
          lambda f: value(_where(f, position="Center field").hits.mean())),
        Q("hit-11", "join", "포지션별 평균 홈런", lambda f: rows(_j(f).groupby("position").home_runs.mean())),
        Q("hit-12", "join", "Which position has the most players?",
          lambda f: best(_j(f).groupby("position").size())),
        # a team's attribute (league, division) as a filter or a grouping
        Q("hit-13", "join", "average salary by league", lambda f: rows(_j(f).groupby("league").salary.mean())),
        Q("hit-14", "join", "디비전별 평균 연봉", lambda f: rows(_j(f).groupby("division").salary.mean())),
        Q("hit-15", "join", "average salary of players on American League East teams",
          lambda f: value(_where(f, league="American", division="East").salary.mean())),
        Q("hit-16", "join", "National League 선수들의 평균 홈런 수",
          lambda f: value(_where(f, league="National").home_runs.mean())),
        Q("hit-17", "join", "home runs per division (total)",
          lambda f: rows(_j(f).groupby("division").home_runs.sum())),
        Q("hit-18", "join", "West 디비전 팀 중에서 평균 연봉이 가장 높은 팀은?",
          lambda f: best(_where(f, division="West").groupby("team").salary.mean())),
        Q("hit-19", "join", "Which American League team made the most errors?",
          lambda f: best(_where(f, league="American").groupby("team").errors.sum())),
        # counting player rows by a dimension's attribute or name
        Q("hit-20", "count", "How many players are in the National League?",
          lambda f: value(len(_where(f, league="National")))),
        Q("hit-21", "count", "리그별 선수 수", lambda f: rows(_j(f).groupby("league").size())),
        Q("hit-22", "count", "East 디비전 소속 선수는 몇 명이야?", lambda f: value(len(_where(f, division="East")))),
        Q("hit-23", "count", "how many players does the boston red sox have",
          lambda f: value(len(_where(f, team="Boston Red Sox")))),
        # count_distinct
        Q("hit-24", "count_distinct", "how many teams are there?", lambda f: value(len(f["teams"]))),
        Q("hit-25", "count_distinct", "아메리칸리그 팀은 몇 개야?",
          lambda f: value((f["teams"].league == "American").sum())),
        Q("hit-26", "count_distinct", "How many different teams have a player with a salary above 1000?",
          lambda f: value(_p(f)[_p(f).salary > 1000].team_id.nunique())),
        Q("hit-27", "count_distinct", "홈런 20개 이상 친 선수가 있는 팀은 몇 팀이야?",
          lambda f: value(_p(f)[_p(f).home_runs >= 20].team_id.nunique())),
        # share
        Q("hit-28", "share", "what share of the players play in the American League?",
          lambda f: percent(100 * (_j(f).league == "American").mean())),
        Q("hit-29", "share", "연봉 정보가 없는 선수 비율", lambda f: percent(100 * _p(f).salary.isna().mean())),
        Q("hit-30", "share", "What percentage of all home runs were hit by National League players?",
          lambda f: percent(100 * _where(f, league="National").home_runs.sum() / _p(f).home_runs.sum())),
        # multi_measure
        Q("hit-31", "multi_measure", "min, max and average salary in the National League",
          lambda f: values(*_where(f, league="National").salary.agg(["min", "max", "mean"]))),
        Q("hit-32", "multi_measure", "Toronto Blue Jays의 총 홈런이랑 총 타점",
          lambda f: values(_where(f, team="Toronto Blue Jays").home_runs.sum(),
                           _where(f, team="Toronto Blue Jays").rbi.sum())),
        Q("hit-33", "multi_measure", "Chicago Cubs 선수들 평균 years와 평균 salary",
          lambda f: values(_where(f, team="Chicago Cubs").years.mean(), _where(f, team="Chicago Cubs").salary.mean())),
        # ranking / which_one over players
        Q("hit-34", "ranking", "연봉 상위 3명", lambda f: top(_named(f).salary, 3)),
        Q("hit-35", "ranking", "top 5 players by career home runs", lambda f: top(_named(f).career_home_runs, 5)),
        Q("hit-36", "which_one", "1986년에 홈런을 제일 많이 친 선수는?", lambda f: best(_named(f).home_runs)),
        # unanswerable
        Q("hit-37", "unanswerable", "What was each team's win-loss record in 1986?", lambda f: refuse()),
        Q("hit-38", "unanswerable", "선수들의 평균 나이는?", lambda f: refuse()),
        Q("hit-39", "unanswerable", "predict Don Mattingly's salary for 1988", lambda f: refuse()),
        Q("hit-40", "unanswerable", "팀별 홈 관중 수 알려줘", lambda f: refuse()),
        Q("hit-41", "unanswerable", "which pitcher had the lowest ERA?", lambda f: refuse()),
        Q("hit-42", "unanswerable", "내년 팀별 홈런 수 예측해줘", lambda f: refuse()),
        # conversations
        Conversation("hit-43", "followup", [
            ("how many players are there?", lambda f: value(len(_p(f)))),
            ("by league?", lambda f: rows(_j(f).groupby("league").size())),
            ("only the East division", lambda f: rows(_where(f, division="East").groupby("league").size())),
        ]),
        Conversation("hit-44", "followup", [
            ("평균 연봉은?", lambda f: value(_p(f).salary.mean())),
            ("팀별로 보여줘", lambda f: rows(_j(f).groupby("team").salary.mean())),
            ("아메리칸리그 팀만", lambda f: rows(_where(f, league="American").groupby("team").salary.mean())),
        ]),
        Conversation("hit-45", "followup", [
            ("total home runs by division", lambda f: rows(_j(f).groupby("division").home_runs.sum())),
            ("just National League teams",
             lambda f: rows(_where(f, league="National").groupby("division").home_runs.sum())),
            ("and the average instead of the total?",
             lambda f: rows(_where(f, league="National").groupby("division").home_runs.mean())),
        ]),
        Conversation("hit-46", "followup", [
            ("Boston Red Sox 선수는 몇 명?", lambda f: value(len(_where(f, team="Boston Red Sox")))),
            ("그 선수들 평균 연봉은?", lambda f: value(_where(f, team="Boston Red Sox").salary.mean())),
            ("최고 연봉은?", lambda f: value(_where(f, team="Boston Red Sox").salary.max())),
        ]),
        Conversation("hit-47", "followup", [
            ("which team has the most players?", lambda f: best(_j(f).groupby("team").size())),
            ("and the fewest?", lambda f: best(_j(f).groupby("team").size(), largest=False)),
        ]),
        Conversation("hit-48", "followup", [
            ("리그별 선수 수", lambda f: rows(_j(f).groupby("league").size())),
            ("연봉 1000 넘는 선수만", lambda f: rows(_j(f)[_j(f).salary > 1000].groupby("league").size())),
            ("그 선수들 평균 홈런은?",
             lambda f: rows(_j(f)[_j(f).salary > 1000].groupby("league").home_runs.mean())),
        ]),
        Conversation("hit-49", "followup", [
            ("average errors by league", lambda f: rows(_j(f).groupby("league").errors.mean())),
            ("as totals", lambda f: rows(_j(f).groupby("league").errors.sum())),
            ("only the West division", lambda f: rows(_where(f, division="West").groupby("league").errors.sum())),
        ]),
        Conversation("hit-50", "followup", [
            ("avg hits for left fielders", lambda f: value(_where(f, position="Left field").hits.mean())),
            ("break that down by league",
             lambda f: rows(_where(f, position="Left field").groupby("league").hits.mean())),
            ("what about right fielders?",
             lambda f: rows(_where(f, position="Right field").groupby("league").hits.mean())),
        ]),
        Conversation("hit-51", "followup", [
            ("디비전별 볼넷(walks) 총합 좀", lambda f: rows(_j(f).groupby("division").walks.sum())),
            ("내셔널리그 쪽만 보면?", lambda f: rows(_where(f, league="National").groupby("division").walks.sum())),
        ]),
        Conversation("hit-52", "followup", [
            ("how many guys have more than 10 years in the majors?", lambda f: value((_p(f).years > 10).sum())),
            ("what's their average salary?", lambda f: value(_p(f)[_p(f).years > 10].salary.mean())),
            ("split that by division",
             lambda f: rows(_j(f)[_j(f).years > 10].groupby("division").salary.mean())),
            ("ok different question: which team scored the most runs in total?",
             lambda f: best(_j(f).groupby("team").runs.sum())),
        ]),
        Conversation("hit-53", "followup", [
            ("Chicago White Sox 선수들 타점(rbi) 평균 얼마야?",
             lambda f: value(_where(f, team="Chicago White Sox").rbi.mean())),
            ("최댓값으로는?", lambda f: value(_where(f, team="Chicago White Sox").rbi.max())),
            ("오클랜드 애슬레틱스(Oakland Athletics)는?",
             lambda f: value(_where(f, team="Oakland Athletics").rbi.max())),
        ]),
        Conversation("hit-54", "followup", [
            ("리그별로 평균 years 보여줘", lambda f: rows(_j(f).groupby("league").years.mean())),
            ("What's the average career home runs of players on National League East teams?",
             lambda f: value(_where(f, league="National", division="East").career_home_runs.mean())),
        ]),
    ],
)
