"""Dev set on Ecdat::Caschool (420 California school districts, 1998-1999) as a district table and a county table.

`districts` holds one row per district and refers to `counties` (45) by `county_id`; a county's name lives in
`counties` only, so "by county" or "in Los Angeles county" needs a join. Made by
evals/authoring/dev_derived_schools.py. There is one school year and no date: periods, trends and forecasts
cannot be answered.

Readings:
- "How many districts" counts rows of `districts`; "how many students" sums `enrollment`, "how many teachers"
  sums `teachers` (full-time equivalents, not whole numbers).
- An average over districts ("average test score", "평균 학생-교사 비율", "by county") is the plain mean of the
  districts' values, not weighted by enrollment, as the table holds them. A ratio of totals is asked only in so
  many words (sch-c17: "students per teacher overall" after the totals).
- `average_income` is the district average income in $1,000 ("above 20" means above $20,000); the `_pct`
  columns are percentages (0-100); `expenditure_per_student` is in $.
- "Which district" answers with the district's `name`; 9 names are shared by districts of different counties,
  so such questions are only asked where the answer's name (and every name of a top-N) is unique among the
  districts asked about (checked by the helpers below).
- "The difference between the two" (sch-c26) is the larger average minus the smaller one (positive).
"""

from evals.authoring.common import (
    BankSet,
    Conversation,
    Q,
    Table,
    best,
    entity,
    order,
    percent,
    refuse,
    rows,
    top,
    value,
    values,
    where,
)

TS, STR, EXP, INC = "test_score", "student_teacher_ratio", "expenditure_per_student", "average_income"
ENR, ELL, MEAL = "enrollment", "english_learner_pct", "free_meal_pct"


def _d(f):
    return f["districts"]


def _j(f):
    """Districts with their county's name as `county`."""
    counties = f["counties"].rename(columns={"name": "county"})
    return _d(f).merge(counties, on="county_id", how="left")


def _in(f, county, **equal):
    return where(_j(f), county=county, **equal)


def _span(f, span):
    return where(_d(f), grade_span=span)


def _by_county(frame, column, how="mean"):
    return frame.groupby("county")[column].agg(how)


def _by_span(frame, column, how="mean"):
    return frame.groupby("grade_span")[column].agg(how)


def _top_rows(frame, column, n):
    """The rows of the frame's top `n` districts by the column (as `_dtop` ranks them)."""
    return frame[frame["name"].isin(_dtop(frame, column, n)["order"])]


def _dtop(frame, column, n, largest=True):
    """The top `n` districts of the frame by the column, by name (their names unique in the frame)."""
    ranked = frame.sort_values(column, ascending=not largest)
    if len(ranked) > n and ranked[column].iloc[n - 1] == ranked[column].iloc[n]:
        raise ValueError("a tie at the cut")
    head = ranked.head(n)
    if head[column].duplicated().any():
        raise ValueError("ties inside the top")
    if frame["name"].isin(head["name"]).sum() != n:
        raise ValueError("a name of the top is shared by another district of the frame")
    return order(list(head["name"]), list(head[column]))


def _dbest(frame, column, largest=True):
    """"Which district": the name and value of the frame's district with the highest (lowest) value."""
    found = _dtop(frame, column, 1, largest)
    return entity(found["order"][0], found["values"][0])


def _dfirst(frame, column, largest=True):
    """The row of the frame's district with the highest (lowest) value of the column (refusing a tie)."""
    ranked = frame.sort_values(column, ascending=not largest)
    if ranked[column].iloc[0] == ranked[column].iloc[1]:
        raise ValueError("a tie for the first place")
    return ranked.iloc[0]


def _top_counties_by_enrollment(f, n):
    return list(_by_county(_j(f), ENR, "sum").sort_values(ascending=False).head(n).index)


def _low_score_counties(f):
    """The counties whose districts' average test score is below 650."""
    means = _by_county(_j(f), TS)
    return list(means[means < 650].index)


