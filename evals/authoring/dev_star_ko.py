"""Dev set on Project STAR's kindergarten (Ecdat::Star, 5748 students) as a student and a school table, mostly Korean.

`students` holds one row per kindergarten student (`student_id`, `math_score`, `reading_score`, `class_type`,
`teacher_experience`, `sex`, `free_lunch`, `race`, `school_id`) and refers to `schools` (79: `school_id`,
`student_count`, the school's number of students in the data) by `school_id`. Made by
evals/authoring/dev_derived_star_ko.py. The data is one cross-section (the kindergarten year of the experiment,
1985-86) with no date: questions on other years or grades, changes over time and forecasts cannot be answered, and
the set asks no year, period or trend question. 140 turns: 91 single questions and 20 conversations (49 turns);
91 turns in Korean.

Readings:
- "How many students" / "학생 수" / "몇 명" counts rows of `students`; "how many schools" / "학교 수" / "몇 곳"
  counts schools (the rows of `schools`, the same as the distinct `school_id` of `students`: 79). A school's size
  ("학생 수가 100명 넘는 학교", "the largest school") is its `student_count`, the same as its number of rows in
  `students`.
- Category values are the source's: `class_type` `small.class` / `regular` / `regular.with.aide`, `sex` `boy` /
  `girl`, `free_lunch` `yes` / `no`, `race` `white` / `black` / `other`. Korean questions name them in Korean:
  소규모 학급 (small class) = `small.class`; 일반 학급 (regular class) = `regular` only; 보조교사가 있는 (일반)
  학급 / 보조교사 배치 학급 / 보조교사 있는 반 (with an aide) = `regular.with.aide`; 여학생 / 여자애들 (girls) =
  `girl`, 남학생 (boys) = `boy`; 무료 급식 (대상) 학생 / 급식 지원 받는 (free lunch, on free lunch) = `free_lunch =
  'yes'`; 흑인 = `black`, 백인 = `white`, 기타 인종 = `other`. "Regular classes" alone never includes the classes
  with an aide.
- 수학 점수 is `math_score`, 읽기 점수 `reading_score`, (담임) 교사 경력 / 선생님 경력 / teacher's experience
  `teacher_experience` (whole years). "경력 0년" / "신입 선생님" / "a teacher with no experience" is
  `teacher_experience = 0`. "총점" / "합산 점수" / "combined score" is each student's `math_score + reading_score`.
- Teachers are not identified: "average teacher experience" (of a class type, a school, all students) is the
  mean of `teacher_experience` over the students asked about (each student counted once), never over teachers.
- An average ("평균 수학 점수", "average reading score", "by school") is the plain mean over the students kept;
  a school's or a group's average is over its students. "학교당 평균 학생 수" is the mean of `student_count`.
- A share ("비율", "비중", "what percentage") is of students (rows): the part's students over the whole's students
  named in the question ("소규모 학급 학생 중 여학생 비율" = girls in small classes / small-class students). A
  school's share ("무료 급식 비율이 가장 높은 학교") is over that school's students.
- Cuts: "more than" / "over" / "above" / "넘는" / "초과" are strict, "under" / "fewer than" / "미만" strict;
  every cut asked is at a value no row holds exactly (checked by `_cut`: math 450, 550, 600; reading 420, 520;
  teacher experience 25 years; school sizes 45, 70, 80, 90, 110, 120 students), so strict and inclusive readings
  agree.
- "Which school" answers with the `school_id`, "which student" with the `student_id`; a ranking by a share (st-34,
  st-39) expects the ids alone, the share being right as 0.43 or as 43 %. Top-N and which-one questions are asked
  only without ties (checked by `top`, `best` and `_sbest`): no question ranks students by a score many share (626
  is the top math score of 68 students).
- "The difference between the two" (st-c02) is the larger average minus the smaller one (positive).
- School 14 has no `regular` class; "by class type" within a school keeps the types it has.
"""

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

MATH, READ, EXP, CLASS, SCHOOL, SIZE = (
    "math_score",
    "reading_score",
    "teacher_experience",
    "class_type",
    "school_id",
    "student_count",
)
SMALL, REGULAR, AIDE = "small.class", "regular", "regular.with.aide"


def _s(f):
    return f["students"]


def _x(f):
    """Students with their school's `student_count`."""
    return _s(f).merge(f["schools"], on=SCHOOL, how="left")


