"""Dev set on Australian AIDS patients diagnosed before 1 July 1991 (MASS::Aids2): a patient table and a category table.

`aids_patients` holds one row per patient (2,843): `patient_id` (1..n in the source order), `state` (NSW, VIC,
QLD, Other: the source's grouped states, NSW with the ACT, Other being WA, SA, NT and Tasmania), `sex` (M / F),
`diagnosis_date` and `death_date` (DATEs; `death_date` is the date of death of the dead and the end of
observation of the living), `status` ('alive' / 'dead' at the end of observation), `age` (years, at diagnosis)
and `transmission_code` (the source's T.categ: blood, haem, het, hs, hsid, id, mother, other). It refers to
`transmission_categories` (8: `transmission_code`, `name` in English, `name_ko` in Korean). Made by
evals/authoring/dev_derived_aids.py. Diagnoses run from 1982-09-24 to 1991-06-30; the latest date in the data is
1991-07-01 (the end of observation, the `death_date` of most living patients, and of one death). Dates are the
heart of the set: years, quarters, months, date ranges, periods counted back from the latest date, survival
times and yearly or monthly trends. 125 turns: 82 single questions and 18 conversations (43 turns); 46 of the
100 questions (57 turns) in Korean.

Readings:
- A "patient" / "case" / "환자" / "명" / "건" is a row of `aids_patients`; "how many patients" counts rows.
- "Diagnosed in X" / "X에 진단받은" / "diagnoses in X" / "진단 건수" go by `diagnosis_date`. "Died in X" / "deaths
  in X" / "X 사망자" are the rows with status 'dead' and `death_date` in X: a living patient's `death_date` is the
  end of their observation, never a death. "Died" / "사망한" / "사망자" with no period are the status 'dead'
  rows (dead by the end of observation); "alive" / "still alive" / "생존자" / "살아 있는" the status 'alive' ones.
- Survival time ("survival", "생존 기간", "생존 일수", "how long they lived after diagnosis") is `death_date -
  diagnosis_date` in days, asked of the patients who died only; an average or median survival is over those
  rows. "Follow-up time" (ad-08) is the same difference for every patient (for the living, up to the end
  of their observation).
- A share ("share", "percentage", "비율", "비중") is of patients unless the question names another whole; a
  "death rate" / "사망률" / "what share died" is the share of the patients asked about whose status is 'dead'.
- Age is `age`, the age at diagnosis. Age cuts are asked with inclusive words ("60 or older", "at least 50",
  "50세 이상", "20세 이하"), never "over" / "under" on an integer. Survival cuts ("more than 1,095 days", "1,500일
  넘게") are at values no patient who died holds exactly (checked by `cut`), so strict and inclusive readings
  agree; "365일 이내(365일 포함)" says that it keeps its end.
- Labels: "by state" / "state별" gives the codes (NSW, VIC, QLD, Other), "by sex" M / F, "by status" alive / dead,
  "transmission code" / "전파 경로 코드" the codes of `transmission_code` as the patient table holds them (rankings and
  breakdowns of categories say "code", since the names are a join away; "주별" is not used: it also reads
  "weekly"). A question asking for the category's name or description ("by category name", "full description",
  "이름별", "한글 이름") is a join, labelled by `name` (English questions) or `name_ko` (Korean ones). A category
  named by its description in a question ("heterosexual contact", "혈우병 또는 혈액 응고 장애", "이름에 '약물'이
  들어가는") is found through `transmission_categories`, a join too.
- Loose names: Victoria = VIC, Queensland = QLD, New South Wales = NSW; haemophiliacs / 혈우병 환자 = haem;
  "infected through a transfusion" / "수혈로 감염된" = blood (receipt of blood, blood components or tissue);
  "passed away" / "돌아가신" = dead; "women" / "여성" / "여자" = F, "men" / "남성" = M.
- Periods: a year, quarter ("3분기" = July to September), month or day holds the dates that fall in it; date ranges
  ("from A to B", "A부터 B까지", "between A and B", "A~B") include both ends; "before 1985" is before 1985-01-01.
  Monthly labels are 'YYYY-MM', yearly ones the year; "which month" answers 'YYYY-MM', "which year" the year.
- Relative periods are anchored to the latest date in the data, 1991-07-01 (the end of observation), never to
  today: 올해 / this year is 1991 (its diagnoses run to 06-30), 작년 / last year 1990, 재작년 1989. "The last N
  months (days) of the data" / "최근 N개월 (N일)" are the N months (days) up to that date; the set asks them only
  where the other usual readings (counting back from the latest diagnosis, 1991-06-30, instead; keeping or
  dropping the first and the last day) give the same answer within 0.4 % (checked by `_recent`), so the
  last 6 months are, in effect, January to June 1991. Months named relatively (지난달, 이번 분기) are not asked:
  they differ between 1991-07-01 and the latest diagnosis.
- Rankings and which-one questions are asked only without ties at the cut or at the top (checked by `top` and
  `best`); several months share a count of diagnoses, so no question ranks months of diagnosis below the first.
- Follow-ups keep the previous turn's group, period and measure unless they change one ("and in QLD?" swaps the
  state, "그중 상위 3개는?" is the top 3 of the breakdown just shown, "그해" / "that year" / "그 달" the period just
  named, "그 경로" the category just named).
- Cannot be answered (refused): years after the data (1992, 1995), forecasts, causes ("why"), what the table
  does not hold (treatments, CD4 counts, causes of death, infection dates, income, hospitals), a single state the
  source groups with others (Western Australia is in Other) and Australia's population or HIV prevalence.
- The source's oddities, kept: 29 patients have their death or end of observation on the day of diagnosis
  (survival 0 days); 18 living patients were last seen before 1991-07-01; one woman is coded `hs`; four patients
  are aged 0; the data were slightly jittered by their publishers.
"""

