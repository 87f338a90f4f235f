"""Dev set on the Ontario 1994 Survey of Labour and Income Dynamics (car::SLID) as one respondent table.

`labour_survey` holds one row per respondent (7,425): `person_id` (1 to 7,425, the source's row order),
`hourly_wage` (the composite hourly wage rate from all jobs, dollars per hour; missing for 3,278 people; no one
aged 70 or more has one), `education_years` (years of schooling, 0 to 20, with decimals such as 12.5;
missing for 249), `age` (whole years, 16 to 95), `sex` (`Female` / `Male`) and `language` (`English` /
`French` / `Other`; missing for 121). Made by evals/authoring/dev_derived_slid.py. 129
turns: 82 single questions and 17 conversations (47 turns); 45 of the 99 questions (by first turn) are in
Korean (61 turns).

Readings:
- A "person" / "respondent" / "people" / "명" / "응답자" is a row. A count of people counts every row unless the
  question says "with a (recorded) wage" / "시급이 있는" / "임금 정보가 있는" / "wage earners" / "임금 근로자"
  (rows whose `hourly_wage` is not missing) or "no wage recorded" / "시급이 없는" / "임금 기록이 없는" (missing).
- Missing values are real and kept: an average, a median, a minimum, a maximum or a sum of a column ignores the
  rows where that column is missing (so "the average hourly wage" is over the 4,147 people with a wage, "the
  average age of people with a wage" over those rows). A share says what it is out of; where it is out of
  the people with a wage, or with a language or an education recorded, the question says so.
- Wage, pay, salary, "makes per hour", 시급, 임금, 급여 all mean `hourly_wage` (the table's only money column).
  Schooling, education, 학력, 교육 연수 mean `education_years`.
- Labels are the table's values in both languages: `Female` / `Male`, `English` / `French` / `Other` (a Korean
  question's 여성 / 여자 is `Female`, 남성 / 남자 `Male`, 영어 `English`, 프랑스어 / 불어 `French`, 기타 언어
  `Other`). Loose names: women / ladies / gals are `Female`, men / guys `Male`, anglophones `English`,
  francophones `French`, allophones ("neither English nor French") `Other`; people "who didn't give their
  language" have `language` missing.
- "By language" breakdowns and which-one / ranking questions over languages name the three groups or say that
  people without a language are left out (the missing group is never a row of the expected answer); a
  breakdown by sex has two rows.
- Age ranges are inclusive at both ends: "25 to 34", "between 18 and 24", "25세부터 34세까지", "50~64세",
  "aged 45 through 54". "In their 40s" / "40대" is 40-49. "65 and older" / "65+" / "65세 이상" is age >= 65.
  No question says "over N" or "under N" of an age.
- Age bands as groups are named in the question with their labels, and the expected rows carry those labels:
  "16-24, 25-34, 35-44, 45-54, 55-64, 65+" (ages 16-24, ..., 65 and older) or "20대 ... 60대" (20-29, ...,
  60-69).
- Cuts: "at least" / "or more" / "이상" are inclusive (>=), "or less" / "이하" inclusive (<=). Education cuts are
  always said inclusively (every whole number of years is held by someone). "More than" / "over" / "넘는" on a
  wage is strict and used only at $35 and $29 where no wage sits exactly (checked by `cut`), so strict and
  inclusive readings agree.
- "Distinct values" / "몇 가지" count the values held, not counting missing.
- Ranking and which-one answers over people give `person_id` (with the value); rankings are asked only without
  ties at the cut or inside the top (checked by `top` and `best`).
- A "gap" / "차이" between two groups is the first named minus the second, as named in the question (men minus
  women); a question that could go either way names the order.
- Trend questions follow a measure along ordered groups of age or schooling (the data has no time axis): the
  expected rows are in the groups' order (`ordered`). The percentages of a trend or breakdown are asked "in %"
  and given on a 0-100 scale.
- Time: the survey is one year, 1994, all in Ontario. A question naming 1994 (or "in Ontario") is over the whole
  table (year_period). Age ranges play the part of ranges (date_range). There are no dates, so no relative-period
  question ("last year", "this year" are refused as periods the table does not hold), and one table, so no join.
- Refused: other years (1990, 1995, growth from 1993 to 1994), forecasts, causes ("why do women earn less"),
  other provinces or cities (Quebec, Toronto), and what the table does not hold: annual income, hours worked,
  occupation, marital status, union membership, race.
- Follow-ups keep the previous turn's filter, group and measure unless they change one ("and 35 to 44?" swaps
  the age range; "여성으로 바꾸면?" swaps the sex and keeps the rest; "그중" narrows to the previous answer's rows;
  "그중 상위 3개는?" is the top 3 of the breakdown just shown).
"""