def _is(f, **equal):
    """The students whose columns hold these values (`_is(f, sex="girl", free_lunch="yes")`)."""
    return where(_s(f), **equal)


def _total(frame):
    """The frame with each student's combined score (math + reading) as `combined`."""
    return frame.assign(combined=frame[MATH] + frame[READ])


def _by(frame, column, key=CLASS, how="mean"):
    return frame.groupby(key)[column].agg(how)


def _school_share(frame, column, wanted):
    """Each school's share of its students with `column == wanted` (0-1)."""
    return (frame[column] == wanted).groupby(frame[SCHOOL]).mean()


def _labels(found):
    """A ranking or a which-one by a share, without the share (the answer may give it as 0.43 or 43 %)."""
    return {key: found[key] for key in ("order", "label") if key in found}


def _share(part, whole):
    return percent(100 * len(part) / len(whole))


def _sizes(f):
    return f["schools"].set_index(SCHOOL)[SIZE]


def _largest(f, n=1, largest=True):
    """The ids of the `n` largest (smallest) schools by students, refusing a tie at the cut."""
    return top(_sizes(f), n, largest)["order"]


def _in_schools(f, ids):
    return _s(f)[_s(f)[SCHOOL].isin(ids)]


def _schools_cut(f, low=None, high=None):
    """The ids of the schools above `low` and below `high` students (no school exactly at a cut)."""
    return list(cut(f["schools"], SIZE, low, high)[SCHOOL])


def _sbest(frame, column, largest=True):
    """The `student_id` and value of the one student with the highest (lowest) value; refuses a tie."""
    ranked = frame.sort_values(column, ascending=not largest)
    if ranked[column].iloc[0] == ranked[column].iloc[1]:
        raise ValueError("a tie for the first place")
    return entity(ranked["student_id"].iloc[0], ranked[column].iloc[0])


def _srow(frame, column, largest=True):
    """The row of the one student with the highest (lowest) value of the column (refusing a tie)."""
    ranked = frame.sort_values(column, ascending=not largest)
    if ranked[column].iloc[0] == ranked[column].iloc[1]:
        raise ValueError("a tie for the first place")
    return ranked.iloc[0]


def _school(f, school_id):
    return _is(f, school_id=school_id)


def _top_schools(frame, column, n, largest=True):
    return top(_by(frame, column, SCHOOL), n, largest)["order"]


