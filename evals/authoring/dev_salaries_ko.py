"""Dev set on `교수_연봉`: car::Salaries (397 US college professors' 2008-09 nine-month salaries) in Korean.

The table is made by evals.authoring.dev_derived_salaries_ko: one row a professor, 교수_번호 (1-397), 직급 (조교수,
부교수, 정교수), 분야 (이론, 응용), 박사후_연수 (years since the PhD), 재직_연수 (years of service), 성별 (남, 여) and
연봉 (the nine-month salary in dollars, asked as it is: no question asks for a monthly or yearly conversion).

Conversation-heavy: 94 of the 132 turns are in 35 conversations. Readings kept to one:
- Salary cuts ("14만 달러 넘는", "over $130,000", "8만 달러 미만", "between 125,000 and 135,000") are asked only
  at amounts no professor earns exactly (checked by `_cut`), so "over" and "at least" give the same rows.
  Year cuts are asked with 이상 / 이하 / "or more" (both ends included).
- "몇 번" (which professor) answers with the professor's 교수_번호; "연봉 상위 N명" ranks 교수_번호 by 연봉 (no ties
  at the cuts asked, checked by `top`).
- "남녀 차이" is the men's average minus the women's. A share "중에서 차지하는 비율" is taken within the
  group the turn names (e.g. women among the assistant professors).
- English names of the values (assistant / associate / full professor, Prof, theoretical / applied) mean the
  Korean values (조교수 / 부교수 / 정교수, 이론 / 응용), as in the source (AsstProf, AssocProf, Prof; A, B).
- Medians are asked under the kinds average, multi_measure and breakdown, as "연봉 중앙값" / "median".
- The data holds one college and one academic year: questions on other colleges, other years, ages,
  departments' names or the future are refused.
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

T = "교수_연봉"
PAY, PHD, SERVICE = "연봉", "박사후_연수", "재직_연수"


def _s(f):
    return f[T]


def _w(f, **equal):
    return where(_s(f), **equal)


def _by_number(frame):
    return frame.set_index("교수_번호")


def _cut(frame, low=None, high=None):
    """The rows whose 연봉 is above `low` and below `high`; refuses a cut at an amount someone earns exactly."""
    for amount in (low, high):
        if amount is not None and (frame[PAY] == amount).any():
            raise ValueError(f"a salary of exactly {amount}: 'over' and 'at least' would differ")
    if low is not None:
        frame = frame[frame[PAY] > low]
    if high is not None:
        frame = frame[frame[PAY] < high]
    return frame


def _by(frame, column, measure=PAY, how="mean"):
    return frame.groupby(column)[measure].agg(how)


def _count_by(frame, column):
    return rows(frame.groupby(column).size())


def _share(part, whole):
    return percent(100 * len(part) / len(whole))


def _top_pay(frame, n):
    return top(_by_number(frame)[PAY], n)


def _top_numbers(frame, n):
    """The 교수_번호 of the `n` best paid (the labels of `_top_pay`)."""
    return list(_by_number(frame)[PAY].sort_values(ascending=False).head(n).index)


SET = BankSet(
    name="dev_salaries_ko",
    split="dev",
    tables=[Table(T, file="dev/salaries_ko.parquet")],
    questions=[
        # count
        Q("sk-01", "count", "교수는 전부 몇 명이야?", lambda f: value(len(_s(f)))),
        Q("sk-02", "count", "여자 교수 수", lambda f: value(len(_w(f, 성별="여")))),
        Q("sk-03", "count", "How many professors make more than $130,000?",
          lambda f: value(len(_cut(_s(f), low=130000)))),
        Q("sk-04", "count", "응용 분야 부교수는 몇 명인가요?",
          lambda f: value(len(_w(f, 분야="응용", 직급="부교수")))),
        # count_distinct
        Q("sk-05", "count_distinct", "직급은 몇 가지 종류가 있어?",
          lambda f: value(_s(f)["직급"].nunique())),
        Q("sk-06", "count_distinct", "재직_연수 값은 몇 가지야?",
          lambda f: value(_s(f)[SERVICE].nunique())),
        # sum
        Q("sk-07", "sum", "전체 교수 연봉 합계는?", lambda f: value(_s(f)[PAY].sum())),
        Q("sk-08", "sum", "total salary paid to female professors",
          lambda f: value(_w(f, 성별="여")[PAY].sum())),
        Q("sk-09", "sum", "직급별 연봉 합계", lambda f: rows(_by(_s(f), "직급", how="sum"))),
        # average
        Q("sk-10", "average", "평균 연봉은 얼마인가요?", lambda f: value(_s(f)[PAY].mean())),
        Q("sk-11", "average", "average years since PhD", lambda f: value(_s(f)[PHD].mean())),
        Q("sk-12", "average", "교수 연봉 중앙값 알려줘", lambda f: value(_s(f)[PAY].median())),
        # min_max
        Q("sk-13", "min_max", "최고 연봉은?", lambda f: value(_s(f)[PAY].max())),
        Q("sk-14", "min_max", "조교수 중에서 가장 적게 받는 사람의 연봉",
          lambda f: value(_w(f, 직급="조교수")[PAY].min())),
        # multi_measure
        Q("sk-15", "multi_measure", "연봉 최솟값이랑 최댓값 알려줘",
          lambda f: values(_s(f)[PAY].min(), _s(f)[PAY].max())),
        Q("sk-16", "multi_measure", "정교수 연봉의 평균과 중앙값",
          lambda f: values(_w(f, 직급="정교수")[PAY].mean(), _w(f, 직급="정교수")[PAY].median())),
        # breakdown
        Q("sk-17", "breakdown", "직급별 평균 연봉", lambda f: rows(_by(_s(f), "직급"))),
        Q("sk-18", "breakdown", "average salary by 분야", lambda f: rows(_by(_s(f), "분야"))),
        Q("sk-19", "breakdown", "직급별 연봉 중앙값 보여줘",
          lambda f: rows(_by(_s(f), "직급", how="median"))),
        # ranking
        Q("sk-20", "ranking", "평균 연봉 높은 순서대로 직급 나열해줘", lambda f: top(_by(_s(f), "직급"), 3)),
        Q("sk-21", "ranking", "top 5 highest-paid professors (교수_번호)",
          lambda f: _top_pay(_s(f), 5)),
        # which_one
        Q("sk-22", "which_one", "평균 연봉이 더 높은 분야는?", lambda f: best(_by(_s(f), "분야"))),
        Q("sk-23", "which_one", "Which rank has the lowest average years of service?",
          lambda f: best(_by(_s(f), "직급", SERVICE), largest=False)),
        Q("sk-24", "which_one", "연봉이 가장 낮은 교수는 몇 번이야?",
          lambda f: best(_by_number(_s(f))[PAY], largest=False)),
        # share
        Q("sk-25", "share", "여성 교수 비율은?", lambda f: _share(_w(f, 성별="여"), _s(f))),
        Q("sk-26", "share", "응용 분야가 전체 연봉 총액에서 차지하는 비중은?",
          lambda f: percent(100 * _w(f, 분야="응용")[PAY].sum() / _s(f)[PAY].sum())),
        Q("sk-27", "share", "what % of professors earn more than 110000 dollars?",
          lambda f: _share(_cut(_s(f), low=110000), _s(f))),
        # filter_value
        Q("sk-28", "filter_value", "이론 분야 정교수 평균 연봉 알려줘",
          lambda f: value(_w(f, 분야="이론", 직급="정교수")[PAY].mean())),
        Q("sk-29", "filter_value", "average salary of professors with 30 or more years of service",
          lambda f: value(_s(f)[_s(f)[SERVICE] >= 30][PAY].mean())),
        # loose_value
        Q("sk-30", "loose_value", "How many assistant professors are there?",
          lambda f: value(len(_w(f, 직급="조교수")))),
        Q("sk-31", "loose_value", "applied 분야 교수는 몇 명?", lambda f: value(len(_w(f, 분야="응용")))),
        # unanswerable
        Q("sk-32", "unanswerable", "교수들 평균 나이는?", lambda f: refuse()),
        Q("sk-33", "unanswerable", "대학별 평균 연봉 비교해줘", lambda f: refuse()),
        Q("sk-34", "unanswerable", "내년 정교수 평균 연봉 예측해줘", lambda f: refuse()),
        Q("sk-35", "unanswerable", "Which department (physics, history, ...) pays the most?",
          lambda f: refuse()),
        Q("sk-36", "unanswerable", "2015년 조교수 평균 연봉은?", lambda f: refuse()),
        Q("sk-37", "unanswerable", "인종별 연봉 차이 보여줘", lambda f: refuse()),
        Q("sk-38", "unanswerable", "교수 1인당 연구비 평균은?", lambda f: refuse()),
        # conversations
        Conversation("sk-39", "followup", [
            ("정교수 평균 연봉은?", lambda f: value(_w(f, 직급="정교수")[PAY].mean())),
            ("부교수는?", lambda f: value(_w(f, 직급="부교수")[PAY].mean())),
            ("조교수는?", lambda f: value(_w(f, 직급="조교수")[PAY].mean())),
        ]),
        Conversation("sk-40", "followup", [
            ("분야별 평균 연봉", lambda f: rows(_by(_s(f), "분야"))),
            ("정교수만", lambda f: rows(_by(_w(f, 직급="정교수"), "분야"))),
            ("최댓값으로 바꿔줘", lambda f: rows(_by(_w(f, 직급="정교수"), "분야", how="max"))),
        ]),
        Conversation("sk-41", "followup", [
            ("How many female professors are there?", lambda f: value(len(_w(f, 성별="여")))),
            ("how many of them are full professors?", lambda f: value(len(_w(f, 성별="여", 직급="정교수")))),
            ("and their average salary?", lambda f: value(_w(f, 성별="여", 직급="정교수")[PAY].mean())),
            ("and their average number of publications?", lambda f: refuse()),
        ]),
        Conversation("sk-42", "followup", [
            ("응용 분야 교수는 몇 명이야", lambda f: value(len(_w(f, 분야="응용")))),
            ("직급별로는?", lambda f: _count_by(_w(f, 분야="응용"), "직급")),
            ("그중 여자만", lambda f: _count_by(_w(f, 분야="응용", 성별="여"), "직급")),
        ]),
        Conversation("sk-43", "followup", [
            ("What is the average salary of men?", lambda f: value(_w(f, 성별="남")[PAY].mean())),
            ("and of women?", lambda f: value(_w(f, 성별="여")[PAY].mean())),
            ("그럼 남녀 차이는 얼마야?",
             lambda f: value(_w(f, 성별="남")[PAY].mean() - _w(f, 성별="여")[PAY].mean())),
        ]),
        Conversation("sk-44", "followup", [
            ("연봉 중앙값은?", lambda f: value(_s(f)[PAY].median())),
            ("직급별로 보여줘", lambda f: rows(_by(_s(f), "직급", how="median"))),
        ]),
        Conversation("sk-45", "followup", [
            ("재직 연수 40년 이상인 교수 몇 명?", lambda f: value((_s(f)[SERVICE] >= 40).sum())),
            ("그 교수들 평균 연봉은?", lambda f: value(_s(f)[_s(f)[SERVICE] >= 40][PAY].mean())),
            ("분야별로 나눠줘", lambda f: rows(_by(_s(f)[_s(f)[SERVICE] >= 40], "분야"))),
        ]),
        Conversation("sk-46", "followup", [
            ("연봉이 제일 높은 교수는 몇 번이야?", lambda f: best(_by_number(_s(f))[PAY])),
            ("그 교수의 재직 연수는?",
             lambda f: value(_by_number(_s(f)).loc[_by_number(_s(f))[PAY].idxmax(), SERVICE])),
        ]),
        Conversation("sk-47", "followup", [
            ("이론 분야 조교수 평균 연봉", lambda f: value(_w(f, 분야="이론", 직급="조교수")[PAY].mean())),
            ("응용 분야는?", lambda f: value(_w(f, 분야="응용", 직급="조교수")[PAY].mean())),
            ("그 교수들 평균 나이는?", lambda f: refuse()),
        ]),
        Conversation("sk-48", "followup", [
            ("전체 연봉 합계", lambda f: value(_s(f)[PAY].sum())),
            ("분야별로", lambda f: rows(_by(_s(f), "분야", how="sum"))),
            ("그중 응용 분야가 차지하는 비중은?",
             lambda f: percent(100 * _w(f, 분야="응용")[PAY].sum() / _s(f)[PAY].sum())),
        ]),
        Conversation("sk-49", "followup", [
            ("평균 박사후 연수", lambda f: value(_s(f)[PHD].mean())),
            ("직급별로", lambda f: rows(_by(_s(f), "직급", PHD))),
            ("최솟값으로 바꿔줘", lambda f: rows(_by(_s(f), "직급", PHD, "min"))),
        ]),
        Conversation("sk-50", "followup", [
            ("연봉 14만 달러 넘는 교수 몇 명?", lambda f: value(len(_cut(_s(f), low=140000)))),
            ("그중 여자는 몇 명?", lambda f: value(len(where(_cut(_s(f), low=140000), 성별="여")))),
            ("그 여자 교수들의 평균 연봉은?", lambda f: value(where(_cut(_s(f), low=140000), 성별="여")[PAY].mean())),
        ]),
        Conversation("sk-51", "followup", [
            ("직급별 교수 수", lambda f: _count_by(_s(f), "직급")),
            ("남자만", lambda f: _count_by(_w(f, 성별="남"), "직급")),
            ("여자는?", lambda f: _count_by(_w(f, 성별="여"), "직급")),
            ("그럼 여자 정교수 평균 연봉은?", lambda f: value(_w(f, 성별="여", 직급="정교수")[PAY].mean())),
        ]),
        Conversation("sk-52", "followup", [
            ("조교수는 몇 명이야?", lambda f: value(len(_w(f, 직급="조교수")))),
            ("전체 교수의 평균 재직 연수는?", lambda f: value(_s(f)[SERVICE].mean())),
        ]),
        Conversation("sk-53", "followup", [
            ("average years of service by rank", lambda f: rows(_by(_s(f), "직급", SERVICE))),
            ("only theoretical departments", lambda f: rows(_by(_w(f, 분야="이론"), "직급", SERVICE))),
            ("and the max?", lambda f: rows(_by(_w(f, 분야="이론"), "직급", SERVICE, "max"))),
        ]),
        Conversation("sk-54", "followup", [
            ("여성 정교수 평균 연봉", lambda f: value(_w(f, 성별="여", 직급="정교수")[PAY].mean())),
            ("남성 정교수는?", lambda f: value(_w(f, 성별="남", 직급="정교수")[PAY].mean())),
        ]),
        Conversation("sk-55", "followup", [
            ("연봉 상위 3명 교수 번호", lambda f: _top_pay(_s(f), 3)),
            ("여자 교수 중에서는?", lambda f: _top_pay(_w(f, 성별="여"), 3)),
        ]),
        Conversation("sk-56", "followup", [
            ("최저 연봉은?", lambda f: value(_s(f)[PAY].min())),
            ("부교수 중에서는?", lambda f: value(_w(f, 직급="부교수")[PAY].min())),
            ("분야별로?", lambda f: rows(_by(_w(f, 직급="부교수"), "분야", how="min"))),
        ]),
        Conversation("sk-57", "followup", [
            ("분야별 교수 수", lambda f: _count_by(_s(f), "분야")),
            ("조교수만 보면?", lambda f: _count_by(_w(f, 직급="조교수"), "분야")),
            ("그중 테뉴어 받은 교수는 몇 명이야?", lambda f: refuse()),
        ]),
        Conversation("sk-58", "followup", [
            ("재직 연수가 0년인 교수는 몇 명?", lambda f: value((_s(f)[SERVICE] == 0).sum())),
            ("직급별로는?", lambda f: _count_by(_s(f)[_s(f)[SERVICE] == 0], "직급")),
        ]),
        Conversation("sk-59", "followup", [
            ("What's the average salary of associate professors?", lambda f: value(_w(f, 직급="부교수")[PAY].mean())),
            ("in applied departments only?", lambda f: value(_w(f, 직급="부교수", 분야="응용")[PAY].mean())),
            ("and the median?", lambda f: value(_w(f, 직급="부교수", 분야="응용")[PAY].median())),
        ]),
        Conversation("sk-60", "followup", [
            ("성별 평균 연봉", lambda f: rows(_by(_s(f), "성별"))),
            ("이론 분야만", lambda f: rows(_by(_w(f, 분야="이론"), "성별"))),
            ("응용 분야로 바꾸면?", lambda f: rows(_by(_w(f, 분야="응용"), "성별"))),
            ("평균 말고 중앙값으로", lambda f: rows(_by(_w(f, 분야="응용"), "성별", how="median"))),
        ]),
        Conversation("sk-61", "followup", [
            ("남자 교수 중 연봉 8만 달러 미만은 몇 명이야", lambda f: value(len(_cut(_w(f, 성별="남"), high=80000)))),
            ("여자는?", lambda f: value(len(_cut(_w(f, 성별="여"), high=80000)))),
        ]),
        Conversation("sk-62", "followup", [
            ("박사 받은 지 10년 이하인 교수들 평균 연봉", lambda f: value(_s(f)[_s(f)[PHD] <= 10][PAY].mean())),
            ("직급별로", lambda f: rows(_by(_s(f)[_s(f)[PHD] <= 10], "직급"))),
        ]),
        Conversation("sk-63", "followup", [
            ("직급별 평균 연봉", lambda f: rows(_by(_s(f), "직급"))),
            ("나이대별로는?", lambda f: refuse()),
        ]),
        Conversation("sk-64", "followup", [
            ("연봉 총합은?", lambda f: value(_s(f)[PAY].sum())),
            ("내년 연봉 총합을 예측해 줘", lambda f: refuse()),
        ]),
        Conversation("sk-65", "followup", [
            ("재직 연수 최댓값은?", lambda f: value(_s(f)[SERVICE].max())),
            ("그 교수 연봉은 얼마야?",
             lambda f: value(_by_number(_s(f)).loc[_by_number(_s(f))[SERVICE].idxmax(), PAY])),
            ("그 교수 출신 대학은?", lambda f: refuse()),
        ]),
        Conversation("sk-66", "followup", [
            ("조교수 중에 여자 몇 명이야?", lambda f: value(len(_w(f, 직급="조교수", 성별="여")))),
            ("조교수 중에서 여자가 차지하는 비율은?",
             lambda f: _share(_w(f, 직급="조교수", 성별="여"), _w(f, 직급="조교수"))),
        ]),
        Conversation("sk-67", "followup", [
            ("분야별 연봉 중앙값", lambda f: rows(_by(_s(f), "분야", how="median"))),
            ("Prof만", lambda f: rows(_by(_w(f, 직급="정교수"), "분야", how="median"))),
        ]),
        Conversation("sk-68", "followup", [
            ("평균 연봉 알려줘", lambda f: value(_s(f)[PAY].mean())),
            ("남자 교수만", lambda f: value(_w(f, 성별="남")[PAY].mean())),
            ("그중 응용 분야 정교수만", lambda f: value(_w(f, 성별="남", 분야="응용", 직급="정교수")[PAY].mean())),
            ("몇 명이야?", lambda f: value(len(_w(f, 성별="남", 분야="응용", 직급="정교수")))),
        ]),
        Conversation("sk-69", "followup", [
            ("직급별 평균 재직 연수", lambda f: rows(_by(_s(f), "직급", SERVICE))),
            ("박사후 연수로 바꿔줘", lambda f: rows(_by(_s(f), "직급", PHD))),
            ("여성만", lambda f: rows(_by(_w(f, 성별="여"), "직급", PHD))),
        ]),
        Conversation("sk-70", "followup", [
            ("연봉이 12만5천 달러에서 13만5천 달러 사이인 교수 몇 명?",
             lambda f: value(len(_cut(_s(f), low=125000, high=135000)))),
            ("그중 이론 분야 비율은?",
             lambda f: _share(where(_cut(_s(f), low=125000, high=135000), 분야="이론"),
                              _cut(_s(f), low=125000, high=135000))),
        ]),
        Conversation("sk-71", "followup", [
            ("연봉 상위 5명 교수 번호 알려줘", lambda f: _top_pay(_s(f), 5)),
            ("그 5명의 평균 재직 연수는?",
             lambda f: value(_by_number(_s(f)).loc[_top_numbers(_s(f), 5), SERVICE].mean())),
        ]),
        Conversation("sk-72", "followup", [
            ("성별 인원수", lambda f: _count_by(_s(f), "성별")),
            ("정교수만", lambda f: _count_by(_w(f, 직급="정교수"), "성별")),
            ("평균 연봉으로 바꿔줘", lambda f: rows(_by(_w(f, 직급="정교수"), "성별"))),
        ]),
        Conversation("sk-73", "followup", [
            ("박사후 연수별 교수 수", lambda f: _count_by(_s(f), PHD)),
            ("그중 인원이 가장 많은 3개만", lambda f: top(_s(f).groupby(PHD).size(), 3)),
        ]),
    ],
)