import pandas as pd

from evals.authoring.common import (
    BankSet,
    Conversation,
    Q,
    Table,
    best,
    cut,
    percent,
    refuse,
    rows,
    top,
    value,
    values,
    where,
)

T = "labour_survey"
ID, WAGE, EDU, AGE, SEX, LANG = "person_id", "hourly_wage", "education_years", "age", "sex", "language"
LANGUAGES = ["English", "French", "Other"]
BANDS = [("16-24", 16, 24), ("25-34", 25, 34), ("35-44", 35, 44), ("45-54", 45, 54), ("55-64", 55, 64),
         ("65+", 65, 200)]
DECADES = [("20대", 20, 29), ("30대", 30, 39), ("40대", 40, 49), ("50대", 50, 59), ("60대", 60, 69)]


def _s(f, **equal):
    """The respondents (with these column values: `_s(f, sex="Female")`)."""
    return where(f[T], **equal)


def _w(frame):
    """The rows with a recorded wage."""
    return frame[frame[WAGE].notna()]


def _nw(frame):
    """The rows without a recorded wage."""
    return frame[frame[WAGE].isna()]


def _ages(frame, low, high):
    """The rows aged `low` to `high`, both included."""
    return frame[frame[AGE].between(low, high)]


def _edu_at_least(frame, years):
    return frame[frame[EDU] >= years]


def _edu_at_most(frame, years):
    return frame[frame[EDU] <= years]


def _known_language(frame):
    return frame[frame[LANG].isin(LANGUAGES)]


def _share(part, whole):
    return percent(100 * part / whole)


def _by(frame, column, measure=WAGE, how="mean"):
    """A measure by the values of a column (missing groups left out)."""
    return frame.groupby(column)[measure].agg(how)


def _banded(frame, bands, how):
    """`how(rows of the band)` for each (label, low, high) band, as a Series in the bands' order."""
    return pd.Series({label: how(_ages(frame, low, high)) for label, low, high in bands})


def _mean_wage(frame):
    return frame[WAGE].mean()


def _pct_with_wage(frame):
    return 100 * frame[WAGE].notna().sum() / len(frame)


def _people(frame, column):
    """A column indexed by person_id (for rankings and which-one questions over people)."""
    return frame.set_index(ID)[column]


def _top_man(f):
    """The person_id of the highest-paid man (refusing a tie)."""
    return best(_people(_w(_s(f, sex="Male")), WAGE))["label"]


def _man(f, column):
    return _s(f).set_index(ID).loc[_top_man(f), column]