SET = BankSet(
    name="dev_star_ko",
    split="dev",
    tables=[
        Table("students", file="dev/star_ko_students.parquet"),
        Table("schools", file="dev/star_ko_schools.parquet"),
    ],
    questions=[
        # count
        Q("st-01", "count", "How many students are in the data?", lambda f: value(len(_s(f)))),
        Q("st-02", "count", "소규모 학급 학생은 몇 명이야?", lambda f: value(len(_is(f, class_type=SMALL)))),
        Q(
            "st-03",
            "count",
            "무료 급식 받는 여학생 수 알려줘",
            lambda f: value(len(_is(f, sex="girl", free_lunch="yes"))),
        ),
        Q(
            "st-04",
            "count",
            "how many students scored above 600 in math?",
            lambda f: value(len(cut(_s(f), MATH, low=600))),
        ),
        Q(
            "st-05",
            "count",
            "읽기 점수가 420점 미만인 학생은 몇 명인가요?",
            lambda f: value(len(cut(_s(f), READ, high=420))),
        ),
        Q(
            "st-06",
            "count",
            "경력 0년차 선생님한테 배운 학생 몇 명?",
            lambda f: value(len(_is(f, teacher_experience=0))),
        ),
        Q(
            "st-07",
            "count",
            "How many black students were placed in regular classes with an aide?",
            lambda f: value(len(_is(f, race="black", class_type=AIDE))),
        ),
        # count_distinct
        Q("st-08", "count_distinct", "학교는 모두 몇 곳이야?", lambda f: value(len(f["schools"]))),
        Q(
            "st-09",
            "count_distinct",
            "How many schools have at least one student whose teacher was in their first year (0 years of experience)?",
            lambda f: value(_is(f, teacher_experience=0)[SCHOOL].nunique()),
        ),
        Q(
            "st-10",
            "count_distinct",
            "기타 인종 학생이 다니는 학교는 몇 개야?",
            lambda f: value(_is(f, race="other")[SCHOOL].nunique()),
        ),
        Q(
            "st-11",
            "count_distinct",
            "수학 600점 넘는 학생이 한 명이라도 있는 학교 수",
            lambda f: value(cut(_s(f), MATH, low=600)[SCHOOL].nunique()),
        ),
        # sum
        Q(
            "st-12",
            "sum",
            "학교별 학생 수를 전부 더하면 몇 명이야?",
            lambda f: value(f["schools"][SIZE].sum()),
        ),
        Q(
            "st-13",
            "sum",
            "What's the total number of students across schools with more than 110 students?",
            lambda f: value(cut(f["schools"], SIZE, low=110)[SIZE].sum()),
        ),
        Q(
            "st-14",
            "sum",
            "학생 수 80명 넘는 학교들 학생 수 합계는?",
            lambda f: value(cut(f["schools"], SIZE, low=80)[SIZE].sum()),
        ),
        # average
        Q("st-15", "average", "평균 수학 점수는?", lambda f: value(_s(f)[MATH].mean())),
        Q("st-16", "average", "what's the average reading score?", lambda f: value(_s(f)[READ].mean())),
        Q("st-17", "average", "여학생 읽기 점수 평균 알려줘", lambda f: value(_is(f, sex="girl")[READ].mean())),
        Q("st-18", "average", "median math score", lambda f: value(_s(f)[MATH].median())),
        Q(
            "st-19",
            "average",
            "학생들 담임 교사의 평균 경력은 몇 년이야?",
            lambda f: value(_s(f)[EXP].mean()),
        ),
        Q(
            "st-20",
            "average",
            "average combined score per student (math plus reading)",
            lambda f: value(_total(_s(f))["combined"].mean()),
        ),
        Q("st-21", "average", "학교당 평균 학생 수는 얼마인가요?", lambda f: value(f["schools"][SIZE].mean())),
        # min_max
        Q("st-22", "min_max", "수학 최고 점수는?", lambda f: value(_s(f)[MATH].max())),
        Q("st-23", "min_max", "lowest reading score in the data", lambda f: value(_s(f)[READ].min())),
        Q("st-24", "min_max", "교사 경력 최댓값은 몇 년?", lambda f: value(_s(f)[EXP].max())),
        Q(
            "st-25",
            "min_max",
            "How many students does the smallest school have?",
            lambda f: value(f["schools"][SIZE].min()),
        ),
        Q(
            "st-26",
            "min_max",
            "흑인 학생 중 읽기 최고점은 몇 점이야?",
            lambda f: value(_is(f, race="black")[READ].max()),
        ),
        # multi_measure
        Q(
            "st-27",
            "multi_measure",
            "수학 점수 최소, 최대, 평균 보여줘",
            lambda f: values(_s(f)[MATH].min(), _s(f)[MATH].max(), _s(f)[MATH].mean()),
        ),
        Q(
            "st-28",
            "multi_measure",
            "average math and reading scores for students in small classes",
            lambda f: values(_is(f, class_type=SMALL)[MATH].mean(), _is(f, class_type=SMALL)[READ].mean()),
        ),
        Q(
            "st-29",
            "multi_measure",
            "무료 급식 학생들의 평균 수학 점수와 평균 읽기 점수",
            lambda f: values(_is(f, free_lunch="yes")[MATH].mean(), _is(f, free_lunch="yes")[READ].mean()),
        ),
        # ranking
        Q("st-30", "ranking", "수학 평균 점수 상위 5개 학교", lambda f: top(_by(_s(f), MATH, SCHOOL), 5)),
        Q("st-31", "ranking", "top 3 schools by number of students", lambda f: top(_sizes(f), 3)),
        Q(
            "st-32",
            "ranking",
            "읽기 평균이 가장 낮은 학교 3곳은?",
            lambda f: top(_by(_s(f), READ, SCHOOL), 3, largest=False),
        ),
        Q(
            "st-33",
            "ranking",
            "Rank the class types by average math score, highest first.",
            lambda f: top(_by(_s(f), MATH), 3),
        ),
        Q(
            "st-34",
            "ranking",
            "소규모 학급 학생 비율이 가장 높은 학교 4곳",
            lambda f: _labels(top(_school_share(_s(f), CLASS, SMALL), 4)),
        ),
        # which_one
        Q("st-35", "which_one", "학생 수가 가장 많은 학교는?", lambda f: best(_sizes(f))),
        Q(
            "st-36",
            "which_one",
            "Which school has the highest average math score?",
            lambda f: best(_by(_s(f), MATH, SCHOOL)),
        ),
        Q("st-37", "which_one", "평균 읽기 점수가 가장 높은 학급 유형은?", lambda f: best(_by(_s(f), READ))),
        Q(
            "st-38",
            "which_one",
            "which student has the lowest reading score?",
            lambda f: _sbest(_s(f), READ, largest=False),
        ),
        Q(
            "st-39",
            "which_one",
            "무료 급식 비율이 가장 높은 학교는 어디야?",
            lambda f: _labels(best(_school_share(_s(f), "free_lunch", "yes"))),
        ),
        Q(
            "st-40",
            "which_one",
            "Which race has the highest average math score?",
            lambda f: best(_by(_s(f), MATH, "race")),
        ),
        Q(
            "st-41",
            "which_one",
            "교사 평균 경력이 가장 긴 학교는?",
            lambda f: best(_by(_s(f), EXP, SCHOOL)),
        ),
        # share
        Q(
            "st-42",
            "share",
            "무료 급식 대상 학생 비율은?",
            lambda f: _share(_is(f, free_lunch="yes"), _s(f)),
        ),
        Q(
            "st-43",
            "share",
            "what percent of students are in small classes?",
            lambda f: _share(_is(f, class_type=SMALL), _s(f)),
        ),
        Q("st-44", "share", "흑인 학생 비중 알려줘", lambda f: _share(_is(f, race="black"), _s(f))),
        Q(
            "st-45",
            "share",
            "소규모 학급 학생 중 여학생 비율",
            lambda f: _share(_is(f, class_type=SMALL, sex="girl"), _is(f, class_type=SMALL)),
        ),
        Q(
            "st-46",
            "share",
            "What share of students scored over 550 in math?",
            lambda f: _share(cut(_s(f), MATH, low=550), _s(f)),
        ),
        Q(
            "st-47",
            "share",
            "무료 급식 학생 중에서 흑인 학생이 차지하는 비율은 얼마인가요?",
            lambda f: _share(_is(f, free_lunch="yes", race="black"), _is(f, free_lunch="yes")),
        ),
        Q(
            "st-48",
            "share",
            "What percentage of all students attend the 10 largest schools?",
            lambda f: _share(_in_schools(f, _largest(f, 10)), _s(f)),
        ),
        # breakdown
        Q("st-49", "breakdown", "학급 유형별 평균 수학 점수", lambda f: rows(_by(_s(f), MATH))),
        Q("st-50", "breakdown", "average reading score by race", lambda f: rows(_by(_s(f), READ, "race"))),
        Q("st-51", "breakdown", "성별 학생 수 보여줘", lambda f: rows(_s(f).groupby("sex").size())),
        Q(
            "st-52",
            "breakdown",
            "무료 급식 여부별 평균 읽기 점수",
            lambda f: rows(_by(_s(f), READ, "free_lunch")),
        ),
        Q("st-53", "breakdown", "학급 유형별 평균 교사 경력", lambda f: rows(_by(_s(f), EXP))),
        Q(
            "st-54",
            "breakdown",
            "소규모 학급에서 성별 평균 수학 점수는?",
            lambda f: rows(_by(_is(f, class_type=SMALL), MATH, "sex")),
        ),
        Q(
            "st-55",
            "breakdown",
            "number of free-lunch students in each class type",
            lambda f: rows(_is(f, free_lunch="yes").groupby(CLASS).size()),
        ),
        # filter_value
        Q(
            "st-56",
            "filter_value",
            "소규모 학급 무료 급식 학생들의 평균 수학 점수",
            lambda f: value(_is(f, class_type=SMALL, free_lunch="yes")[MATH].mean()),
        ),
        Q(
            "st-57",
            "filter_value",
            "average reading score of girls in regular classes (no aide)",
            lambda f: value(_is(f, sex="girl", class_type=REGULAR)[READ].mean()),
        ),
        Q(
            "st-58",
            "filter_value",
            "교사 경력이 25년 넘는 반 학생들 평균 수학 점수",
            lambda f: value(cut(_s(f), EXP, low=25)[MATH].mean()),
        ),
        Q(
            "st-59",
            "filter_value",
            "수학 600점 넘는 학생들의 평균 읽기 점수는?",
            lambda f: value(cut(_s(f), MATH, low=600)[READ].mean()),
        ),
        Q(
            "st-60",
            "filter_value",
            "median math score of white boys who are not on free lunch",
            lambda f: value(_is(f, race="white", sex="boy", free_lunch="no")[MATH].median()),
        ),
        Q(
            "st-61",
            "filter_value",
            "흑인 남학생 중 소규모 학급 학생들의 읽기 평균",
            lambda f: value(_is(f, race="black", sex="boy", class_type=SMALL)[READ].mean()),
        ),
        Q(
            "st-62",
            "filter_value",
            "소규모 학급 학생 중 읽기 점수 520점 넘는 학생은 몇 명이야?",
            lambda f: value(len(cut(_is(f, class_type=SMALL), READ, low=520))),
        ),
        Q(
            "st-63",
            "filter_value",
            "수학 450점 미만 학생들 중 무료 급식 비율",
            lambda f: _share(where(cut(_s(f), MATH, high=450), free_lunch="yes"), cut(_s(f), MATH, high=450)),
        ),
        # join: the school's size
        Q(
            "st-64",
            "join",
            "학생 수가 90명 넘는 학교에 다니는 학생들의 평균 수학 점수",
            lambda f: value(cut(_x(f), SIZE, low=90)[MATH].mean()),
        ),
        Q(
            "st-65",
            "join",
            "average reading score of students at schools with fewer than 45 students",
            lambda f: value(cut(_x(f), SIZE, high=45)[READ].mean()),
        ),
        Q(
            "st-66",
            "join",
            "가장 큰 학교의 평균 수학 점수는?",
            lambda f: value(_in_schools(f, _largest(f))[MATH].mean()),
        ),
        Q(
            "st-67",
            "join",
            "How many schools have more than 120 students?",
            lambda f: value(len(_schools_cut(f, low=120))),
        ),
        Q("st-68", "join", "학생 수 70명 미만 학교는 몇 곳?", lambda f: value(len(_schools_cut(f, high=70)))),
        Q(
            "st-69",
            "join",
            "at schools with over 120 students, what's the average math score by class type?",
            lambda f: rows(_by(cut(_x(f), SIZE, low=120), MATH)),
        ),
        Q(
            "st-70",
            "join",
            "가장 작은 학교에서 소규모 학급 학생은 몇 명이야?",
            lambda f: value(len(where(_in_schools(f, _largest(f, largest=False)), class_type=SMALL))),
        ),
        Q(
            "st-71",
            "join",
            "What's the average teacher experience in the three largest schools?",
            lambda f: value(_in_schools(f, _largest(f, 3))[EXP].mean()),
        ),
        Q(
            "st-72",
            "join",
            "학생 수 90명 넘는 학교들의 무료 급식 학생 비율은?",
            lambda f: _share(where(cut(_x(f), SIZE, low=90), free_lunch="yes"), cut(_x(f), SIZE, low=90)),
        ),
        Q(
            "st-73",
            "join",
            "Among schools with fewer than 70 students, which one has the highest average reading score?",
            lambda f: best(_by(cut(_x(f), SIZE, high=70), READ, SCHOOL)),
        ),
        # loosely named columns and values
        Q("st-74", "loose_value", "여자애들 수학 평균", lambda f: value(_is(f, sex="girl")[MATH].mean())),
        Q("st-75", "loose_value", "보조교사 있는 반 학생 수", lambda f: value(len(_is(f, class_type=AIDE)))),
        Q(
            "st-76",
            "loose_value",
            "small class kids' average reading",
            lambda f: value(_is(f, class_type=SMALL)[READ].mean()),
        ),
        Q(
            "st-77",
            "loose_value",
            "급식 지원 받는 애들 읽기 점수 평균",
            lambda f: value(_is(f, free_lunch="yes")[READ].mean()),
        ),
        Q(
            "st-78",
            "loose_value",
            "신입 선생님 반 학생들 평균 수학 점수",
            lambda f: value(_is(f, teacher_experience=0)[MATH].mean()),
        ),
        # unanswerable
        Q("st-79", "unanswerable", "이 학생들 1학년 때 수학 점수 평균은?", lambda f: refuse()),
        Q("st-80", "unanswerable", "소규모 학급은 한 반에 평균 몇 명이야?", lambda f: refuse()),
        Q("st-81", "unanswerable", "How many teachers are in the study?", lambda f: refuse()),
        Q("st-82", "unanswerable", "학교별 소재지가 도시인지 농촌인지 알려줘", lambda f: refuse()),
        Q("st-83", "unanswerable", "What's the average age of the students?", lambda f: refuse()),
        Q("st-84", "unanswerable", "부모 소득 수준별 평균 읽기 점수", lambda f: refuse()),
        Q("st-85", "unanswerable", "학생들 평균 출석률은 몇 %야?", lambda f: refuse()),
        Q("st-86", "unanswerable", "what was the average math score in 1990?", lambda f: refuse()),
        Q("st-87", "unanswerable", "소규모 학급 학생들 점수가 왜 더 높은 거야?", lambda f: refuse()),
        Q("st-88", "unanswerable", "석사 학위 있는 교사 반 학생들 평균 점수", lambda f: refuse()),
        Q("st-89", "unanswerable", "Which school has the largest budget per student?", lambda f: refuse()),
        Q("st-90", "unanswerable", "내년에 소규모 학급 학생 수학 점수 예측해줘", lambda f: refuse()),
        Q("st-91", "unanswerable", "3학년까지 읽기 점수가 어떻게 변했는지 보여줘", lambda f: refuse()),
        # conversations
        Conversation(
            "st-c01",
            "followup",
            [
                ("학급 유형별 평균 수학 점수", lambda f: rows(_by(_s(f), MATH))),
                ("읽기 점수는?", lambda f: rows(_by(_s(f), READ))),
                ("무료 급식 학생만 보면?", lambda f: rows(_by(_is(f, free_lunch="yes"), READ))),
            ],
        ),
        Conversation(
            "st-c02",
            "followup",
            [
                ("average math score of girls", lambda f: value(_is(f, sex="girl")[MATH].mean())),
                ("and boys?", lambda f: value(_is(f, sex="boy")[MATH].mean())),
                (
                    "what's the difference between the two?",
                    lambda f: value(abs(_is(f, sex="girl")[MATH].mean() - _is(f, sex="boy")[MATH].mean())),
                ),
            ],
        ),
        Conversation(
            "st-c03",
            "followup",
            [
                ("수학 평균 점수 상위 5개 학교 알려줘", lambda f: top(_by(_s(f), MATH, SCHOOL), 5)),
                (
                    "그 학교들 학생 수는?",
                    lambda f: rows(_sizes(f)[_top_schools(_s(f), MATH, 5)]),
                ),
            ],
        ),
        Conversation(
            "st-c04",
            "followup",
            [
                ("학생 수가 가장 많은 학교는 어디야?", lambda f: best(_sizes(f))),
                ("그 학교 평균 읽기 점수는?", lambda f: value(_in_schools(f, _largest(f))[READ].mean())),
                (
                    "거기 소규모 학급 학생은 몇 명이야?",
                    lambda f: value(len(where(_in_schools(f, _largest(f)), class_type=SMALL))),
                ),
            ],
        ),
        Conversation(
            "st-c05",
            "followup",
            [
                ("how many students are on free lunch?", lambda f: value(len(_is(f, free_lunch="yes")))),
                ("what share of all students is that?", lambda f: _share(_is(f, free_lunch="yes"), _s(f))),
                (
                    "and among black students?",
                    lambda f: _share(_is(f, free_lunch="yes", race="black"), _is(f, race="black")),
                ),
            ],
        ),
        Conversation(
            "st-c06",
            "followup",
            [
                ("흑인 학생 평균 수학 점수", lambda f: value(_is(f, race="black")[MATH].mean())),
                ("백인은?", lambda f: value(_is(f, race="white")[MATH].mean())),
                ("중앙값으로 바꿔줘", lambda f: value(_is(f, race="white")[MATH].median())),
            ],
        ),
        Conversation(
            "st-c07",
            "followup",
            [
                ("소규모 학급 학생 수", lambda f: value(len(_is(f, class_type=SMALL)))),
                ("그중 여학생은?", lambda f: value(len(_is(f, class_type=SMALL, sex="girl")))),
                ("걔네 평균 읽기 점수는?", lambda f: value(_is(f, class_type=SMALL, sex="girl")[READ].mean())),
            ],
        ),
        Conversation(
            "st-c08",
            "followup",
            [
                ("average reading score by race", lambda f: rows(_by(_s(f), READ, "race"))),
                ("only small classes", lambda f: rows(_by(_is(f, class_type=SMALL), READ, "race"))),
                ("and the max?", lambda f: rows(_by(_is(f, class_type=SMALL), READ, "race", "max"))),
            ],
        ),
        Conversation(
            "st-c09",
            "followup",
            [
                ("교사 경력 25년 넘는 반 학생 몇 명이야?", lambda f: value(len(cut(_s(f), EXP, low=25)))),
                ("그 학생들 평균 수학 점수는?", lambda f: value(cut(_s(f), EXP, low=25)[MATH].mean())),
            ],
        ),
        Conversation(
            "st-c10",
            "followup",
            [
                ("평균 읽기 점수가 가장 높은 학교는?", lambda f: best(_by(_s(f), READ, SCHOOL))),
                ("가장 낮은 학교는?", lambda f: best(_by(_s(f), READ, SCHOOL), largest=False)),
            ],
        ),
        Conversation(
            "st-c11",
            "followup",
            [
                ("무료 급식 여부별 평균 수학 점수", lambda f: rows(_by(_s(f), MATH, "free_lunch"))),
                ("소규모 학급만 보면?", lambda f: rows(_by(_is(f, class_type=SMALL), MATH, "free_lunch"))),
            ],
        ),
        Conversation(
            "st-c12",
            "followup",
            [
                ("51번 학교 학생들 평균 수학 점수", lambda f: value(_school(f, 51)[MATH].mean())),
                ("27번 학교는?", lambda f: value(_school(f, 27)[MATH].mean())),
            ],
        ),
        Conversation(
            "st-c13",
            "followup",
            [
                ("top 3 schools by average reading score", lambda f: top(_by(_s(f), READ, SCHOOL), 3)),
                ("and by math?", lambda f: top(_by(_s(f), MATH, SCHOOL), 3)),
            ],
        ),
        Conversation(
            "st-c14",
            "followup",
            [
                (
                    "여학생 중 무료 급식 대상 비율",
                    lambda f: _share(_is(f, sex="girl", free_lunch="yes"), _is(f, sex="girl")),
                ),
                ("남학생은?", lambda f: _share(_is(f, sex="boy", free_lunch="yes"), _is(f, sex="boy"))),
            ],
        ),
        Conversation(
            "st-c15",
            "followup",
            [
                ("소규모 학급 평균 수학 점수", lambda f: value(_is(f, class_type=SMALL)[MATH].mean())),
                ("작년이랑 비교하면 얼마나 올랐어?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "st-c16",
            "followup",
            [
                ("how many students scored above 550 in math?", lambda f: value(len(cut(_s(f), MATH, low=550)))),
                (
                    "how many of them are in small classes?",
                    lambda f: value(len(where(cut(_s(f), MATH, low=550), class_type=SMALL))),
                ),
                (
                    "what's their average teacher experience?",
                    lambda f: value(where(cut(_s(f), MATH, low=550), class_type=SMALL)[EXP].mean()),
                ),
            ],
        ),
        Conversation(
            "st-c17",
            "followup",
            [
                ("기타 인종 학생은 몇 명?", lambda f: value(len(_is(f, race="other")))),
                ("그 학생들 평균 읽기 점수", lambda f: value(_is(f, race="other")[READ].mean())),
            ],
        ),
        Conversation(
            "st-c18",
            "followup",
            [
                ("학생 수 상위 3개 학교", lambda f: top(_sizes(f), 3)),
                ("그 학교들 평균 교사 경력은?", lambda f: rows(_by(_in_schools(f, _largest(f, 3)), EXP, SCHOOL))),
            ],
        ),
        Conversation(
            "st-c19",
            "followup",
            [
                ("average teacher experience by class type", lambda f: rows(_by(_s(f), EXP))),
                ("only for free-lunch students", lambda f: rows(_by(_is(f, free_lunch="yes"), EXP))),
            ],
        ),
        Conversation(
            "st-c20",
            "followup",
            [
                ("읽기 점수 제일 낮은 학생 누구야?", lambda f: _sbest(_s(f), READ, largest=False)),
                ("그 학생 수학 점수는?", lambda f: value(_srow(_s(f), READ, largest=False)[MATH])),
                ("어느 학교 다녀?", lambda f: entity(_srow(_s(f), READ, largest=False)[SCHOOL])),
            ],
        ),
    ],
)