import pandas as pd

from evals.authoring.common import (
    BankSet,
    Conversation,
    Q,
    Table,
    best,
    cut,
    entity,
    percent,
    refuse,
    rows,
    top,
    value,
    values,
    where,
)

P, C = "aids_patients", "transmission_categories"
CODE, AGE, SURV = "transmission_code", "age", "survival"
NSW, VIC, QLD, OTHER = "NSW", "VIC", "QLD", "Other"


def _p(f, **equal):
    """The patients (with these values), with their dates as Timestamps and a survival in days.

    `dd` is the diagnosis, `de` the death or end of observation; `y`, `m` ('YYYY-MM') and `q` are the diagnosis'
    year, month and quarter, and `survival` the days from `dd` to `de`.
    """
    frame = f[P].copy()
    frame["dd"] = pd.to_datetime(frame["diagnosis_date"])
    frame["de"] = pd.to_datetime(frame["death_date"])
    frame["y"] = frame["dd"].dt.year
    frame["m"] = frame["dd"].dt.strftime("%Y-%m")
    frame["q"] = frame["dd"].dt.quarter
    frame[SURV] = (frame["de"] - frame["dd"]).dt.days
    return where(frame, **equal)


def _dead(f, **equal):
    """The patients who died, with the death's year `dy` and month `dm` ('YYYY-MM')."""
    frame = _p(f, status="dead", **equal)
    frame["dy"] = frame["de"].dt.year
    frame["dm"] = frame["de"].dt.strftime("%Y-%m")
    return frame


def _x(f, **equal):
    """The patients joined with their category's `name` and `name_ko` (and these values)."""
    return where(_p(f).merge(f[C], on=CODE, how="left"), **equal)


def _span(frame, start, end, column="dd"):
    """The rows whose date (`dd` or `de`) is from `start` to `end` ('YYYY-MM-DD'), both included."""
    return frame[(frame[column] >= pd.Timestamp(start)) & (frame[column] <= pd.Timestamp(end))]


def _year(frame, year, quarter=None, column="dd"):
    frame = frame[frame[column].dt.year == year]
    return frame if quarter is None else frame[frame[column].dt.quarter == quarter]


def _month(frame, month, column="dd"):
    """The rows of one month ('YYYY-MM') of `dd` or `de`."""
    return frame[frame[column].dt.strftime("%Y-%m") == month]


