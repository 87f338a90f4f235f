"""Dev set on the Australian Health Survey of 1977-78 (Ecdat::DoctorAUS) as a respondent table and a plan table.

`health_survey` holds one row per respondent (5,190 adults): `person_id` (1 to 5,190, the source's order), `sex`
(`female` / `male`), `age` (whole years; the source holds only the twelve values 19, 22, 27, 32, ..., 67, 72,
band midpoints), `annual_income` (Australian dollars a year; fourteen values from 0 to 15,000), `insurance_code`
(`medlevy`, `levyplus`, `freepor`, `freerepa`), `illnesses` (in the past 2 weeks), `reduced_activity_days` (past
2 weeks, 0-14), `health_score` (Goldberg's general health score, 0-12), `chronic_condition` (`none`, `limiting`,
`non-limiting`), `doctor_visits` (consultations with a doctor or specialist in the past 2 weeks), `other_visits`
(consultations with other health professionals in the past 2 weeks), `hospital_admissions` (past 12 months, 5
meaning 5 or more), `hospital_days` (nights in hospital during the most recent admission, interval midpoints; 0
without one), `medicines`, `prescribed_medicines`, `non_prescribed_medicines` (used in the past 2 days;
`medicines` is the sum of the other two). It refers to `insurance_plans` (4: `insurance_code`, `plan_name`,
`is_free`) by `insurance_code`: `freepor` is 'free: low income', `freerepa` 'free: repatriation', `levyplus`
'private insurance (levy plus)', `medlevy` 'Medibank levy only' (the help page's "medibank levy": Medibank, not
Medicare, was the scheme of 1977-78); `is_free` is `yes` for the two free ones. Made by
evals/authoring/dev_derived_doctoraus.py (which states the conversions: sex 1 = female, age x 100, income x
10,000). 128 turns: 81 single questions and 17 conversations (47 turns); 36 of the 98 questions (by first turn)
are in Korean (49 turns).

Readings:
- A "person" / "respondent" / "people" / "명" / "사람" / "응답자" is a row; "how many people" counts rows.
  Women / ladies / 여성 / 여자 are `sex = 'female'`, men / guys / 남성 / 남자 `male`.
- "Saw a doctor" / "visited a doctor" / "의사를 만난" is `doctor_visits >= 1`; "doctor visits" / "consultations"
  / "의사 방문 (횟수)" are `doctor_visits` (past 2 weeks); a GP is a doctor. Non-doctor consultations ("other
  health professionals", "physio, chemist, ...", "의사 말고 다른 보건 전문가") are `other_visits`.
- "Admitted to hospital" / "had a hospital admission" / "입원한 (적 있는)" is `hospital_admissions >= 1` (past
  12 months); "admissions" / "입원 건수" sum `hospital_admissions`. "Nights in hospital" / "hospital days" /
  "입원 일수" are `hospital_days` (the most recent stay), summed or averaged over the rows asked about (people
  without an admission count as 0 unless the question keeps only those admitted).
- "Medicines" / "약" are `medicines` (all, past 2 days); "prescribed" / "처방약" `prescribed_medicines`;
  "non-prescribed" / "over-the-counter" / "비처방약" `non_prescribed_medicines`; "pills" (dr-48) means
  `medicines`. "Illnesses" / "질병" / "아픈 데" are `illnesses` (past 2 weeks), "no illness" is 0.
- "Income" / "earn" / "소득" / "연소득" is `annual_income` in dollars. "Health score" / "건강 점수" is
  `health_score` as held (no question calls a score healthier or sicker).
- Plans: a question naming a plan by its readable name ('free: repatriation', 'Medibank levy only', ...) or
  asking "by plan (name)" / "플랜별" joins `insurance_plans` and labels the rows with `plan_name`; one asking
  "by insurance code" / "보험 코드별" labels them with the codes. "Free cover" / "free plan" / "무료 플랜" is
  `is_free = 'yes'`, "paid plans" / "유료 플랜" `no`.
- Labels are the tables' values in both languages: `female` / `male`, `none` / `limiting` / `non-limiting`, the
  codes, the plan names, the ages as numbers. A Korean question's 만성질환 없음 is `none`, 활동 제한 있는
  만성질환 `limiting`, 활동 제한 없는 만성질환 `non-limiting`.
- An average is the plain mean over the rows kept, a median the median of those rows. A share is of people
  (rows) unless it names another total (dr-36: of all doctor consultations). "The gap" / "차이" is the first
  named minus the second, as the question orders them, or says which.
- Ages: ranges are inclusive at both ends ("aged 30 to 49", "50 through 65", "20대" = 20-29, "60세 이상" = 60
  and over); no age lies on a range's end (the data holds 19, 22, ..., 72 only). The age bands of dr-67 and
  dr-68 are "18-29" (19, 22, 27), "30-44" (32, 37, 42), "45-59" (47, 52, 57), "60+" (62, 67, 72), named so in
  the question and labelled so in the expected rows.
- Cuts: "more than" / "over" / "넘는" and "under" / "less than" / "미만" are strict and used on income only at
  values no row holds (2,000, 10,000; checked by `cut`), so strict and inclusive readings agree. Counts are cut
  with "at least" / "or more" / "이상" (inclusive), never "more than".
- Rankings and which-one questions are over groups (sex, age, code, plan, chronic condition, number of
  illnesses), never over people (their whole-number counts tie), and are asked only without ties at the cut or
  at the top (checked by `top` and `best`).
- Time: the survey is one cross-section of 1977-78 (no dates). A question naming 1977-78 is over the whole
  table (year_period); age ranges play the part of ranges (date_range); trends follow a measure along ordered
  ages, age bands or income levels (`ordered` rows). There is no relative period: "last year", other years,
  changes between years and forecasts are refused.
- Refused: other years, forecasts, causes ("why"), and what the tables do not hold: states or cities, costs
  and fees, named doctors, marital status, occupation, smoking, weight or BMI.
- Follow-ups keep the previous turn's filter, group and measure unless they change one ("and at 19?" swaps
  the age; "남성으로 좁히면?" adds a filter; "그중 상위 2개는?" is the top of the breakdown just shown; "them"
  / "그 사람들" are the rows the previous turn counted; a bare "비율로 치면?" / "비율은?" after "그중 X는?" is X's
  share of the group the turn before counted: men among the people admitted (dr-c05), free-plan holders among
  those earning under $2,000 (dr-c16); "and among women only?" (dr-c09) is the women earning over $10,000 as a
  share of all women).
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

T, P = "health_survey", "insurance_plans"
ID, SEX, AGE, INC, CODE, CHRON = "person_id", "sex", "age", "annual_income", "insurance_code", "chronic_condition"
ILL, ACT, SCORE = "illnesses", "reduced_activity_days", "health_score"
DOC, OTHER, ADM, NIGHTS = "doctor_visits", "other_visits", "hospital_admissions", "hospital_days"
MED, RX, OTC = "medicines", "prescribed_medicines", "non_prescribed_medicines"
PLAN = "plan_name"
REPAT, LOW = "free: repatriation", "free: low income"
PRIVATE, LEVY = "private insurance (levy plus)", "Medibank levy only"
BANDS = [("18-29", 18, 29), ("30-44", 30, 44), ("45-59", 45, 59), ("60+", 60, 200)]


def _s(f, **equal):
    """The respondents (with these column values: `_s(f, sex="female")`)."""
    return where(f[T], **equal)


def _j(f, **equal):
    """The respondents joined to their plan (`plan_name`, `is_free`), with these column values."""
    joined = f[T].merge(f[P], on=CODE, how="left", validate="many_to_one")
    if len(joined) != len(f[T]) or joined[PLAN].isna().any():
        raise ValueError("a respondent without a plan")
    return where(joined, **equal)


def _plan(f, name, **equal):
    return _j(f, plan_name=name, **equal)


def _ages(frame, low, high):
    """The rows aged `low` to `high`, both included."""
    return frame[frame[AGE].between(low, high)]


def _at_least(frame, column, n):
    return frame[frame[column] >= n]


def _admitted(frame):
    return _at_least(frame, ADM, 1)


def _saw_doctor(frame):
    return _at_least(frame, DOC, 1)


def _share(part, whole):
    return percent(100 * part / whole)


def _by(frame, column, measure, how="mean"):
    return frame.groupby(column)[measure].agg(how)


def _count_by(frame, column):
    return frame.groupby(column).size()


def _banded(frame, how):
    """`how(rows of the band)` for each age band, as a Series in the bands' order."""
    return pd.Series({label: how(_ages(frame, low, high)) for label, low, high in BANDS})