SET = BankSet(
    name="dev_schools",
    split="dev",
    tables=[Table("districts", file="dev/schools_districts.parquet"),
            Table("counties", file="dev/schools_counties.parquet")],
    questions=[
        # count
        Q("sch-01", "count", "How many school districts are in the data?", lambda f: value(len(_d(f)))),
        Q("sch-02", "count", "KK-06 학군은 몇 개야?", lambda f: value(len(_span(f, "KK-06")))),
        Q("sch-03", "count", "how many districts have a student teacher ratio under 18",
          lambda f: value((_d(f)[STR] < 18).sum())),
        Q("sch-04", "count", "영어 학습자 비율이 50%를 넘는 학군은 몇 곳이야?",
          lambda f: value((_d(f)[ELL] > 50).sum())),
        Q("sch-05", "count", "학생수 10000명 넘는 학군 몇개?", lambda f: value((_d(f)[ENR] > 10000).sum())),
        # count_distinct
        Q("sch-06", "count_distinct", "How many counties are there?", lambda f: value(len(f["counties"]))),
        Q("sch-07", "count_distinct", "시험 점수가 700점을 넘는 학군이 있는 카운티는 몇 개야?",
          lambda f: value(_d(f)[_d(f)[TS] > 700].county_id.nunique())),
        Q("sch-08", "count_distinct", "how many different grade spans are there",
          lambda f: value(_d(f).grade_span.nunique())),
        # sum
        Q("sch-09", "sum", "total enrollment across all districts", lambda f: value(_d(f)[ENR].sum())),
        Q("sch-10", "sum", "전체 교사 수 합계는?", lambda f: value(_d(f).teachers.sum())),
        Q("sch-11", "sum", "total number of computers in KK-06 districts",
          lambda f: value(_span(f, "KK-06").computers.sum())),
        # average
        Q("sch-12", "average", "average test score", lambda f: value(_d(f)[TS].mean())),
        Q("sch-13", "average", "평균 학생-교사 비율은?", lambda f: value(_d(f)[STR].mean())),
        Q("sch-14", "average", "what's the mean expenditure per student?", lambda f: value(_d(f)[EXP].mean())),
        Q("sch-15", "average", "수학 점수 평균 알려줘", lambda f: value(_d(f).math_score.mean())),
        Q("sch-16", "average", "median enrollment of a district", lambda f: value(_d(f)[ENR].median())),
        # min_max
        Q("sch-17", "min_max", "highest test score", lambda f: value(_d(f)[TS].max())),
        Q("sch-18", "min_max", "학생 1인당 지출 최솟값은?", lambda f: value(_d(f)[EXP].min())),
        Q("sch-19", "min_max", "What's the largest enrollment of any district?", lambda f: value(_d(f)[ENR].max())),
        # multi_measure
        Q("sch-20", "multi_measure", "min and max student teacher ratio",
          lambda f: values(_d(f)[STR].min(), _d(f)[STR].max())),
        Q("sch-21", "multi_measure", "읽기 점수 평균이랑 수학 점수 평균 각각 알려줘",
          lambda f: values(_d(f).reading_score.mean(), _d(f).math_score.mean())),
        Q("sch-22", "multi_measure", "KK-06 학군들의 평균 시험 점수와 평균 학생 1인당 지출",
          lambda f: values(_span(f, "KK-06")[TS].mean(), _span(f, "KK-06")[EXP].mean())),
        # ranking
        Q("sch-23", "ranking", "top 5 districts by test score", lambda f: _dtop(_d(f), TS, 5)),
        Q("sch-24", "ranking", "학생 수가 가장 많은 학군 상위 3개", lambda f: _dtop(_d(f), ENR, 3)),
        Q("sch-25", "ranking", "the 3 districts with the lowest average income",
          lambda f: _dtop(_d(f), INC, 3, largest=False)),
        Q("sch-26", "ranking", "컴퓨터 수 기준 top 5 학군", lambda f: _dtop(_d(f), "computers", 5)),
        # which_one
        Q("sch-27", "which_one", "Which district has the highest student-teacher ratio?",
          lambda f: _dbest(_d(f), STR)),
        Q("sch-28", "which_one", "학생 1인당 지출이 가장 많은 학군은?", lambda f: _dbest(_d(f), EXP)),
        Q("sch-29", "which_one", "What's the district with the lowest reading score?",
          lambda f: _dbest(_d(f), "reading_score", largest=False)),
        Q("sch-30", "which_one", "평균 시험 점수가 더 높은 grade span은?", lambda f: best(_by_span(_d(f), TS))),
        # share
        Q("sch-31", "share", "what share of districts are KK-08?",
          lambda f: percent(100 * (_d(f).grade_span == "KK-08").mean())),
        Q("sch-32", "share", "test score가 650 미만인 학군 비율은?", lambda f: percent(100 * (_d(f)[TS] < 650).mean())),
        Q("sch-33", "share", "percentage of districts where more than 25% of students are English learners",
          lambda f: percent(100 * (_d(f)[ELL] > 25).mean())),
        Q("sch-34", "share", "전체 컴퓨터 중 KK-06 학군이 차지하는 비중",
          lambda f: percent(100 * _span(f, "KK-06").computers.sum() / _d(f).computers.sum())),
        # breakdown
        Q("sch-35", "breakdown", "average test score by grade span", lambda f: rows(_by_span(_d(f), TS))),
        Q("sch-36", "breakdown", "grade_span별 학군 수", lambda f: rows(_d(f).groupby("grade_span").size())),
        Q("sch-37", "breakdown", "학년 구성(grade span)별 평균 학생 수", lambda f: rows(_by_span(_d(f), ENR))),
        # filter_value
        Q("sch-38", "filter_value", "average test score of districts with a student-teacher ratio below 20",
          lambda f: value(_d(f)[_d(f)[STR] < 20][TS].mean())),
        Q("sch-39", "filter_value", "무료 급식 비율(free_meal_pct)이 50% 이상인 학군들의 평균 시험 점수",
          lambda f: value(_d(f)[_d(f)[MEAL] >= 50][TS].mean())),
        Q("sch-40", "filter_value", "KK-06 districts' average expenditure per student",
          lambda f: value(_span(f, "KK-06")[EXP].mean())),
        Q("sch-41", "filter_value", "영어 학습자 비율이 10% 미만인 학군의 평균 수학 점수",
          lambda f: value(_d(f)[_d(f)[ELL] < 10].math_score.mean())),
        # join: a county's name, or a breakdown by county
        Q("sch-42", "join", "average test score in Los Angeles county",
          lambda f: value(_in(f, "Los Angeles")[TS].mean())),
        Q("sch-43", "join", "Santa Clara 카운티 평균 학생-교사 비율",
          lambda f: value(_in(f, "Santa Clara")[STR].mean())),
        Q("sch-44", "join", "Fresno 카운티에서 시험 점수가 가장 높은 학군은?", lambda f: _dbest(_in(f, "Fresno"), TS)),
        Q("sch-45", "join", "In Orange county, which district has the most students?",
          lambda f: _dbest(_in(f, "Orange"), ENR)),
        Q("sch-46", "join", "average test score of KK-06 districts in Sonoma county",
          lambda f: value(_in(f, "Sonoma", grade_span="KK-06")[TS].mean())),
        Q("sch-47", "join", "Which county has the highest total enrollment?",
          lambda f: best(_by_county(_j(f), ENR, "sum"))),
        Q("sch-48", "join", "Los Angeles 카운티에 학군이 몇 개 있어?", lambda f: value(len(_in(f, "Los Angeles")))),
        Q("sch-49", "join", "카운티별 학군 수", lambda f: rows(_j(f).groupby("county").size())),
        Q("sch-50", "join", "average test score by county", lambda f: rows(_by_county(_j(f), TS))),
        Q("sch-51", "join", "평균 시험 점수가 높은 카운티 top 3", lambda f: top(_by_county(_j(f), TS), 3)),
        Q("sch-52", "join", "top 5 counties by total enrollment", lambda f: top(_by_county(_j(f), ENR, "sum"), 5)),
        Q("sch-53", "join", "평균 수학 점수 하위 3개 카운티",
          lambda f: top(_by_county(_j(f), "math_score"), 3, largest=False)),
        Q("sch-54", "join", "학군이 가장 많은 카운티는?", lambda f: best(_j(f).groupby("county").size())),
        Q("sch-55", "join", "which county has the highest average district income?",
          lambda f: best(_by_county(_j(f), INC))),
        Q("sch-56", "join", "San Diego 카운티 grade span별 학군 수",
          lambda f: rows(_in(f, "San Diego").groupby("grade_span").size())),
        Q("sch-57", "join", "what percentage of all students are in Los Angeles county?",
          lambda f: percent(100 * _in(f, "Los Angeles")[ENR].sum() / _d(f)[ENR].sum())),
        Q("sch-58", "join", "Kern 카운티 학군들의 평균 무료 급식 비율과 평균 영어 학습자 비율",
          lambda f: values(_in(f, "Kern")[MEAL].mean(), _in(f, "Kern")[ELL].mean())),
        # loosely named columns and values
        Q("sch-59", "loose_value", "avg pupils per teacher across kern county districts",
          lambda f: value(_in(f, "Kern")[STR].mean())),
        Q("sch-60", "loose_value", "소득 제일 높은 학군", lambda f: _dbest(_d(f), INC)),
        Q("sch-61", "loose_value", "how many kids are enrolled in tulare county",
          lambda f: value(_in(f, "Tulare")[ENR].sum())),
        Q("sch-62", "loose_value", "수학 성적 제일 좋은 학군은?", lambda f: _dbest(_d(f), "math_score")),
        # unanswerable
        Q("sch-63", "unanswerable", "2000년 평균 시험 점수 예측해줘", lambda f: refuse()),
        Q("sch-64", "unanswerable", "How many schools are in each district?", lambda f: refuse()),
        Q("sch-65", "unanswerable", "average teacher salary by county", lambda f: refuse()),
        Q("sch-66", "unanswerable", "학군별 졸업률 알려줘", lambda f: refuse()),
        Q("sch-67", "unanswerable", "What was the average test score in 1995?", lambda f: refuse()),
        Q("sch-68", "unanswerable", "남학생과 여학생의 평균 시험 점수 차이는?", lambda f: refuse()),
        Q("sch-69", "unanswerable", "which district has the highest dropout rate?", lambda f: refuse()),
        Q("sch-70", "unanswerable", "카운티별 인구 수", lambda f: refuse()),
        Q("sch-71", "unanswerable", "average science score by county", lambda f: refuse()),
        # conversations
        Conversation("sch-c01", "followup", [
            ("average test score by county", lambda f: rows(_by_county(_j(f), TS))),
            ("only KK-06 districts", lambda f: rows(_by_county(where(_j(f), grade_span="KK-06"), TS))),
            ("and the max?", lambda f: rows(_by_county(where(_j(f), grade_span="KK-06"), TS, "max"))),
        ]),
        Conversation("sch-c02", "followup", [
            ("Los Angeles 카운티 평균 시험 점수", lambda f: value(_in(f, "Los Angeles")[TS].mean())),
            ("그럼 San Diego는?", lambda f: value(_in(f, "San Diego")[TS].mean())),
        ]),
        Conversation("sch-c03", "followup", [
            ("how many districts have more than 5000 students?", lambda f: value((_d(f)[ENR] > 5000).sum())),
            ("what's their average test score?", lambda f: value(_d(f)[_d(f)[ENR] > 5000][TS].mean())),
        ]),
        Conversation("sch-c04", "followup", [
            ("grade span별 평균 학생-교사 비율", lambda f: rows(_by_span(_d(f), STR))),
            ("최댓값으로 바꿔줘", lambda f: rows(_by_span(_d(f), STR, "max"))),
            ("Los Angeles 카운티만", lambda f: rows(_by_span(_in(f, "Los Angeles"), STR, "max"))),
        ]),
        Conversation("sch-c05", "followup", [
            ("top 5 districts by enrollment", lambda f: _dtop(_d(f), ENR, 5)),
            ("and by number of teachers?", lambda f: _dtop(_d(f), "teachers", 5)),
        ]),
        Conversation("sch-c06", "followup", [
            ("평균 소득이 가장 낮은 카운티는?", lambda f: best(_by_county(_j(f), INC), largest=False)),
            ("평균 시험 점수가 가장 낮은 카운티는?", lambda f: best(_by_county(_j(f), TS), largest=False)),
        ]),
        Conversation("sch-c07", "followup", [
            ("Santa Clara 카운티 학군 수", lambda f: value(len(_in(f, "Santa Clara")))),
            ("평균 소득은?", lambda f: value(_in(f, "Santa Clara")[INC].mean())),
        ]),
        Conversation("sch-c08", "followup", [
            ("시험 점수가 가장 높은 학군은?", lambda f: _dbest(_d(f), TS)),
            ("그 학군 학생 수는?", lambda f: value(_dfirst(_d(f), TS)[ENR])),
            ("어느 카운티에 있어?", lambda f: entity(_dfirst(_j(f), TS)["county"])),
        ]),
        Conversation("sch-c09", "followup", [
            ("total enrollment by county", lambda f: rows(_by_county(_j(f), ENR, "sum"))),
            ("just the top 3", lambda f: top(_by_county(_j(f), ENR, "sum"), 3)),
            ("and their total teachers?",
             lambda f: rows(_by_county(_j(f)[_j(f).county.isin(_top_counties_by_enrollment(f, 3))], "teachers",
                                       "sum"))),
        ]),
        Conversation("sch-c10", "followup", [
            ("무료 급식 비율 평균은?", lambda f: value(_d(f)[MEAL].mean())),
            ("grade span별로는?", lambda f: rows(_by_span(_d(f), MEAL))),
            ("San Diego 카운티만", lambda f: rows(_by_span(_in(f, "San Diego"), MEAL))),
        ]),
        Conversation("sch-c11", "followup", [
            ("How many districts spend more than $6000 per student?", lambda f: value((_d(f)[EXP] > 6000).sum())),
            ("what share of all districts is that?", lambda f: percent(100 * (_d(f)[EXP] > 6000).mean())),
        ]),
        Conversation("sch-c12", "followup", [
            ("Marin 카운티 평균 시험 점수는?", lambda f: value(_in(f, "Marin")[TS].mean())),
            ("다른 질문인데, 전체 학군의 평균 영어 학습자 비율은?", lambda f: value(_d(f)[ELL].mean())),
        ]),
        Conversation("sch-c13", "followup", [
            ("average student-teacher ratio in Orange county", lambda f: value(_in(f, "Orange")[STR].mean())),
            ("and in Los Angeles county?", lambda f: value(_in(f, "Los Angeles")[STR].mean())),
            ("median instead", lambda f: value(_in(f, "Los Angeles")[STR].median())),
        ]),
        Conversation("sch-c14", "followup", [
            ("학생 수 1000명 미만 학군은 몇 개야?", lambda f: value((_d(f)[ENR] < 1000).sum())),
            ("그 학군들의 평균 1인당 지출은?", lambda f: value(_d(f)[_d(f)[ENR] < 1000][EXP].mean())),
        ]),
        Conversation("sch-c15", "followup", [
            ("which district has the lowest average income?", lambda f: _dbest(_d(f), INC, largest=False)),
            ("what's its test score?", lambda f: value(_dfirst(_d(f), INC, largest=False)[TS])),
        ]),
        Conversation("sch-c16", "followup", [
            ("카운티별 평균 시험 점수 하위 5개", lambda f: top(_by_county(_j(f), TS), 5, largest=False)),
            ("수학 점수로 보면?", lambda f: top(_by_county(_j(f), "math_score"), 5, largest=False)),
        ]),
        Conversation("sch-c17", "followup", [
            ("total number of teachers in San Diego county", lambda f: value(_in(f, "San Diego").teachers.sum())),
            ("and students?", lambda f: value(_in(f, "San Diego")[ENR].sum())),
            ("so how many students per teacher is that overall?",
             lambda f: value(_in(f, "San Diego")[ENR].sum() / _in(f, "San Diego").teachers.sum())),
        ]),
        Conversation("sch-c18", "followup", [
            ("KK-08 학군의 평균 시험 점수", lambda f: value(_span(f, "KK-08")[TS].mean())),
            ("KK-06은?", lambda f: value(_span(f, "KK-06")[TS].mean())),
        ]),
        Conversation("sch-c19", "followup", [
            ("how many districts have a test score above 680?", lambda f: value((_d(f)[TS] > 680).sum())),
            ("by county?", lambda f: rows(_j(f)[_j(f)[TS] > 680].groupby("county").size())),
        ]),
        Conversation("sch-c20", "followup", [
            ("Sonoma 카운티에서 학생 수가 가장 많은 학군은?", lambda f: _dbest(_in(f, "Sonoma"), ENR)),
            ("Humboldt는?", lambda f: _dbest(_in(f, "Humboldt"), ENR)),
        ]),
        Conversation("sch-c21", "followup", [
            ("average computers per student by grade span", lambda f: rows(_by_span(_d(f), "computers_per_student"))),
            ("only districts with an average income above 20",
             lambda f: rows(_by_span(_d(f)[_d(f)[INC] > 20], "computers_per_student"))),
        ]),
        Conversation("sch-c22", "followup", [
            ("평균 시험 점수가 650점 미만인 카운티는 몇 개야?", lambda f: value(len(_low_score_counties(f)))),
            ("그중 학생 수가 가장 많은 곳은?",
             lambda f: best(_by_county(_j(f)[_j(f).county.isin(_low_score_counties(f))], ENR, "sum"))),
        ]),
        Conversation("sch-c23", "followup", [
            ("영어 학습자 비율 상위 3개 학군", lambda f: _dtop(_d(f), ELL, 3)),
            ("그 학군들의 무료 급식 비율은?",
             lambda f: rows(_top_rows(_d(f), ELL, 3).set_index("name")[MEAL])),
        ]),
        Conversation("sch-c24", "followup", [
            ("average test score in Kern county", lambda f: value(_in(f, "Kern")[TS].mean())),
            ("what's the max there?", lambda f: value(_in(f, "Kern")[TS].max())),
        ]),
        Conversation("sch-c25", "followup", [
            ("Riverside 카운티 평균 시험 점수", lambda f: value(_in(f, "Riverside")[TS].mean())),
            ("작년이랑 비교하면 어때?", lambda f: refuse()),
        ]),
        Conversation("sch-c26", "followup", [
            ("average test score of districts with a student-teacher ratio under 20",
             lambda f: value(_d(f)[_d(f)[STR] < 20][TS].mean())),
            ("and 20 or more?", lambda f: value(_d(f)[_d(f)[STR] >= 20][TS].mean())),
            ("what's the difference between the two?",
             lambda f: value(abs(_d(f)[_d(f)[STR] < 20][TS].mean() - _d(f)[_d(f)[STR] >= 20][TS].mean()))),
        ]),
    ],
)
