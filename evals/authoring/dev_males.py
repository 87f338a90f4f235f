"""Dev set on `men_years`: Ecdat::Males (545 young American men observed every year 1980-1987), one row a man-year.

The table is made by evals.authoring.dev_derived_males: 4360 rows, `person_id` (the man), `year` (an integer,
1980 to 1987), `schooling_years` and `ethnicity` (Black, Hispanic, Other; both fixed for a man),
`experience_years`, `union_member` / `married` / `health_problem` (`yes` / `no`), `log_wage` (the log of the
hourly wage), `industry` (12 values), `occupation` (9) and `region` (Northeast, North Central, South, Rural area;
missing in 1245 rows).

Men and person-years:
- "How many men", "몇 명", "사람", "남성 수", "number of men" count distinct `person_id`. "Person-years",
  "rows", "observations", "관측치", "건" count rows. Within one year the two are the same (one row a man a year).
- A man "ever" / "at some point" / "한 번이라도" X is a man with at least one such row; "in every year" / "매년"
  all 8 of his rows. "The men in Manufacturing" without a year are the men with at least one row in it.
- "How many men were union members in 1985" (a year given) counts that year's rows; a range of years ("from 1982 to
  1984", "1981~1983년에 ... 사람") counts the distinct men with such a row in the range.
- Averages, medians, minima and maxima are over the rows (person-years) that the question's filters keep: "the
  average log wage of union members" is over the union person-years. The panel is balanced, so for a man's fixed
  attributes (ethnicity, schooling) the average over rows is also the average over men.
- A share "of the men" divides distinct men; a share "of person-years" / "관측치 중" divides rows; in one year the
  two are the same.

Other readings:
- Wage always means the column `log_wage` (the table's only wage); no question asks for the hourly wage in dollars.
- "By region" breakdowns say that rows without a region are left out; "which region" names one of the four.
- Years are integers; "the latest year" / "가장 최근 연도" is 1987 and "the last 3 years" 1985-1987 (the data's end,
  never today). Yearly series are ordered by year; a year asked as "which year" is its number as text.
- A year outside 1980-1987, a forecast, and columns the table does not have (hours, age, state, children, height)
  are refused. (A man's age could be worked out from schooling and experience, so age is never asked.)
- Percentages per year are asked "in %" and expected as percentages (0-100).
- "다 합치면" after a count per year is the sum of those counts (person-years), not a count of distinct men.
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

T = "men_years"
LW, EXP, SCH = "log_wage", "experience_years", "schooling_years"


def _m(f, **equal):
    return where(f[T], **equal)


def _in(f, year, **equal):
    m = _m(f, **equal)
    return m[m.year == year]


def _years(f, first, last, **equal):
    m = _m(f, **equal)
    return m[m.year.between(first, last)]


def _men(frame):
    """The number of distinct men among these rows."""
    return frame.person_id.nunique()


def _yes(frame, column):
    return frame[frame[column] == "yes"]


def _ever(f, column):
    """The men with at least one `yes` row in the column."""
    flags = _m(f).groupby("person_id")[column].apply(lambda s: (s == "yes").any())
    return set(flags[flags].index)


def _always(f, column):
    """The men with `yes` in the column in all their rows."""
    flags = _m(f).groupby("person_id")[column].apply(lambda s: (s == "yes").all())
    return set(flags[flags].index)


def _yearly(frame, column, how="mean"):
    return rows(frame.groupby("year")[column].agg(how), ordered=True)


def _count_yearly(frame):
    return rows(frame.groupby("year").size(), ordered=True)


def _pct_yearly(frame, column):
    """Per year, the percentage of rows with `yes` in the column."""
    return rows(frame.groupby("year")[column].apply(lambda s: 100 * (s == "yes").mean()), ordered=True)


def _by(frame, key, column=LW, how="mean"):
    return frame.groupby(key)[column].agg(how)


def _label(found):
    """"Which one" by its label alone (for a share, whose value may be given as 0.47 or 47%)."""
    return {"label": found["label"]}


def _best_year(frame, column=LW, largest=True):
    return best(frame.groupby(frame.year.astype(str))[column].mean(), largest=largest)


SET = BankSet(
    name="dev_males",
    split="dev",
    tables=[Table(T, file="dev/men_years.parquet")],
    questions=[
        # count: rows (person-years) or the men of one year
        Q("ml-01", "count", "How many rows are in men_years?", lambda f: value(len(_m(f)))),
        Q("ml-02", "count", "1985년에 노조원(union_member)이었던 남성은 몇 명이야?",
          lambda f: value(len(_in(f, 1985, union_member="yes")))),
        Q("ml-03", "count", "how many men were married in 1987", lambda f: value(len(_in(f, 1987, married="yes")))),
        Q("ml-04", "count", "건강 문제가 있는 관측치(person-year)는 모두 몇 건?",
          lambda f: value(len(_m(f, health_problem="yes")))),
        Q("ml-05", "count", "1980년에 log_wage가 0보다 작은 사람 수",
          lambda f: value((_in(f, 1980)[LW] < 0).sum())),
        Q("ml-06", "count", "number of observations with no region", lambda f: value(_m(f).region.isna().sum())),
        Q("ml-07", "count", "1983년 South 지역에 살던 남성 몇명?", lambda f: value(len(_in(f, 1983, region="South")))),
        # count_distinct: distinct men
        Q("ml-08", "count_distinct", "데이터에 남성은 총 몇 명 있어?", lambda f: value(_men(_m(f)))),
        Q("ml-09", "count_distinct", "How many men were union members at some point?",
          lambda f: value(len(_ever(f, "union_member")))),
        Q("ml-10", "count_distinct", "건강 문제가 한 번이라도 있었던 남성은 몇 명?",
          lambda f: value(len(_ever(f, "health_problem")))),
        Q("ml-11", "count_distinct", "Hispanic 남성은 몇 명이야?", lambda f: value(_men(_m(f, ethnicity="Hispanic")))),
        Q("ml-12", "count_distinct", "how many men have 16 years of schooling?",
          lambda f: value(_men(_m(f)[_m(f)[SCH] == 16]))),
        Q("ml-13", "count_distinct", "Mining에서 일한 적 있는 사람은 몇 명?",
          lambda f: value(_men(_m(f, industry="Mining")))),
        Q("ml-14", "count_distinct", "occupation 종류 몇 가지야", lambda f: value(_m(f).occupation.nunique())),
        Q("ml-15", "count_distinct", "1980년부터 1987년까지 매년 노조원이었던 남성은 몇 명인가요?",
          lambda f: value(len(_always(f, "union_member")))),
        Q("ml-16", "count_distinct", "region이 한 번이라도 비어 있는 남성 수",
          lambda f: value(_men(_m(f)[_m(f).region.isna()]))),
        # sum
        Q("ml-17", "sum", "1987년 모든 남성의 experience_years 합계는?", lambda f: value(_in(f, 1987)[EXP].sum())),
        # average
        Q("ml-18", "average", "What's the average log wage?", lambda f: value(_m(f)[LW].mean())),
        Q("ml-19", "average", "평균 교육 연수는?", lambda f: value(_m(f)[SCH].mean())),
        Q("ml-20", "average", "median log_wage", lambda f: value(_m(f)[LW].median())),
        # filter_value
        Q("ml-21", "filter_value", "기혼(married = yes)인 해들의 평균 log_wage",
          lambda f: value(_m(f, married="yes")[LW].mean())),
        Q("ml-22", "filter_value", "교육 연수가 12년 넘는 사람들의 평균 로그 임금",
          lambda f: value(_m(f)[_m(f)[SCH] > 12][LW].mean())),
        Q("ml-23", "filter_value", "avg log_wage of Hispanic union members",
          lambda f: value(_m(f, ethnicity="Hispanic", union_member="yes")[LW].mean())),
        # min_max
        Q("ml-24", "min_max", "가장 낮은 로그 임금은 얼마야?", lambda f: value(_m(f)[LW].min())),
        Q("ml-25", "min_max", "1987년 log_wage 최댓값", lambda f: value(_in(f, 1987)[LW].max())),
        # ranking
        Q("ml-26", "ranking", "top 3 industries by average log wage", lambda f: top(_by(_m(f), "industry"), 3)),
        Q("ml-27", "ranking", "평균 로그 임금이 높은 occupation 상위 3개", lambda f: top(_by(_m(f), "occupation"), 3)),
        Q("ml-28", "ranking", "1987년에 일하는 남성이 가장 많은 산업 3개",
          lambda f: top(_in(f, 1987).groupby("industry").size(), 3)),
        Q("ml-29", "ranking", "top 3 industries by how many different men ever worked in them",
          lambda f: top(_m(f).groupby("industry").person_id.nunique(), 3)),
        Q("ml-30", "ranking", "1987년 log_wage 가 가장 높은 3명의 person_id",
          lambda f: top(_in(f, 1987).set_index("person_id")[LW], 3)),
        Q("ml-31", "ranking", "top 5 men by average log wage over 1980-1987 (person_id)",
          lambda f: top(_by(_m(f), "person_id"), 5)),
        # which_one
        Q("ml-32", "which_one", "Which industry has the highest average log wage?",
          lambda f: best(_by(_m(f), "industry"))),
        Q("ml-33", "which_one", "평균 로그임금이 가장 높았던 연도는?", lambda f: _best_year(_m(f))),
        Q("ml-34", "which_one", "1985년에 가장 많은 남성이 일한 산업은?",
          lambda f: best(_in(f, 1985).groupby("industry").size())),
        Q("ml-35", "which_one", "관측치 기준으로 노조원 비율이 가장 높은 산업은 어디야?",
          lambda f: _label(best(_m(f).groupby("industry").union_member.apply(lambda s: (s == "yes").mean())))),
        Q("ml-36", "which_one", "which region has the lowest average log wage?",
          lambda f: best(_by(_m(f), "region"), largest=False)),
        Q("ml-37", "which_one", "가장 많은 남성이 한 번이라도 일해 본 산업은?",
          lambda f: best(_m(f).groupby("industry").person_id.nunique())),
        # share
        Q("ml-38", "share", "what share of person-years are union members?",
          lambda f: percent(100 * (_m(f).union_member == "yes").mean())),
        Q("ml-39", "share", "전체 남성 중 Hispanic 비율은?",
          lambda f: percent(100 * _men(_m(f, ethnicity="Hispanic")) / _men(_m(f)))),
        Q("ml-40", "share", "1987년에 결혼한 남성의 비중",
          lambda f: percent(100 * (_in(f, 1987).married == "yes").mean())),
        Q("ml-41", "share", "What percentage of the men were ever in a union?",
          lambda f: percent(100 * len(_ever(f, "union_member")) / _men(_m(f)))),
        # breakdown
        Q("ml-42", "breakdown", "average log wage by ethnicity", lambda f: rows(_by(_m(f), "ethnicity"))),
        Q("ml-43", "breakdown", "ethnicity별 남성 수", lambda f: rows(_m(f).groupby("ethnicity").person_id.nunique())),
        Q("ml-44", "breakdown", "노조 가입 여부별 평균 로그 임금", lambda f: rows(_by(_m(f), "union_member"))),
        Q("ml-45", "breakdown", "1987년 지역별 남성 수 (지역 없는 사람은 빼고)",
          lambda f: rows(_in(f, 1987).groupby("region").size())),
        # trend
        Q("ml-46", "trend", "average log wage per year", lambda f: _yearly(_m(f), LW)),
        Q("ml-47", "trend", "연도별 노조원 수", lambda f: _count_yearly(_m(f, union_member="yes"))),
        Q("ml-48", "trend", "연도별 결혼한 남성 비율 추이 (%)", lambda f: _pct_yearly(_m(f), "married")),
        Q("ml-49", "trend", "how did the number of men working in Manufacturing change from 1980 to 1987?",
          lambda f: _count_yearly(_m(f, industry="Manufacturing"))),
        Q("ml-50", "trend", "Hispanic 남성의 연도별 평균 log_wage", lambda f: _yearly(_m(f, ethnicity="Hispanic"), LW)),
        # year_period / date_range / relative_period
        Q("ml-51", "year_period", "average log wage in 1985", lambda f: value(_in(f, 1985)[LW].mean())),
        Q("ml-52", "date_range", "1982년부터 1984년까지 평균 로그 임금",
          lambda f: value(_years(f, 1982, 1984)[LW].mean())),
        Q("ml-53", "date_range", "from 1984 to 1987, how many union person-years were there?",
          lambda f: value(len(_years(f, 1984, 1987, union_member="yes")))),
        Q("ml-54", "date_range", "1981~1983년에 노조원이었던 적이 있는 사람은 몇 명?",
          lambda f: value(_men(_years(f, 1981, 1983, union_member="yes")))),
        Q("ml-55", "relative_period", "가장 최근 연도의 평균 log_wage", lambda f: value(_in(f, 1987)[LW].mean())),
        Q("ml-56", "relative_period", "average experience_years over the last 3 years of the data",
          lambda f: value(_years(f, 1985, 1987)[EXP].mean())),
        # multi_measure
        Q("ml-57", "multi_measure", "log_wage 평균, 최소, 최대",
          lambda f: values(*_m(f)[LW].agg(["mean", "min", "max"]))),
        Q("ml-58", "multi_measure", "Trade 산업의 남성 수와 관측치 수",
          lambda f: values(_men(_m(f, industry="Trade")), len(_m(f, industry="Trade")))),
        Q("ml-59", "multi_measure", "1987년 평균 경력이랑 평균 로그 임금",
          lambda f: values(_in(f, 1987)[EXP].mean(), _in(f, 1987)[LW].mean())),
        # loose_value
        Q("ml-60", "loose_value", "avg log pay for hispanic guys",
          lambda f: value(_m(f, ethnicity="Hispanic")[LW].mean())),
        Q("ml-61", "loose_value", "흑인 남성 교육년수 평균", lambda f: value(_m(f, ethnicity="Black")[SCH].mean())),
        # unanswerable
        Q("ml-62", "unanswerable", "1990년 평균 로그 임금을 예측해줘", lambda f: refuse()),
        Q("ml-63", "unanswerable", "average hours worked per week", lambda f: refuse()),
        Q("ml-64", "unanswerable", "결혼한 남성들의 평균 자녀 수는?", lambda f: refuse()),
        Q("ml-65", "unanswerable", "Which state has the highest average log wage?", lambda f: refuse()),
        Q("ml-66", "unanswerable", "남성들의 평균 키", lambda f: refuse()),
        Q("ml-67", "unanswerable", "전공(college major)별 평균 로그 임금", lambda f: refuse()),
        Q("ml-68", "unanswerable", "1988년 노조원 수는?", lambda f: refuse()),
        Q("ml-69", "unanswerable", "회사 규모(firm size)별 평균 로그 임금", lambda f: refuse()),
        Q("ml-70", "unanswerable", "What is the average IQ score of the men?", lambda f: refuse()),
        # conversations
        Conversation("ml-71", "followup", [
            ("1985년 노조원은 몇 명이야?", lambda f: value(len(_in(f, 1985, union_member="yes")))),
            ("1987년은?", lambda f: value(len(_in(f, 1987, union_member="yes")))),
            ("그중 결혼한 사람은?", lambda f: value(len(_in(f, 1987, union_member="yes", married="yes")))),
        ]),
        Conversation("ml-72", "followup", [
            ("average log wage by ethnicity", lambda f: rows(_by(_m(f), "ethnicity"))),
            ("only 1987", lambda f: rows(_by(_in(f, 1987), "ethnicity"))),
            ("and the median?", lambda f: rows(_by(_in(f, 1987), "ethnicity", LW, "median"))),
        ]),
        Conversation("ml-73", "followup", [
            ("연도별 평균 log_wage", lambda f: _yearly(_m(f), LW)),
            ("Black만", lambda f: _yearly(_m(f, ethnicity="Black"), LW)),
        ]),
        Conversation("ml-74", "followup", [
            ("1987년 산업별 남성 수", lambda f: rows(_in(f, 1987).groupby("industry").size())),
            ("상위 3개만", lambda f: top(_in(f, 1987).groupby("industry").size(), 3)),
        ]),
        Conversation("ml-75", "followup", [
            ("전체 관측치에서 노조원 비율은?", lambda f: percent(100 * (_m(f).union_member == "yes").mean())),
            ("연도별로 %로 보여줘", lambda f: _pct_yearly(_m(f), "union_member")),
        ]),
        Conversation("ml-76", "followup", [
            ("average experience_years in 1980", lambda f: value(_in(f, 1980)[EXP].mean())),
            ("what about the max?", lambda f: value(_in(f, 1980)[EXP].max())),
            ("and in 1987?", lambda f: value(_in(f, 1987)[EXP].max())),
        ]),
        Conversation("ml-77", "followup", [
            ("how many person-years are in Manufacturing?", lambda f: value(len(_m(f, industry="Manufacturing")))),
            ("how many different men is that?", lambda f: value(_men(_m(f, industry="Manufacturing")))),
            ("what's the average log wage in those person-years?",
             lambda f: value(_m(f, industry="Manufacturing")[LW].mean())),
        ]),
        Conversation("ml-78", "followup", [
            ("1983년 결혼한 남성의 평균 로그 임금", lambda f: value(_in(f, 1983, married="yes")[LW].mean())),
            ("미혼은?", lambda f: value(_in(f, 1983, married="no")[LW].mean())),
            ("1988년 미혼은?", lambda f: refuse()),
        ]),
        Conversation("ml-79", "followup", [
            ("top 3 occupations by average log wage", lambda f: top(_by(_m(f), "occupation"), 3)),
            ("in 1980?", lambda f: top(_by(_in(f, 1980), "occupation"), 3)),
        ]),
        Conversation("ml-80", "followup", [
            ("health_problem이 yes인 관측치는 몇 건?", lambda f: value(len(_m(f, health_problem="yes")))),
            ("사람 수로는 몇 명이야?", lambda f: value(_men(_m(f, health_problem="yes")))),
            ("그 사람들을 ethnicity별로 세어줘",
             lambda f: rows(_m(f, health_problem="yes").groupby("ethnicity").person_id.nunique())),
        ]),
        Conversation("ml-81", "followup", [
            ("South 지역 평균 log_wage", lambda f: value(_m(f, region="South")[LW].mean())),
            ("Northeast는?", lambda f: value(_m(f, region="Northeast")[LW].mean())),
        ]),
        Conversation("ml-82", "followup", [
            ("1980년 평균 교육 연수", lambda f: value(_in(f, 1980)[SCH].mean())),
            ("ethnicity별로", lambda f: rows(_by(_in(f, 1980), "ethnicity", SCH))),
            ("다른 질문: 관측치가 가장 많은 산업은?", lambda f: best(_m(f).groupby("industry").size())),
        ]),
        Conversation("ml-83", "followup", [
            ("How many men were never union members?",
             lambda f: value(_men(_m(f)) - len(_ever(f, "union_member")))),
            ("and how many were members in all 8 years?", lambda f: value(len(_always(f, "union_member")))),
        ]),
        Conversation("ml-84", "followup", [
            ("1982년부터 1984년까지 평균 log_wage", lambda f: value(_years(f, 1982, 1984)[LW].mean())),
            ("노조원만", lambda f: value(_years(f, 1982, 1984, union_member="yes")[LW].mean())),
            ("occupation별로", lambda f: rows(_by(_years(f, 1982, 1984, union_member="yes"), "occupation"))),
        ]),
        Conversation("ml-85", "followup", [
            ("연도별 건강 문제 있는 사람 수", lambda f: _count_yearly(_m(f, health_problem="yes"))),
            ("다 합치면?", lambda f: value(len(_m(f, health_problem="yes")))),
        ]),
        Conversation("ml-86", "followup", [
            ("which industry had the highest average log wage in 1987?",
             lambda f: best(_by(_in(f, 1987), "industry"))),
            ("and the lowest?", lambda f: best(_by(_in(f, 1987), "industry"), largest=False)),
        ]),
        Conversation("ml-87", "followup", [
            ("region이 비어 있는 관측치 몇 개야?", lambda f: value(_m(f).region.isna().sum())),
            ("연도별로", lambda f: rows(_m(f)[_m(f).region.isna()].groupby("year").size(), ordered=True)),
        ]),
        Conversation("ml-88", "followup", [
            ("평균 경력 연수 (experience_years)", lambda f: value(_m(f)[EXP].mean())),
            ("노조원만", lambda f: value(_m(f, union_member="yes")[EXP].mean())),
        ]),
        Conversation("ml-89", "followup", [
            ("top 5 industries by number of men in 1980", lambda f: top(_in(f, 1980).groupby("industry").size(), 5)),
            ("1987년 기준으로는?", lambda f: top(_in(f, 1987).groupby("industry").size(), 5)),
        ]),
        Conversation("ml-90", "followup", [
            ("how many men had 12 years of schooling?", lambda f: value(_men(_m(f)[_m(f)[SCH] == 12]))),
            ("what share of all men is that?",
             lambda f: percent(100 * _men(_m(f)[_m(f)[SCH] == 12]) / _men(_m(f)))),
            ("and among Black men?", lambda f: percent(
                100 * _men(_m(f, ethnicity="Black")[_m(f, ethnicity="Black")[SCH] == 12])
                / _men(_m(f, ethnicity="Black")))),
        ]),
        Conversation("ml-91", "followup", [
            ("Trade 산업 평균 log_wage", lambda f: value(_m(f, industry="Trade")[LW].mean())),
            ("연도별로 보여줘", lambda f: _yearly(_m(f, industry="Trade"), LW)),
        ]),
        Conversation("ml-92", "followup", [
            ("what's the median experience_years?", lambda f: value(_m(f)[EXP].median())),
            ("for union members only", lambda f: value(_m(f, union_member="yes")[EXP].median())),
            ("new question - how many men worked in Finance in 1986?",
             lambda f: value(len(_in(f, 1986, industry="Finance")))),
        ]),
        Conversation("ml-93", "followup", [
            ("2000년 평균 로그 임금은?", lambda f: refuse()),
            ("그럼 1987년은?", lambda f: value(_in(f, 1987)[LW].mean())),
        ]),
        Conversation("ml-94", "followup", [
            ("average log wage by state", lambda f: refuse()),
            ("ok, by region then, leaving out the rows with no region", lambda f: rows(_by(_m(f), "region"))),
        ]),
        Conversation("ml-95", "followup", [
            ("평균 log_wage가 가장 높은 occupation은?", lambda f: best(_by(_m(f), "occupation"))),
            ("그 직업에서 일해 본 사람은 몇 명이야?",
             lambda f: value(_men(_m(f, occupation=_by(_m(f), "occupation").idxmax())))),
        ]),
    ],
)