def _pct_admitted(frame):
    return 100 * len(_admitted(frame)) / len(frame)


def _largest_code(f):
    return best(_count_by(_s(f), CODE))["label"]


def _rich(frame):
    return cut(frame, INC, low=10000)


def _poor(frame):
    return cut(frame, INC, high=2000)


SET = BankSet(
    name="dev_doctoraus",
    split="dev",
    tables=[
        Table(T, file="dev/doctoraus_health_survey.parquet"),
        Table(P, file="dev/doctoraus_insurance_plans.parquet"),
    ],
    questions=[
        # count
        Q("dr-01", "count", "How many people took part in the health survey?", lambda f: value(len(_s(f)))),
        Q("dr-02", "count", "여성 응답자는 몇 명이에요?", lambda f: value(len(_s(f, sex="female")))),
        Q(
            "dr-03",
            "count",
            "How many respondents saw a doctor at least once in the two weeks before the survey?",
            lambda f: value(len(_saw_doctor(_s(f)))),
        ),
        Q(
            "dr-04",
            "count",
            "지난 1년 동안 병원에 한 번이라도 입원한 사람 몇 명이야?",
            lambda f: value(len(_admitted(_s(f)))),
        ),
        Q(
            "dr-05",
            "count",
            "count the people who used no medicines at all in the past two days",
            lambda f: value(len(_s(f, medicines=0))),
        ),
        # count_distinct
        Q(
            "dr-06",
            "count_distinct",
            "How many different insurance codes show up in the survey?",
            lambda f: value(_s(f)[CODE].nunique()),
        ),
        Q("dr-07", "count_distinct", "나이 값은 서로 다른 게 몇 가지나 있어?", lambda f: value(_s(f)[AGE].nunique())),
        Q(
            "dr-08",
            "count_distinct",
            "How many distinct annual income levels are recorded among the women?",
            lambda f: value(_s(f, sex="female")[INC].nunique()),
        ),
        # sum
        Q(
            "dr-09",
            "sum",
            "What's the total number of doctor consultations reported in the survey?",
            lambda f: value(_s(f)[DOC].sum()),
        ),
        Q(
            "dr-10",
            "sum",
            "남성 응답자들이 쓴 처방약 개수 다 합치면 몇 개예요?",
            lambda f: value(_s(f, sex="male")[RX].sum()),
        ),
        Q(
            "dr-11",
            "sum",
            "Total hospital admissions among people whose chronic condition limits their activity",
            lambda f: value(_s(f, chronic_condition="limiting")[ADM].sum()),
        ),
        Q(
            "dr-12",
            "sum",
            "Add up the reduced-activity days of everyone aged 62 or older.",
            lambda f: value(_at_least(_s(f), AGE, 62)[ACT].sum()),
        ),
        # average
        Q(
            "dr-13",
            "average",
            "On average, how many illnesses did people report for the past two weeks?",
            lambda f: value(_s(f)[ILL].mean()),
        ),
        Q("dr-14", "average", "응답자 평균 나이가 몇 살이에요?", lambda f: value(_s(f)[AGE].mean())),
        Q("dr-15", "average", "average annual income of the women", lambda f: value(_s(f, sex="female")[INC].mean())),
        Q("dr-16", "average", "What's the median annual income?", lambda f: value(_s(f)[INC].median())),
        # min_max
        Q(
            "dr-17",
            "min_max",
            "What's the highest number of doctor visits anyone reported?",
            lambda f: value(_s(f)[DOC].max()),
        ),
        Q(
            "dr-18",
            "min_max",
            "가장 최근 입원 때 병원에서 보낸 밤 수 최댓값이 얼마야?",
            lambda f: value(_s(f)[NIGHTS].max()),
        ),
        Q(
            "dr-19",
            "min_max",
            "Among men aged 72, what's the lowest annual income?",
            lambda f: value(_s(f, sex="male", age=72)[INC].min()),
        ),
        # multi_measure
        Q(
            "dr-20",
            "multi_measure",
            "For doctor visits, give me the mean, the median and the maximum.",
            lambda f: values(_s(f)[DOC].mean(), _s(f)[DOC].median(), _s(f)[DOC].max()),
        ),
        Q(
            "dr-21",
            "multi_measure",
            "여성 응답자들 평균 나이랑 평균 연소득 같이 알려줘",
            lambda f: values(_s(f, sex="female")[AGE].mean(), _s(f, sex="female")[INC].mean()),
        ),
        Q(
            "dr-22",
            "multi_measure",
            "How many people had a hospital admission, and how many nights on average did they spend in hospital "
            "on their latest stay?",
            lambda f: values(len(_admitted(_s(f))), _admitted(_s(f))[NIGHTS].mean()),
        ),
        # ranking
        Q(
            "dr-23",
            "ranking",
            "Rank the four insurance codes by average doctor visits, highest first.",
            lambda f: top(_by(_s(f), CODE, DOC), 4),
        ),
        Q(
            "dr-24",
            "ranking",
            "평균 처방약 개수가 가장 많은 나이 3개 알려줘",
            lambda f: top(_by(_s(f), AGE, RX), 3),
        ),
        Q(
            "dr-25",
            "ranking",
            "which three ages have the lowest average income?",
            lambda f: top(_by(_s(f), AGE, INC), 3, largest=False),
        ),
        Q(
            "dr-26",
            "ranking",
            "보험 코드별 응답자 수 많은 순서대로 정렬해줘",
            lambda f: top(_count_by(_s(f), CODE), 4),
        ),
        Q(
            "dr-27",
            "ranking",
            "Top 5 ages by total nights in hospital",
            lambda f: top(_by(_s(f), AGE, NIGHTS, "sum"), 5),
        ),
        # which_one
        Q(
            "dr-28",
            "which_one",
            "Which insurance code has the oldest respondents on average?",
            lambda f: best(_by(_s(f), CODE, AGE)),
        ),
        Q(
            "dr-29",
            "which_one",
            "만성질환 유형 중에 평균 의사 방문 횟수가 제일 높은 건 뭐예요?",
            lambda f: best(_by(_s(f), CHRON, DOC)),
        ),
        Q(
            "dr-30",
            "which_one",
            "At which age is the average health score highest?",
            lambda f: best(_by(_s(f), AGE, SCORE)),
        ),
        Q(
            "dr-31",
            "which_one",
            "평균으로 보면 남녀 중 비처방약을 더 많이 쓰는 쪽은?",
            lambda f: best(_by(_s(f), SEX, OTC)),
        ),
        Q(
            "dr-32",
            "which_one",
            "What's the most common age in the survey?",
            lambda f: best(_count_by(_s(f), AGE)),
        ),
        # share
        Q(
            "dr-33",
            "share",
            "What percentage of the respondents are women?",
            lambda f: _share(len(_s(f, sex="female")), len(_s(f))),
        ),
        Q(
            "dr-34",
            "share",
            "지난 2주 동안 의사를 한 번이라도 만난 사람 비율은?",
            lambda f: _share(len(_saw_doctor(_s(f))), len(_s(f))),
        ),
        Q(
            "dr-35",
            "share",
            "What share of the 72-year-olds were admitted to hospital in the past year?",
            lambda f: _share(len(_admitted(_s(f, age=72))), len(_s(f, age=72))),
        ),
        Q(
            "dr-36",
            "share",
            "Of all the doctor consultations in the data, what share were made by women?",
            lambda f: _share(_s(f, sex="female")[DOC].sum(), _s(f)[DOC].sum()),
        ),
        Q(
            "dr-37",
            "share",
            "what proportion of people reported no illness at all in the last two weeks",
            lambda f: _share(len(_s(f, illnesses=0)), len(_s(f))),
        ),
        # breakdown
        Q(
            "dr-38",
            "breakdown",
            "Number of respondents by chronic condition",
            lambda f: rows(_count_by(_s(f), CHRON)),
        ),
        Q("dr-39", "breakdown", "성별 평균 의사 방문 횟수 보여줘", lambda f: rows(_by(_s(f), SEX, DOC))),
        Q(
            "dr-40",
            "breakdown",
            "Average number of medicines used, by insurance code",
            lambda f: rows(_by(_s(f), CODE, MED)),
        ),
        Q(
            "dr-41",
            "breakdown",
            "total hospital admissions for men and for women",
            lambda f: rows(_by(_s(f), SEX, ADM, "sum")),
        ),
        Q(
            "dr-42",
            "breakdown",
            "Break down the number of people by how many illnesses they reported (0 to 5).",
            lambda f: rows(_count_by(_s(f), ILL)),
        ),
        # filter_value
        Q(
            "dr-43",
            "filter_value",
            "What's the average number of doctor visits of people earning under $2,000 a year?",
            lambda f: value(_poor(_s(f))[DOC].mean()),
        ),
        Q(
            "dr-44",
            "filter_value",
            "연소득 1만 달러 넘는 여성들 평균 나이는?",
            lambda f: value(_rich(_s(f, sex="female"))[AGE].mean()),
        ),
        Q(
            "dr-45",
            "filter_value",
            "How many 72-year-old women have a chronic condition that limits their activity?",
            lambda f: value(len(_s(f, sex="female", age=72, chronic_condition="limiting"))),
        ),
        Q(
            "dr-46",
            "filter_value",
            "입원한 적 있는 사람들만 보면 건강 점수 평균이 얼마야?",
            lambda f: value(_admitted(_s(f))[SCORE].mean()),
        ),
        # loosely named columns and values
        Q("dr-47", "loose_value", "How many guys are in the survey?", lambda f: value(len(_s(f, sex="male")))),
        Q(
            "dr-48",
            "loose_value",
            "How many pills did the ladies take in total over the past two days?",
            lambda f: value(_s(f, sex="female")[MED].sum()),
        ),
        Q(
            "dr-49",
            "loose_value",
            "요즘 아픈 데 하나도 없다는 사람(지난 2주 질병 0건)은 몇 명이에요?",
            lambda f: value(len(_s(f, illnesses=0))),
        ),
        Q(
            "dr-50",
            "loose_value",
            "How many people went to the GP three or more times?",
            lambda f: value(len(_at_least(_s(f), DOC, 3))),
        ),
        Q(
            "dr-51",
            "loose_value",
            "On average, how often did people see a physio, chemist or some other non-doctor health worker?",
            lambda f: value(_s(f)[OTHER].mean()),
        ),
        # join: the plans' names and whether they are free
        Q(
            "dr-52",
            "join",
            "How many respondents have free government cover (either of the free plans)?",
            lambda f: value(len(_j(f, is_free="yes"))),
        ),
        Q(
            "dr-53",
            "join",
            "'free: low income' 플랜 가입자들 평균 연소득은 얼마예요?",
            lambda f: value(_plan(f, LOW)[INC].mean()),
        ),
        Q(
            "dr-54",
            "join",
            "Average doctor visits by plan name",
            lambda f: rows(_by(_j(f), PLAN, DOC)),
        ),
        Q(
            "dr-55",
            "join",
            "'private insurance (levy plus)' 가입자 중에 여성은 몇 명이야?",
            lambda f: value(len(_plan(f, PRIVATE, sex="female"))),
        ),
        Q(
            "dr-56",
            "join",
            "What share of the respondents are on a paid plan rather than free cover?",
            lambda f: _share(len(_j(f, is_free="no")), len(_s(f))),
        ),
        Q(
            "dr-57",
            "join",
            "Which plan has the highest average number of nights in hospital?",
            lambda f: best(_by(_j(f), PLAN, NIGHTS)),
        ),
        Q(
            "dr-58",
            "join",
            "Total doctor visits by people on the 'Medibank levy only' plan",
            lambda f: value(_plan(f, LEVY)[DOC].sum()),
        ),
        # year_period: the survey is 1977-78
        Q("dr-59", "year_period", "How many people were surveyed in 1977-78?", lambda f: value(len(_s(f)))),
        Q(
            "dr-60",
            "year_period",
            "1977~78년 조사에서 남성 평균 연소득은 얼마였어?",
            lambda f: value(_s(f, sex="male")[INC].mean()),
        ),
        Q(
            "dr-61",
            "year_period",
            "In the 1977-78 survey, what share of respondents held private insurance (code levyplus)?",
            lambda f: _share(len(_s(f, insurance_code="levyplus")), len(_s(f))),
        ),
        # date_range: age ranges
        Q(
            "dr-62",
            "date_range",
            "How many respondents are aged 30 to 49?",
            lambda f: value(len(_ages(_s(f), 30, 49))),
        ),
        Q(
            "dr-63",
            "date_range",
            "20대 응답자들 평균 의사 방문 횟수",
            lambda f: value(_ages(_s(f), 20, 29)[DOC].mean()),
        ),
        Q(
            "dr-64",
            "date_range",
            "Average annual income of people aged 50 through 65",
            lambda f: value(_ages(_s(f), 50, 65)[INC].mean()),
        ),
        Q(
            "dr-65",
            "date_range",
            "60세 이상 여성 몇 명이야?",
            lambda f: value(len(_ages(_s(f, sex="female"), 60, 200))),
        ),
        # trend: along ages, age bands and income levels
        Q(
            "dr-66",
            "trend",
            "How does the average number of doctor visits change with age? Show each age from youngest to oldest.",
            lambda f: rows(_by(_s(f), AGE, DOC), ordered=True),
        ),
        Q(
            "dr-67",
            "trend",
            "연령대별(18-29, 30-44, 45-59, 60+) 평균 처방약 개수 추이 보여줘",
            lambda f: rows(_banded(_s(f), lambda rows_: rows_[RX].mean()), ordered=True),
        ),
        Q(
            "dr-68",
            "trend",
            "Share of people admitted to hospital (in %) across the age bands 18-29, 30-44, 45-59 and 60+",
            lambda f: rows(_banded(_s(f), _pct_admitted), ordered=True),
        ),
        Q(
            "dr-69",
            "trend",
            "average doctor visits at each income level, from the lowest income to the highest",
            lambda f: rows(_by(_s(f), INC, DOC), ordered=True),
        ),
        # unanswerable
        Q("dr-70", "unanswerable", "What was the average number of doctor visits in 1985?", lambda f: refuse()),
        Q("dr-71", "unanswerable", "응답자 사는 주(州)별로 의사 방문 횟수 보여줘", lambda f: refuse()),
        Q(
            "dr-72",
            "unanswerable",
            "Why do people on free repatriation cover see the doctor more often?",
            lambda f: refuse(),
        ),
        Q("dr-73", "unanswerable", "다음 조사 때 평균 의사 방문 횟수 예측해줘", lambda f: refuse()),
        Q("dr-74", "unanswerable", "How much did a doctor visit cost on average?", lambda f: refuse()),
        Q("dr-75", "unanswerable", "결혼 여부별로 입원 비율 알려줘", lambda f: refuse()),
        Q("dr-76", "unanswerable", "What's the average BMI of the respondents?", lambda f: refuse()),
        Q("dr-77", "unanswerable", "응답자 중 흡연자는 몇 명이에요?", lambda f: refuse()),
        Q(
            "dr-78",
            "unanswerable",
            "How did the number of doctor visits change between 1977 and 1980?",
            lambda f: refuse(),
        ),
        Q("dr-79", "unanswerable", "작년 대비 입원 건수 증가율은?", lambda f: refuse()),
        Q("dr-80", "unanswerable", "Which doctor did the respondents visit most often?", lambda f: refuse()),
        Q("dr-81", "unanswerable", "직업별 평균 소득 보여줘", lambda f: refuse()),
        # conversations
        Conversation(
            "dr-c01",
            "followup",
            [
                ("성별 응답자 수 알려줘", lambda f: rows(_count_by(_s(f), SEX))),
                ("평균 나이도 성별로 보여줘", lambda f: rows(_by(_s(f), SEX, AGE))),
                (
                    "여성이 남성보다 평균 몇 살 많아?",
                    lambda f: value(_by(_s(f), SEX, AGE)["female"] - _by(_s(f), SEX, AGE)["male"]),
                ),
            ],
        ),
        Conversation(
            "dr-c02",
            "followup",
            [
                ("How many people are on the 'free: repatriation' plan?", lambda f: value(len(_plan(f, REPAT)))),
                ("how many of them are women?", lambda f: value(len(_plan(f, REPAT, sex="female")))),
                (
                    "and what's the average age of those women?",
                    lambda f: value(_plan(f, REPAT, sex="female")[AGE].mean()),
                ),
            ],
        ),
        Conversation(
            "dr-c03",
            "followup",
            [
                ("보험 코드별 평균 연소득 보여줘", lambda f: rows(_by(_s(f), CODE, INC))),
                ("그중 상위 2개는?", lambda f: top(_by(_s(f), CODE, INC), 2)),
            ],
        ),
        Conversation(
            "dr-c04",
            "followup",
            [
                ("Average number of illnesses of people aged 72", lambda f: value(_s(f, age=72)[ILL].mean())),
                ("and at 19?", lambda f: value(_s(f, age=19)[ILL].mean())),
                (
                    "what's the gap between the two, 72 minus 19?",
                    lambda f: value(_s(f, age=72)[ILL].mean() - _s(f, age=19)[ILL].mean()),
                ),
            ],
        ),
        Conversation(
            "dr-c05",
            "followup",
            [
                ("지난 1년 사이 입원한 적 있는 사람 몇 명이에요?", lambda f: value(len(_admitted(_s(f))))),
                ("그중 남자는?", lambda f: value(len(_admitted(_s(f, sex="male"))))),
                ("비율로 치면?", lambda f: _share(len(_admitted(_s(f, sex="male"))), len(_admitted(_s(f))))),
            ],
        ),
        Conversation(
            "dr-c06",
            "followup",
            [
                ("Break down the respondents by chronic condition.", lambda f: rows(_count_by(_s(f), CHRON))),
                ("now the average reduced-activity days for each", lambda f: rows(_by(_s(f), CHRON, ACT))),
                ("which one is lowest?", lambda f: best(_by(_s(f), CHRON, ACT), largest=False)),
            ],
        ),
        Conversation(
            "dr-c07",
            "followup",
            [
                ("Which insurance code covers the most respondents?", lambda f: best(_count_by(_s(f), CODE))),
                (
                    "what's the average annual income there?",
                    lambda f: value(_s(f, insurance_code=_largest_code(f))[INC].mean()),
                ),
                ("and the median?", lambda f: value(_s(f, insurance_code=_largest_code(f))[INC].median())),
            ],
        ),
        Conversation(
            "dr-c08",
            "followup",
            [
                ("의사 방문 횟수 평균 얼마야?", lambda f: value(_s(f)[DOC].mean())),
                ("만성질환 없는 사람만 보면?", lambda f: value(_s(f, chronic_condition="none")[DOC].mean())),
                ("남성으로 좁히면?", lambda f: value(_s(f, chronic_condition="none", sex="male")[DOC].mean())),
            ],
        ),
        Conversation(
            "dr-c09",
            "followup",
            [
                ("How many people earn more than $10,000 a year?", lambda f: value(len(_rich(_s(f))))),
                ("what share of all respondents is that?", lambda f: _share(len(_rich(_s(f))), len(_s(f)))),
                (
                    "and among women only?",
                    lambda f: _share(len(_rich(_s(f, sex="female"))), len(_s(f, sex="female"))),
                ),
            ],
        ),
        Conversation(
            "dr-c10",
            "followup",
            [
                ("나이별 평균 건강 점수 보여줘", lambda f: rows(_by(_s(f), AGE, SCORE))),
                ("그중 상위 3개는?", lambda f: top(_by(_s(f), AGE, SCORE), 3)),
            ],
        ),
        Conversation(
            "dr-c11",
            "followup",
            [
                (
                    "Total medicines used by people on free plans",
                    lambda f: value(_j(f, is_free="yes")[MED].sum()),
                ),
                ("and on paid plans?", lambda f: value(_j(f, is_free="no")[MED].sum())),
                ("and per person on the paid plans?", lambda f: value(_j(f, is_free="no")[MED].mean())),
            ],
        ),
        Conversation(
            "dr-c12",
            "followup",
            [
                ("1977~78년 조사에서 의사 상담은 총 몇 건이었어?", lambda f: value(_s(f)[DOC].sum())),
                ("1979년에는요?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "dr-c13",
            "followup",
            [
                (
                    "What's the most common number of illnesses reported?",
                    lambda f: best(_count_by(_s(f), ILL)),
                ),
                ("how many people reported zero illnesses?", lambda f: value(len(_s(f, illnesses=0)))),
                ("and five?", lambda f: value(len(_s(f, illnesses=5)))),
            ],
        ),
        Conversation(
            "dr-c14",
            "followup",
            [
                (
                    "'private insurance (levy plus)' 가입자 평균 의사 방문 횟수는?",
                    lambda f: value(_plan(f, PRIVATE)[DOC].mean()),
                ),
                ("'Medibank levy only' 플랜은?", lambda f: value(_plan(f, LEVY)[DOC].mean())),
                (
                    "두 플랜 차이는 얼마야? 앞의 것에서 뒤의 것 빼서",
                    lambda f: value(_plan(f, PRIVATE)[DOC].mean() - _plan(f, LEVY)[DOC].mean()),
                ),
            ],
        ),
        Conversation(
            "dr-c15",
            "followup",
            [
                ("How many people are 60 or older?", lambda f: value(len(_ages(_s(f), 60, 200)))),
                (
                    "how many of them have a limiting chronic condition?",
                    lambda f: value(len(_ages(_s(f, chronic_condition="limiting"), 60, 200))),
                ),
                (
                    "and what's their average number of doctor visits?",
                    lambda f: value(_ages(_s(f, chronic_condition="limiting"), 60, 200)[DOC].mean()),
                ),
            ],
        ),
        Conversation(
            "dr-c16",
            "followup",
            [
                ("연소득 2000달러 미만인 사람 몇 명이야?", lambda f: value(len(_poor(_s(f))))),
                ("그 사람들 중 무료 플랜 가입자는 몇 명?", lambda f: value(len(_poor(_j(f, is_free="yes"))))),
                ("비율은?", lambda f: _share(len(_poor(_j(f, is_free="yes"))), len(_poor(_s(f))))),
            ],
        ),
        Conversation(
            "dr-c17",
            "followup",
            [
                ("Average non-prescribed medicines by sex", lambda f: rows(_by(_s(f), SEX, OTC))),
                ("and prescribed ones?", lambda f: rows(_by(_s(f), SEX, RX))),
            ],
        ),
    ],
)