SET = BankSet(
    name="dev_slid",
    split="dev",
    tables=[Table(T, file="dev/slid_labour_survey.parquet")],
    questions=[
        # count
        Q("sl-01", "count", "How many people are in the survey?", lambda f: value(len(_s(f)))),
        Q("sl-02", "count", "시급이 기록 안 된 사람은 몇 명이야?", lambda f: value(len(_nw(_s(f))))),
        Q("sl-03", "count", "How many respondents have a recorded hourly wage?", lambda f: value(len(_w(_s(f))))),
        Q(
            "sl-04",
            "count",
            "여성 응답자 중에 임금 정보가 있는 사람은 몇 명이에요?",
            lambda f: value(len(_w(_s(f, sex="Female")))),
        ),
        Q(
            "sl-05",
            "count",
            "how many people make more than $35 an hour?",
            lambda f: value(len(cut(_w(_s(f)), WAGE, low=35))),
        ),
        # count_distinct
        Q(
            "sl-06",
            "count_distinct",
            "How many different languages are recorded in the survey?",
            lambda f: value(_s(f)[LANG].nunique()),
        ),
        Q(
            "sl-07",
            "count_distinct",
            "응답자 나이는 서로 다른 값이 몇 가지나 돼?",
            lambda f: value(_s(f)[AGE].nunique()),
        ),
        Q(
            "sl-08",
            "count_distinct",
            "How many distinct values of years of schooling appear in the data (not counting missing)?",
            lambda f: value(_s(f)[EDU].nunique()),
        ),
        # sum
        Q("sl-09", "sum", "What's the sum of all the recorded hourly wages?", lambda f: value(_s(f)[WAGE].sum())),
        Q("sl-10", "sum", "전체 응답자 교육 연수 합계 얼마야?", lambda f: value(_s(f)[EDU].sum())),
        Q(
            "sl-11",
            "sum",
            "Add up the hourly wages of the French speakers - what's the total?",
            lambda f: value(_s(f, language="French")[WAGE].sum()),
        ),
        # average
        Q("sl-12", "average", "What's the average hourly wage?", lambda f: value(_s(f)[WAGE].mean())),
        Q("sl-13", "average", "응답자 평균 나이는?", lambda f: value(_s(f)[AGE].mean())),
        Q("sl-14", "average", "median hourly wage", lambda f: value(_s(f)[WAGE].median())),
        Q(
            "sl-15",
            "average",
            "여성들 평균 교육 연수는 몇 년이에요?",
            lambda f: value(_s(f, sex="Female")[EDU].mean()),
        ),
        # min_max
        Q("sl-16", "min_max", "Highest hourly wage in the data?", lambda f: value(_s(f)[WAGE].max())),
        Q("sl-17", "min_max", "가장 낮은 시급은 얼마야?", lambda f: value(_s(f)[WAGE].min())),
        Q(
            "sl-18",
            "min_max",
            "What's the most years of schooling anyone aged 16 to 24 has?",
            lambda f: value(_ages(_s(f), 16, 24)[EDU].max()),
        ),
        Q(
            "sl-19",
            "min_max",
            "임금이 기록된 사람 중에 제일 나이 많은 사람은 몇 살이에요?",
            lambda f: value(_w(_s(f))[AGE].max()),
        ),
        # breakdown
        Q("sl-20", "breakdown", "Number of respondents by sex", lambda f: rows(_s(f).groupby(SEX).size())),
        Q("sl-21", "breakdown", "남녀별로 시급 평균 비교해줘", lambda f: rows(_by(_s(f), SEX))),
        Q(
            "sl-22",
            "breakdown",
            "Average hourly wage by language, leaving out people with no language recorded",
            lambda f: rows(_by(_known_language(_s(f)), LANG)),
        ),
        Q(
            "sl-23",
            "breakdown",
            "언어별 응답자 수 (언어 미기재는 빼고)",
            lambda f: rows(_known_language(_s(f)).groupby(LANG).size()),
        ),
        Q(
            "sl-24",
            "breakdown",
            "나이대별 응답자 수 알려줘. 구간은 16-24, 25-34, 35-44, 45-54, 55-64, 65+로",
            lambda f: rows(_banded(_s(f), BANDS, len)),
        ),
        Q(
            "sl-25",
            "breakdown",
            "성별로 시급이 기록된 사람 비율(%)",
            lambda f: rows(_s(f).groupby(SEX)[WAGE].apply(lambda s: 100 * s.notna().mean())),
        ),
        # multi_measure
        Q(
            "sl-26",
            "multi_measure",
            "For men with a wage, give me the average, the median and the maximum hourly wage.",
            lambda f: values(*(_s(f, sex="Male")[WAGE].agg(how) for how in ("mean", "median", "max"))),
        ),
        Q(
            "sl-27",
            "multi_measure",
            "여성 시급 평균이랑 중앙값 같이 알려줘",
            lambda f: values(_s(f, sex="Female")[WAGE].mean(), _s(f, sex="Female")[WAGE].median()),
        ),
        Q(
            "sl-28",
            "multi_measure",
            "youngest and oldest age in the survey?",
            lambda f: values(_s(f)[AGE].min(), _s(f)[AGE].max()),
        ),
        Q(
            "sl-29",
            "multi_measure",
            "교육 연수 평균, 최소, 최대 한 번에 보여줘",
            lambda f: values(_s(f)[EDU].mean(), _s(f)[EDU].min(), _s(f)[EDU].max()),
        ),
        Q(
            "sl-30",
            "multi_measure",
            "How many people have a recorded wage and how many don't?",
            lambda f: values(len(_w(_s(f))), len(_nw(_s(f)))),
        ),
        # ranking
        Q(
            "sl-31",
            "ranking",
            "Top 5 hourly wages in the survey, with the person IDs",
            lambda f: top(_people(_w(_s(f)), WAGE), 5),
        ),
        Q(
            "sl-32",
            "ranking",
            "16-24, 25-34, 35-44, 45-54, 55-64, 65+ 나이대 중에 평균 시급 높은 상위 3개는?",
            lambda f: top(_banded(_s(f), BANDS, _mean_wage), 3),
        ),
        Q(
            "sl-33",
            "ranking",
            "Which 3 ages have the most respondents?",
            lambda f: top(_s(f).groupby(AGE).size(), 3),
        ),
        Q(
            "sl-34",
            "ranking",
            "인원이 가장 많은 교육 연수 값 상위 3개",
            lambda f: top(_s(f).groupby(EDU).size(), 3),
        ),
        Q(
            "sl-35",
            "ranking",
            "Rank English, French and Other speakers by median wage, highest first",
            lambda f: top(_by(_known_language(_s(f)), LANG, how="median"), 3),
        ),
        Q(
            "sl-36",
            "ranking",
            "시급이 가장 낮은 남성 3명 person_id랑 시급 보여줘",
            lambda f: top(_people(_w(_s(f, sex="Male")), WAGE), 3, largest=False),
        ),
        # which_one
        Q(
            "sl-37",
            "which_one",
            "Who has the highest hourly wage? Give the person_id.",
            lambda f: best(_people(_w(_s(f)), WAGE)),
        ),
        Q(
            "sl-38",
            "which_one",
            "English, French, Other 중에 평균 시급이 제일 높은 언어 그룹은?",
            lambda f: best(_by(_known_language(_s(f)), LANG)),
        ),
        Q(
            "sl-39",
            "which_one",
            "Which sex has more people without a recorded wage?",
            lambda f: best(_nw(_s(f)).groupby(SEX).size()),
        ),
        Q(
            "sl-40",
            "which_one",
            "Which age band - 16-24, 25-34, 35-44, 45-54, 55-64 or 65+ - has the highest share of people with a "
            "recorded wage?",
            lambda f: {"label": best(_banded(_s(f), BANDS, _pct_with_wage))["label"]},
        ),
        Q(
            "sl-41",
            "which_one",
            "평균 교육 연수가 가장 긴 언어 그룹은 어디야? (언어 없는 사람 제외)",
            lambda f: best(_by(_known_language(_s(f)), LANG, EDU)),
        ),
        # share
        Q(
            "sl-42",
            "share",
            "What percentage of respondents have no wage recorded?",
            lambda f: _share(len(_nw(_s(f))), len(_s(f))),
        ),
        Q(
            "sl-43",
            "share",
            "Among people with a recorded wage, what share are women?",
            lambda f: _share(len(_w(_s(f, sex="Female"))), len(_w(_s(f)))),
        ),
        Q(
            "sl-44",
            "share",
            "시급 있는 사람 중에서 시급이 20달러 이상인 사람 비율은?",
            lambda f: _share((_w(_s(f))[WAGE] >= 20).sum(), len(_w(_s(f)))),
        ),
        Q(
            "sl-45",
            "share",
            "Out of the people whose language is recorded, what share speak French?",
            lambda f: _share(len(_s(f, language="French")), len(_known_language(_s(f)))),
        ),
        Q(
            "sl-46",
            "share",
            "교육 연수가 기록된 사람 중 16년 이상 교육받은 사람 비중",
            lambda f: _share(len(_edu_at_least(_s(f), 16)), _s(f)[EDU].notna().sum()),
        ),
        Q(
            "sl-47",
            "share",
            "What percentage of men aged 25 to 54 have a recorded wage?",
            lambda f: percent(_pct_with_wage(_ages(_s(f, sex="Male"), 25, 54))),
        ),
        # filter_value
        Q(
            "sl-48",
            "filter_value",
            "Average hourly wage of French-speaking women",
            lambda f: value(_s(f, sex="Female", language="French")[WAGE].mean()),
        ),
        Q(
            "sl-49",
            "filter_value",
            "교육 연수 16년 이상인 남성들 평균 시급은?",
            lambda f: value(_edu_at_least(_s(f, sex="Male"), 16)[WAGE].mean()),
        ),
        Q(
            "sl-50",
            "filter_value",
            "시급이 10달러 이하인 사람 중 여성은 몇 명?",
            lambda f: value(int((_s(f, sex="Female")[WAGE] <= 10).sum())),
        ),
        Q(
            "sl-51",
            "filter_value",
            "What's the median wage of people with 12 years of schooling or less?",
            lambda f: value(_edu_at_most(_s(f), 12)[WAGE].median()),
        ),
        Q(
            "sl-52",
            "filter_value",
            "average wage among English speakers aged 35 to 44",
            lambda f: value(_ages(_s(f, language="English"), 35, 44)[WAGE].mean()),
        ),
        # loosely named columns and values
        Q(
            "sl-53",
            "loose_value",
            "What do the ladies make on average per hour?",
            lambda f: value(_s(f, sex="Female")[WAGE].mean()),
        ),
        Q(
            "sl-54",
            "loose_value",
            "불어권 응답자 평균 급여(시급)",
            lambda f: value(_s(f, language="French")[WAGE].mean()),
        ),
        Q("sl-55", "loose_value", "How many anglophones are there?", lambda f: value(len(_s(f, language="English")))),
        Q(
            "sl-56",
            "loose_value",
            "average pay of guys in their 40s",
            lambda f: value(_ages(_s(f, sex="Male"), 40, 49)[WAGE].mean()),
        ),
        Q(
            "sl-57",
            "loose_value",
            "How many allophones - people whose language is neither English nor French - are in the survey?",
            lambda f: value(len(_s(f, language="Other"))),
        ),
        # year_period: the survey's one year
        Q("sl-58", "year_period", "1994년 조사 기준으로 응답자 수는 몇 명이에요?", lambda f: value(len(_s(f)))),
        Q(
            "sl-59",
            "year_period",
            "What was the average hourly wage in Ontario in 1994?",
            lambda f: value(_s(f)[WAGE].mean()),
        ),
        Q("sl-60", "year_period", "1994년 여성 시급 중앙값", lambda f: value(_s(f, sex="Female")[WAGE].median())),
        Q(
            "sl-61",
            "year_period",
            "In 1994, what share of the survey's 16-to-24-year-olds had a recorded wage?",
            lambda f: percent(_pct_with_wage(_ages(_s(f), 16, 24))),
        ),
        # date_range: age ranges
        Q(
            "sl-62",
            "date_range",
            "25세부터 34세까지 평균 시급",
            lambda f: value(_ages(_s(f), 25, 34)[WAGE].mean()),
        ),
        Q(
            "sl-63",
            "date_range",
            "How many respondents are between 18 and 24 years old, inclusive?",
            lambda f: value(len(_ages(_s(f), 18, 24))),
        ),
        Q(
            "sl-64",
            "date_range",
            "50~64세 여성 중 시급 있는 사람 몇 명이에요?",
            lambda f: value(len(_w(_ages(_s(f, sex="Female"), 50, 64)))),
        ),
        Q(
            "sl-65",
            "date_range",
            "Median wage of people aged 45 through 54",
            lambda f: value(_ages(_s(f), 45, 54)[WAGE].median()),
        ),
        # trend: along ordered age or schooling groups
        Q(
            "sl-66",
            "trend",
            "How does the average hourly wage change across the age bands 16-24, 25-34, 35-44, 45-54 and 55-64?",
            lambda f: rows(_banded(_s(f), BANDS[:5], _mean_wage), ordered=True),
        ),
        Q(
            "sl-67",
            "trend",
            "20대부터 60대까지 연령대별 여성 평균 시급 추이 보여줘",
            lambda f: rows(_banded(_s(f, sex="Female"), DECADES, _mean_wage), ordered=True),
        ),
        Q(
            "sl-68",
            "trend",
            "Share of people with a recorded wage (in %) by age band, from 16-24 through 25-34, 35-44, 45-54, 55-64 "
            "to 65+",
            lambda f: rows(_banded(_s(f), BANDS, _pct_with_wage), ordered=True),
        ),
        Q(
            "sl-69",
            "trend",
            "교육 연수가 딱 12년, 14년, 16년, 18년, 20년인 사람들 평균 시급이 어떻게 변해?",
            lambda f: rows(_by(_s(f)[_s(f)[EDU].isin([12, 14, 16, 18, 20])], EDU), ordered=True),
        ),
        Q(
            "sl-70",
            "trend",
            "average wage for each single year of age from 16 to 25",
            lambda f: rows(_by(_ages(_s(f), 16, 25), AGE), ordered=True),
        ),
        # unanswerable
        Q("sl-71", "unanswerable", "What's the average annual income of the respondents?", lambda f: refuse()),
        Q("sl-72", "unanswerable", "직업별 평균 시급 알려줘", lambda f: refuse()),
        Q("sl-73", "unanswerable", "How many hours a week do the respondents work on average?", lambda f: refuse()),
        Q("sl-74", "unanswerable", "퀘벡 응답자들 평균 시급은 얼마예요?", lambda f: refuse()),
        Q("sl-75", "unanswerable", "Why do women earn less than men in this survey?", lambda f: refuse()),
        Q("sl-76", "unanswerable", "2000년 평균 시급 예측해줘", lambda f: refuse()),
        Q("sl-77", "unanswerable", "What was the average hourly wage in 1990?", lambda f: refuse()),
        Q("sl-78", "unanswerable", "결혼한 사람이랑 미혼인 사람 시급 차이 얼마나 나?", lambda f: refuse()),
        Q("sl-79", "unanswerable", "How many of the respondents are union members?", lambda f: refuse()),
        Q("sl-80", "unanswerable", "응답자 인종별 분포 보여줘", lambda f: refuse()),
        Q("sl-81", "unanswerable", "How much did hourly wages grow from 1993 to 1994?", lambda f: refuse()),
        Q("sl-82", "unanswerable", "토론토 사는 사람들 평균 시급은?", lambda f: refuse()),
        # conversations
        Conversation(
            "sl-c01",
            "followup",
            [
                ("성별 평균 시급 보여줘", lambda f: rows(_by(_s(f), SEX))),
                ("중앙값으로 바꾸면?", lambda f: rows(_by(_s(f), SEX, how="median"))),
                (
                    "평균 기준으로 남녀 차이는 얼마야? (남성 - 여성)",
                    lambda f: value(_by(_s(f), SEX)["Male"] - _by(_s(f), SEX)["Female"]),
                ),
            ],
        ),
        Conversation(
            "sl-c02",
            "followup",
            [
                ("How many people have no wage recorded?", lambda f: value(len(_nw(_s(f))))),
                ("what share of all respondents is that?", lambda f: _share(len(_nw(_s(f))), len(_s(f)))),
                (
                    "and among people 65 and older?",
                    lambda f: _share(len(_nw(_ages(_s(f), 65, 200))), len(_ages(_s(f), 65, 200))),
                ),
            ],
        ),
        Conversation(
            "sl-c03",
            "followup",
            [
                ("언어별 평균 시급 보여줘 (언어 없는 사람 제외)", lambda f: rows(_by(_known_language(_s(f)), LANG))),
                ("여성만 보면?", lambda f: rows(_by(_known_language(_s(f, sex="Female")), LANG))),
                ("그중 제일 높은 언어는?", lambda f: best(_by(_known_language(_s(f, sex="Female")), LANG))),
            ],
        ),
        Conversation(
            "sl-c04",
            "followup",
            [
                (
                    "Average wage of men aged 25 to 34",
                    lambda f: value(_ages(_s(f, sex="Male"), 25, 34)[WAGE].mean()),
                ),
                ("and 35 to 44?", lambda f: value(_ages(_s(f, sex="Male"), 35, 44)[WAGE].mean())),
                ("and 45 to 54?", lambda f: value(_ages(_s(f, sex="Male"), 45, 54)[WAGE].mean())),
            ],
        ),
        Conversation(
            "sl-c05",
            "followup",
            [
                ("교육 연수 16년 이상인 사람 몇 명이야?", lambda f: value(len(_edu_at_least(_s(f), 16)))),
                ("그중 시급 있는 사람은?", lambda f: value(len(_w(_edu_at_least(_s(f), 16))))),
                ("그 사람들 평균 시급은?", lambda f: value(_edu_at_least(_s(f), 16)[WAGE].mean())),
            ],
        ),
        Conversation(
            "sl-c06",
            "followup",
            [
                ("프랑스어 사용자 몇 명이야?", lambda f: value(len(_s(f, language="French")))),
                ("그중 임금 기록 있는 사람은?", lambda f: value(len(_w(_s(f, language="French"))))),
                ("그 사람들 평균 시급은?", lambda f: value(_s(f, language="French")[WAGE].mean())),
            ],
        ),
        Conversation(
            "sl-c07",
            "followup",
            [
                (
                    "Who is the highest-paid man? Give his person_id.",
                    lambda f: best(_people(_w(_s(f, sex="Male")), WAGE)),
                ),
                ("how old is he?", lambda f: value(_man(f, AGE))),
                ("and how many years of schooling does he have?", lambda f: value(_man(f, EDU))),
            ],
        ),
        Conversation(
            "sl-c08",
            "followup",
            [
                (
                    "나이대별(16-24, 25-34, 35-44, 45-54, 55-64, 65+) 시급 없는 사람 수",
                    lambda f: rows(_banded(_nw(_s(f)), BANDS, len)),
                ),
                ("그중 상위 3개는?", lambda f: top(_banded(_nw(_s(f)), BANDS, len), 3)),
            ],
        ),
        Conversation(
            "sl-c09",
            "followup",
            [
                (
                    "How many men earn at least $20 an hour?",
                    lambda f: value(int((_s(f, sex="Male")[WAGE] >= 20).sum())),
                ),
                ("and women?", lambda f: value(int((_s(f, sex="Female")[WAGE] >= 20).sum()))),
                (
                    "what share of the women with a wage is that?",
                    lambda f: _share((_s(f, sex="Female")[WAGE] >= 20).sum(), len(_w(_s(f, sex="Female")))),
                ),
            ],
        ),
        Conversation(
            "sl-c10",
            "followup",
            [
                ("30대 남성 평균 시급 얼마예요?", lambda f: value(_ages(_s(f, sex="Male"), 30, 39)[WAGE].mean())),
                ("40대는요?", lambda f: value(_ages(_s(f, sex="Male"), 40, 49)[WAGE].mean())),
                ("여성으로 바꾸면?", lambda f: value(_ages(_s(f, sex="Female"), 40, 49)[WAGE].mean())),
            ],
        ),
        Conversation(
            "sl-c11",
            "followup",
            [
                (
                    "What's the median years of schooling among people with a wage?",
                    lambda f: value(_w(_s(f))[EDU].median()),
                ),
                ("and among those without one?", lambda f: value(_nw(_s(f))[EDU].median())),
            ],
        ),
        Conversation(
            "sl-c12",
            "followup",
            [
                ("시급이 29달러 넘는 사람 몇 명?", lambda f: value(len(cut(_w(_s(f)), WAGE, low=29)))),
                (
                    "그중 남자는 몇 명이야?",
                    lambda f: value(len(cut(_w(_s(f, sex="Male")), WAGE, low=29))),
                ),
                (
                    "비율로는?",
                    lambda f: _share(len(cut(_w(_s(f, sex="Male")), WAGE, low=29)), len(cut(_w(_s(f)), WAGE, low=29))),
                ),
            ],
        ),
        Conversation(
            "sl-c13",
            "followup",
            [
                ("Average age of English speakers", lambda f: value(_s(f, language="English")[AGE].mean())),
                ("and French speakers?", lambda f: value(_s(f, language="French")[AGE].mean())),
                ("and the people whose language is missing?", lambda f: value(_s(f)[_s(f)[LANG].isna()][AGE].mean())),
            ],
        ),
        Conversation(
            "sl-c14",
            "followup",
            [
                ("1994년 평균 시급 얼마야?", lambda f: value(_s(f)[WAGE].mean())),
                ("그럼 1995년은?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "sl-c15",
            "followup",
            [
                ("How many respondents are 65 or older?", lambda f: value(len(_ages(_s(f), 65, 200)))),
                ("how many of them have a wage recorded?", lambda f: value(len(_w(_ages(_s(f), 65, 200))))),
                ("what's their average wage?", lambda f: value(_ages(_s(f), 65, 200)[WAGE].mean())),
            ],
        ),
        Conversation(
            "sl-c16",
            "followup",
            [
                ("교육 연수 12년 이하인 사람들 평균 시급", lambda f: value(_edu_at_most(_s(f), 12)[WAGE].mean())),
                ("16년 이상은?", lambda f: value(_edu_at_least(_s(f), 16)[WAGE].mean())),
                (
                    "두 그룹 차이는? (16년 이상 - 12년 이하)",
                    lambda f: value(_edu_at_least(_s(f), 16)[WAGE].mean() - _edu_at_most(_s(f), 12)[WAGE].mean()),
                ),
            ],
        ),
        Conversation(
            "sl-c17",
            "followup",
            [
                (
                    "What share of respondents aged 16 to 24 are women?",
                    lambda f: _share(len(_ages(_s(f, sex="Female"), 16, 24)), len(_ages(_s(f), 16, 24))),
                ),
                (
                    "and among those 65 and older?",
                    lambda f: _share(len(_ages(_s(f, sex="Female"), 65, 200)), len(_ages(_s(f), 65, 200))),
                ),
            ],
        ),
    ],
)