def _latest(f):
    """The latest date in the data (1991-07-01, the end of observation)."""
    return max(_p(f)["dd"].max(), _p(f)["de"].max())


def _windows(f, frame, column, months=None, days=None):
    """The frame's rows in the last `months` (`days`) under each usual reading, the set's own first.

    The set's: after the latest date minus the period, up to the latest date. The others: with the first day, or
    without the last one, and the same counted back from the day before the latest (the latest diagnosis).
    """
    found = []
    latest = _latest(f)
    for anchor in (latest, latest - pd.Timedelta(days=1)):
        start = anchor - (pd.DateOffset(months=months) if months else pd.Timedelta(days=days))
        at = frame[column]
        found += [
            frame[(at > start) & (at <= anchor)],
            frame[(at >= start) & (at <= anchor)],
            frame[(at > start) & (at < anchor)],
            frame[(at >= start) & (at < anchor)],
        ]
    return found


def _close(a, b):
    return abs(a - b) <= 0.004 * abs(a) + 1e-9


def _recent(f, frame, measure, months=None, days=None, column="dd"):
    """`measure` of the frame's rows in the last period; refuses a period whose readings differ by 0.4 % or more."""
    first, *others = [measure(rows_in) for rows_in in _windows(f, frame, column, months, days)]
    for other in others:
        if isinstance(first, pd.Series):
            same = list(first.index) == list(other.index)
            same = same and all(_close(a, b) for a, b in zip(first, other, strict=True))
        else:
            same = _close(first, other)
        if not same:
            raise ValueError(f"the last {months or days} {'months' if months else 'days'}: {first} or {other}")
    return first


def _share(part, whole):
    return percent(100 * len(part) / len(whole))


def _death_rate(frame):
    return (frame["status"] == "dead").mean()


def _by(frame, key, how="size", column=AGE):
    return frame.groupby(key).size() if how == "size" else frame.groupby(key)[column].agg(how)


def _most_deaths_year(f):
    return best(_by(_dead(f), "dy"))["label"]


def _shortest_survival_code(f):
    return best(_by(_dead(f), CODE, "mean", SURV), largest=False)["label"]


def _most_diagnosed_month(f):
    return best(_by(_p(f), "m"))["label"]


SET = BankSet(
    name="dev_aids",
    split="dev",
    tables=[
        Table(P, file="dev/aids_patients.parquet"),
        Table(C, file="dev/aids_transmission_categories.parquet"),
    ],
    questions=[
        # count
        Q("ad-01", "count", "How many patients are in the data?", lambda f: value(len(_p(f)))),
        Q("ad-02", "count", "사망한 환자는 몇 명이야?", lambda f: value(len(_dead(f)))),
        Q(
            "ad-03",
            "count",
            "How many women in Victoria were diagnosed with AIDS?",
            lambda f: value(len(_p(f, state=VIC, sex="F"))),
        ),
        Q(
            "ad-04",
            "count",
            "how many of the patients who died had lived more than 1,095 days (three years) after diagnosis?",
            lambda f: value(len(cut(_dead(f), SURV, low=1095))),
        ),
        # count_distinct
        Q(
            "ad-05",
            "count_distinct",
            "How many different transmission categories show up in the patient data?",
            lambda f: value(_p(f)[CODE].nunique()),
        ),
        Q(
            "ad-06",
            "count_distinct",
            "On how many distinct days was at least one patient diagnosed in 1990?",
            lambda f: value(_year(_p(f), 1990)["dd"].nunique()),
        ),
        Q(
            "ad-07",
            "count_distinct",
            "여성 환자가 한 명이라도 있는 전파 경로는 몇 가지예요?",
            lambda f: value(_p(f, sex="F")[CODE].nunique()),
        ),
        # sum
        Q(
            "ad-08",
            "sum",
            "Total follow-up time in days across all patients (from diagnosis to death or end of observation)?",
            lambda f: value(_p(f)[SURV].sum()),
        ),
        Q(
            "ad-09",
            "sum",
            "사망자들 생존 일수 다 합치면 며칠이야?",
            lambda f: value(_dead(f)[SURV].sum()),
        ),
        Q(
            "ad-10",
            "sum",
            "NSW랑 VIC 환자 합치면 몇 명인가요?",
            lambda f: value(len(_p(f, state=NSW)) + len(_p(f, state=VIC))),
        ),
        # average
        Q("ad-11", "average", "What's the average age at diagnosis?", lambda f: value(_p(f)[AGE].mean())),
        Q("ad-12", "average", "사망자 평균 생존 기간은 며칠이에요?", lambda f: value(_dead(f)[SURV].mean())),
        Q(
            "ad-13",
            "average",
            "median survival in days for NSW patients who died",
            lambda f: value(_dead(f, state=NSW)[SURV].median()),
        ),
        Q("ad-14", "average", "여자 환자들 평균 나이 알려줘", lambda f: value(_p(f, sex="F")[AGE].mean())),
        # min_max
        Q("ad-15", "min_max", "When was the earliest diagnosis in the data?", lambda f: value(_p(f)["dd"].min())),
        Q(
            "ad-16",
            "min_max",
            "Longest survival after diagnosis among patients who died, in days?",
            lambda f: value(_dead(f)[SURV].max()),
        ),
        Q(
            "ad-17",
            "min_max",
            "빅토리아 환자 중 가장 최근 진단일은 언제예요?",
            lambda f: value(_p(f, state=VIC)["dd"].max()),
        ),
        # multi_measure
        Q(
            "ad-18",
            "multi_measure",
            "For the patients who died, give me the shortest, the average and the longest survival in days.",
            lambda f: values(_dead(f)[SURV].min(), _dead(f)[SURV].mean(), _dead(f)[SURV].max()),
        ),
        Q(
            "ad-19",
            "multi_measure",
            "환자 나이 최소, 최대, 평균 한 번에 보여줘",
            lambda f: values(_p(f)[AGE].min(), _p(f)[AGE].max(), _p(f)[AGE].mean()),
        ),
        Q(
            "ad-20",
            "multi_measure",
            "How many patients were diagnosed in 1990, and how many of them had died by the end of observation?",
            lambda f: values(len(_year(_p(f), 1990)), len(_year(_dead(f), 1990))),
        ),
        # ranking
        Q(
            "ad-21",
            "ranking",
            "Top 3 transmission codes by number of patients",
            lambda f: top(_by(_p(f), CODE), 3),
        ),
        Q(
            "ad-22",
            "ranking",
            "사망자 평균 생존 기간이 긴 전파 경로 코드 상위 3개 뽑아줘",
            lambda f: top(_by(_dead(f), CODE, "mean", SURV), 3),
        ),
        Q(
            "ad-23",
            "ranking",
            "Which three years had the most AIDS deaths?",
            lambda f: top(_by(_dead(f), "dy"), 3),
        ),
        Q(
            "ad-24",
            "ranking",
            "사망자가 많았던 달 상위 3개 (사망일 기준)",
            lambda f: top(_by(_dead(f), "dm"), 3),
        ),
        # which_one
        Q(
            "ad-25",
            "which_one",
            "Which state has the highest death rate among its patients?",
            lambda f: entity(best(_p(f).groupby("state").apply(_death_rate, include_groups=False))["label"]),
        ),
        Q("ad-26", "which_one", "환자가 가장 많이 진단된 해는 언제야?", lambda f: best(_by(_p(f), "y"))),
        Q("ad-27", "which_one", "사망자가 제일 많이 나온 달은 언제예요?", lambda f: best(_by(_dead(f), "dm"))),
        Q(
            "ad-28",
            "which_one",
            "Which patient (by id) lived the longest after diagnosis among those who died?",
            lambda f: best(_dead(f).set_index("patient_id")[SURV]),
        ),
        # share
        Q("ad-29", "share", "What percentage of the patients are women?", lambda f: _share(_p(f, sex="F"), _p(f))),
        Q("ad-30", "share", "전체 환자 중 사망자 비율은 얼마야?", lambda f: _share(_dead(f), _p(f))),
        Q(
            "ad-31",
            "share",
            "Of the patients diagnosed in 1985, what share had died by the end of observation?",
            lambda f: _share(_year(_dead(f), 1985), _year(_p(f), 1985)),
        ),
        Q(
            "ad-32",
            "share",
            "사망자 중에서 진단 후 365일 이내(365일 포함)에 사망한 사람 비율",
            lambda f: _share(_dead(f)[_dead(f)[SURV] <= 365], _dead(f)),
        ),
        # breakdown
        Q("ad-33", "breakdown", "Number of patients by state", lambda f: rows(_by(_p(f), "state"))),
        Q("ad-34", "breakdown", "전파 경로 코드별 환자 수 보여줘", lambda f: rows(_by(_p(f), CODE))),
        Q("ad-35", "breakdown", "deaths by sex", lambda f: rows(_by(_dead(f), "sex"))),
        Q(
            "ad-36",
            "breakdown",
            "Median survival in days of the patients who died, by state",
            lambda f: rows(_by(_dead(f), "state", "median", SURV)),
        ),
        # filter_value
        Q(
            "ad-37",
            "filter_value",
            "How many patients were 20 or younger at diagnosis?",
            lambda f: value(len(_p(f)[_p(f)[AGE] <= 20])),
        ),
        Q(
            "ad-38",
            "filter_value",
            "VIC에서 사망한 남성 환자들 평균 생존 일수는?",
            lambda f: value(_dead(f, state=VIC, sex="M")[SURV].mean()),
        ),
        Q(
            "ad-39",
            "filter_value",
            "Average age of the patients still alive at the end of observation",
            lambda f: value(_p(f, status="alive")[AGE].mean()),
        ),
        Q(
            "ad-40",
            "filter_value",
            "Among patients aged 60 or older who died, what was the average survival in days?",
            lambda f: value(_dead(f)[_dead(f)[AGE] >= 60][SURV].mean()),
        ),
        # year_period
        Q(
            "ad-41",
            "year_period",
            "How many patients were diagnosed in 1988?",
            lambda f: value(len(_year(_p(f), 1988))),
        ),
        Q(
            "ad-42",
            "year_period",
            "1990년 3분기에 진단받은 환자 수",
            lambda f: value(len(_year(_p(f), 1990, 3))),
        ),
        Q(
            "ad-43",
            "year_period",
            "1989년 사망자는 몇 명이었어?",
            lambda f: value(len(_year(_dead(f), 1989, column="de"))),
        ),
        Q(
            "ad-44",
            "year_period",
            "Average age of the patients diagnosed in Q1 1991",
            lambda f: value(_year(_p(f), 1991, 1)[AGE].mean()),
        ),
        Q("ad-45", "year_period", "1987년 12월 진단 건수 몇 건이야?", lambda f: value(len(_month(_p(f), "1987-12")))),
        # date_range
        Q(
            "ad-46",
            "date_range",
            "How many patients were diagnosed between March 1 and May 31, 1990?",
            lambda f: value(len(_span(_p(f), "1990-03-01", "1990-05-31"))),
        ),
        Q(
            "ad-47",
            "date_range",
            "1988년 7월 1일부터 1989년 6월 30일까지 진단받은 환자 몇 명이에요?",
            lambda f: value(len(_span(_p(f), "1988-07-01", "1989-06-30"))),
        ),
        Q(
            "ad-48",
            "date_range",
            "Number of deaths from December 24, 1990 to January 2, 1991",
            lambda f: value(len(_span(_dead(f), "1990-12-24", "1991-01-02", column="de"))),
        ),
        Q(
            "ad-49",
            "date_range",
            "Of the patients diagnosed from July 1989 through June 1990, how many have died?",
            lambda f: value(len(_span(_dead(f), "1989-07-01", "1990-06-30"))),
        ),
        Q(
            "ad-50",
            "date_range",
            "1991년 1월 15일~3월 15일 사이에 사망한 환자들 평균 나이",
            lambda f: value(_span(_dead(f), "1991-01-15", "1991-03-15", column="de")[AGE].mean()),
        ),
        # relative_period: anchored to the latest date, 1991-07-01
        Q(
            "ad-51",
            "relative_period",
            "How many patients were diagnosed in the last 12 months of the data?",
            lambda f: value(_recent(f, _p(f), len, months=12)),
        ),
        Q(
            "ad-52",
            "relative_period",
            "작년에 사망한 환자는 몇 명이야?",
            lambda f: value(len(_year(_dead(f), 1990, column="de"))),
        ),
        Q(
            "ad-53",
            "relative_period",
            "올해 진단받은 환자들 평균 나이는?",
            lambda f: value(_year(_p(f), 1991)[AGE].mean()),
        ),
        Q(
            "ad-54",
            "relative_period",
            "최근 3개월 동안 진단받은 여성 환자는 몇 명이에요?",
            lambda f: value(_recent(f, _p(f, sex="F"), len, months=3)),
        ),
        Q(
            "ad-55",
            "relative_period",
            "How many deaths were recorded over the last 24 months of the data?",
            lambda f: value(_recent(f, _dead(f), len, months=24, column="de")),
        ),
        Q(
            "ad-56",
            "relative_period",
            "Average age at diagnosis by state over the last 6 months of the data",
            lambda f: rows(_recent(f, _p(f), lambda frame: _by(frame, "state", "mean"), months=6)),
        ),
        # join: the category names
        Q(
            "ad-57",
            "join",
            "Number of patients by transmission category name",
            lambda f: rows(_by(_x(f), "name")),
        ),
        Q(
            "ad-58",
            "join",
            "감염 경로 한글 이름별로 평균 나이 보여줘",
            lambda f: rows(_by(_x(f), "name_ko", "mean")),
        ),
        Q(
            "ad-59",
            "join",
            "How many patients were infected through heterosexual contact?",
            lambda f: value(len(_x(f, name="heterosexual contact"))),
        ),
        Q(
            "ad-60",
            "join",
            "혈우병 또는 혈액 응고 장애로 분류된 환자 중 사망자는 몇 명이야?",
            lambda f: value(len(_x(f, name_ko="혈우병 또는 혈액 응고 장애", status="dead"))),
        ),
        Q(
            "ad-61",
            "join",
            "Which transmission category, by its full description, has the highest death rate?",
            lambda f: entity(best(_x(f).groupby("name").apply(_death_rate, include_groups=False))["label"]),
        ),
        Q(
            "ad-62",
            "join",
            "전파 경로 이름에 '약물'이 들어가는 환자는 모두 몇 명이에요?",
            lambda f: value(len(_x(f)[_x(f)["name_ko"].str.contains("약물")])),
        ),
        # loosely named values
        Q(
            "ad-63",
            "loose_value",
            "How many haemophiliacs are in the data?",
            lambda f: value(len(_p(f, transmission_code="haem"))),
        ),
        Q(
            "ad-64",
            "loose_value",
            "how many folks from Queensland are still alive?",
            lambda f: value(len(_p(f, state=QLD, status="alive"))),
        ),
        Q(
            "ad-65",
            "loose_value",
            "New South Wales patients who passed away - how many?",
            lambda f: value(len(_dead(f, state=NSW))),
        ),
        Q(
            "ad-66",
            "loose_value",
            "수혈로 감염된 환자들 평균 나이는?",
            lambda f: value(_p(f, transmission_code="blood")[AGE].mean()),
        ),
        # trend
        Q("ad-67", "trend", "Number of diagnoses per year", lambda f: rows(_by(_p(f), "y"), ordered=True)),
        Q("ad-68", "trend", "연도별 사망자 수 추이 보여줘", lambda f: rows(_by(_dead(f), "dy"), ordered=True)),
        Q("ad-69", "trend", "1990년 월별 진단 건수", lambda f: rows(_by(_year(_p(f), 1990), "m"), ordered=True)),
        Q(
            "ad-70",
            "trend",
            "진단 연도별로 사망자 평균 생존 일수가 어떻게 변했는지 보여줘",
            lambda f: rows(_by(_dead(f), "y", "mean", SURV), ordered=True),
        ),
        # unanswerable
        Q("ad-71", "unanswerable", "How many patients were diagnosed in 1995?", lambda f: refuse()),
        Q("ad-72", "unanswerable", "환자들 CD4 수치 평균은 얼마야?", lambda f: refuse()),
        Q("ad-73", "unanswerable", "Why did more patients die in 1990 than in 1989?", lambda f: refuse()),
        Q("ad-74", "unanswerable", "내년 진단 건수 예측해줘", lambda f: refuse()),
        Q("ad-75", "unanswerable", "What share of the patients were treated with AZT?", lambda f: refuse()),
        Q("ad-76", "unanswerable", "서호주(Western Australia) 환자는 몇 명이야?", lambda f: refuse()),
        Q("ad-77", "unanswerable", "사망 원인별 사망자 수 알려줘", lambda f: refuse()),
        Q("ad-78", "unanswerable", "When was each patient infected with HIV?", lambda f: refuse()),
        Q("ad-79", "unanswerable", "소득 수준별로 생존 기간 차이가 있어?", lambda f: refuse()),
        Q(
            "ad-80",
            "unanswerable",
            "What was the HIV prevalence in Australia's population in 1990?",
            lambda f: refuse(),
        ),
        Q("ad-81", "unanswerable", "어느 병원 환자들이 제일 오래 살았어?", lambda f: refuse()),
        Q("ad-82", "unanswerable", "How many AIDS deaths will there be in 1992?", lambda f: refuse()),
        # conversations
        Conversation(
            "ad-c01",
            "followup",
            [
                ("1990년에 진단받은 환자 몇 명이야?", lambda f: value(len(_year(_p(f), 1990)))),
                ("그중 사망한 사람은?", lambda f: value(len(_year(_dead(f), 1990)))),
                ("비율로 치면?", lambda f: _share(_year(_dead(f), 1990), _year(_p(f), 1990))),
            ],
        ),
        Conversation(
            "ad-c02",
            "followup",
            [
                ("number of patients by state", lambda f: rows(_by(_p(f), "state"))),
                ("and only the women?", lambda f: rows(_by(_p(f, sex="F"), "state"))),
                ("which state has the most women?", lambda f: best(_by(_p(f, sex="F"), "state"))),
            ],
        ),
        Conversation(
            "ad-c03",
            "followup",
            [
                ("전파 경로 코드별 사망자 수 알려줘", lambda f: rows(_by(_dead(f), CODE))),
                ("그중 상위 3개는?", lambda f: top(_by(_dead(f), CODE), 3)),
            ],
        ),
        Conversation(
            "ad-c04",
            "followup",
            [
                (
                    "Average survival in days for patients who died in Victoria",
                    lambda f: value(_dead(f, state=VIC)[SURV].mean()),
                ),
                ("and in QLD?", lambda f: value(_dead(f, state=QLD)[SURV].mean())),
                (
                    "what's the difference between the two?",
                    lambda f: value(abs(_dead(f, state=VIC)[SURV].mean() - _dead(f, state=QLD)[SURV].mean())),
                ),
            ],
        ),
        Conversation(
            "ad-c05",
            "followup",
            [
                (
                    "What was the average age of the patients diagnosed in the last 6 months of the data?",
                    lambda f: value(_recent(f, _p(f), lambda frame: frame[AGE].mean(), months=6)),
                ),
                (
                    "how many of them have died?",
                    lambda f: value(_recent(f, _dead(f), len, months=6)),
                ),
                (
                    "and how many of those diagnoses were in Victoria?",
                    lambda f: value(_recent(f, _p(f, state=VIC), len, months=6)),
                ),
            ],
        ),
        Conversation(
            "ad-c06",
            "followup",
            [
                ("연도별 진단 건수 보여줘", lambda f: rows(_by(_p(f), "y"), ordered=True)),
                ("이번엔 사망 연도 기준으로 사망자 수", lambda f: rows(_by(_dead(f), "dy"), ordered=True)),
            ],
        ),
        Conversation(
            "ad-c07",
            "followup",
            [
                (
                    "What was the average age at diagnosis in 1985?",
                    lambda f: value(_year(_p(f), 1985)[AGE].mean()),
                ),
                ("and in 1990?", lambda f: value(_year(_p(f), 1990)[AGE].mean())),
            ],
        ),
        Conversation(
            "ad-c08",
            "followup",
            [
                ("진단 건수가 가장 많았던 달은 언제야?", lambda f: best(_by(_p(f), "m"))),
                (
                    "그 달에 진단받은 환자 중 사망한 사람은 몇 명이야?",
                    lambda f: value(len(_month(_dead(f), _most_diagnosed_month(f)))),
                ),
                (
                    "그 달 환자들 평균 나이는?",
                    lambda f: value(_month(_p(f), _most_diagnosed_month(f))[AGE].mean()),
                ),
            ],
        ),
        Conversation(
            "ad-c09",
            "followup",
            [
                (
                    "How many patients are in the 'other' transmission category?",
                    lambda f: value(len(_p(f, transmission_code="other"))),
                ),
                ("what's their median age?", lambda f: value(_p(f, transmission_code="other")[AGE].median())),
                (
                    "and what share of them died?",
                    lambda f: percent(100 * _death_rate(_p(f, transmission_code="other"))),
                ),
            ],
        ),
        Conversation(
            "ad-c10",
            "followup",
            [
                (
                    "사망자 평균 생존 기간이 제일 짧은 전파 경로 코드는 뭐야?",
                    lambda f: best(_by(_dead(f), CODE, "mean", SURV), largest=False),
                ),
                (
                    "그 경로 환자는 전부 몇 명이에요?",
                    lambda f: value(len(_p(f, transmission_code=_shortest_survival_code(f)))),
                ),
            ],
        ),
        Conversation(
            "ad-c11",
            "followup",
            [
                ("How many patients were 60 or older at diagnosis?", lambda f: value(len(_p(f)[_p(f)[AGE] >= 60]))),
                ("how many of them died?", lambda f: value(len(_dead(f)[_dead(f)[AGE] >= 60]))),
                (
                    "and their average survival in days?",
                    lambda f: value(_dead(f)[_dead(f)[AGE] >= 60][SURV].mean()),
                ),
            ],
        ),
        Conversation(
            "ad-c12",
            "followup",
            [
                (
                    "1989년 월별 사망자 수 보여줘",
                    lambda f: rows(_by(_year(_dead(f), 1989, column="de"), "dm"), ordered=True),
                ),
                ("1990년은?", lambda f: rows(_by(_year(_dead(f), 1990, column="de"), "dm"), ordered=True)),
            ],
        ),
        Conversation(
            "ad-c13",
            "followup",
            [
                ("NSW 환자 평균 나이 얼마예요?", lambda f: value(_p(f, state=NSW)[AGE].mean())),
                ("최고령은 몇 살이에요?", lambda f: value(_p(f, state=NSW)[AGE].max())),
            ],
        ),
        Conversation(
            "ad-c14",
            "followup",
            [
                ("How many patients died in 1991?", lambda f: value(len(_year(_dead(f), 1991, column="de")))),
                ("what about 1992?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "ad-c15",
            "followup",
            [
                (
                    "median survival days of the hs patients who died",
                    lambda f: value(_dead(f, transmission_code="hs")[SURV].median()),
                ),
                ("and for blood?", lambda f: value(_dead(f, transmission_code="blood")[SURV].median())),
            ],
        ),
        Conversation(
            "ad-c16",
            "followup",
            [
                (
                    "진단받고 1,500일 넘게 살다가 사망한 환자 몇 명이야?",
                    lambda f: value(len(cut(_dead(f), SURV, low=1500))),
                ),
                ("state별로 나눠줘", lambda f: rows(_by(cut(_dead(f), SURV, low=1500), "state"))),
            ],
        ),
        Conversation(
            "ad-c17",
            "followup",
            [
                ("Which year had the most deaths?", lambda f: best(_by(_dead(f), "dy"))),
                (
                    "how many patients were diagnosed that year?",
                    lambda f: value(len(_year(_p(f), _most_deaths_year(f)))),
                ),
            ],
        ),
        Conversation(
            "ad-c18",
            "followup",
            [
                ("혈우병 환자들 평균 나이 알려줘", lambda f: value(_p(f, transmission_code="haem")[AGE].mean())),
                ("그중 돌아가신 분은 몇 명이에요?", lambda f: value(len(_dead(f, transmission_code="haem")))),
            ],
        ),
    ],
)
