"""Dev set on US presidential terms and monthly US economic series (ggplot2's presidential and economics), in Korean.

`대통령_임기` holds one row per presidential term (10, 1953-2009, in order): `임기_번호` (1-10), `대통령` (the
Korean name: 아이젠하워, 케네디, 존슨, 닉슨, 포드, 카터, 레이건, 조지 H. W. 부시, 클린턴, 조지 W. 부시), `영문명`
(Eisenhower, Kennedy, Johnson, Nixon, Ford, Carter, Reagan, Bush, Clinton, Bush: the two Bushes share it),
`정당` (공화당 6, 민주당 4), `시작일` and `종료일` (DATEs; each term ends on the day the next one starts).
`월별_경제지표` holds one row per month (478, June 1967 to March 2007, none missing): `날짜` (a DATE, the month's
last day: 1967-06-30 ... 2007-03-31), `개인소비지출` (personal consumption expenditures, billions of dollars),
`인구` (thousands), `개인저축률` (personal savings rate, %), `실업기간_중앙값` (median duration of
unemployment, weeks) and `실업자수` (unemployed, thousands). The two tables share no column: a month belongs to
the term with `시작일` <= `날짜` < `종료일` (no month-end date is a term's first or last day, so an inclusive end
reads the same); every month falls in one of the 8 terms from 존슨 (from June 1967) to 조지 W. 부시 (to March
2007); 아이젠하워 and 케네디 hold no month. Made by evals/authoring/dev_derived_presidents_ko.py (which states the
conversions: renames, the Korean names and parties, the dates, the typo "Johson"). 128 turns: 82 single
questions and 16 conversations (46 turns); 73 of the 98 questions (by first turn) are in Korean (95 of the 128
turns, 74 %).

Readings:
- A "임기" / "term" is a row of `대통령_임기`; every term is a different president, so "대통령 몇 명" / "how many
  presidents" counts terms too. A president is named in Korean as in `대통령` ("아버지 부시" is not used: the
  questions say "조지 H. W. 부시" / "조지 W. 부시"), or in English ("Nixon", "Clinton"); a which-president
  answer is the `대통령` label (Korean, also for questions in English). "공화당" / "Republican" and "민주당" /
  "Democratic" are `정당`.
- A "달" / "월" / "개월" / "month" is a row of `월별_경제지표`; "몇 개월" / "how many months" count rows. A month
  is named "1982년 11월" / "November 1982" and is the row whose `날짜` falls in it (1982-11-30); a which-month
  answer is its 'YYYY-MM' label (1982-11, matching 1982-11-30 too).
- Measures: "소비" / "소비지출" / "개인소비지출" / "consumer spending" / "PCE" are `개인소비지출` (billions); "인구"
  / "population" `인구` (thousands); "저축률" / "개인저축률" / "savings rate" `개인저축률` (%); "실업기간" /
  "실업 기간 중앙값" / "median unemployment duration" `실업기간_중앙값` (weeks); "실업자" / "실업자 수" /
  "unemployed" / "number of unemployed" `실업자수` (thousands: "1,000만 명" is 10,000). Figures are answered
  in the table's units. The data holds no unemployment rate (no labour force): "실업률" is refused.
- Periods: "1980년" / "in 1980" is the calendar year's months (1967 holds June-December, 7 months; 2007
  January-March, 3); "1990년대" / "the 1990s" is 1990-1999. Quarters are calendar quarters ("2000년 1분기" =
  January-March 2000); quarters in a breakdown or a which-quarter answer are labelled by their first month
  ('2000-01' for 1분기, '2000-10' for 4분기, matching 2000-01-01 and 2000-10-01 too). "1990년부터" keeps 1990
  and later ("이후" only in a refused forecast). Date ranges ("1980년부터 1985년까지", "between January and June 1995",
  "1974년 1월~1975년 12월") include both ends (whole months).
- An average over months ("평균", "연평균", "average") is the plain mean of the monthly values kept; a yearly
  breakdown averages each year's months. No sum of monthly figures is asked (they are monthly levels); sums are
  of term lengths.
- Relative periods are anchored to the data's own months, never to today: "가장 최근 달" / "최신" / "the latest
  month" is 2007-03, "마지막 12개월" / "최근 1년" 2006-04 to 2007-03, "처음 6개월" / "the first 6 months of the
  data" 1967-06 to 1967-11; "1년 전" of a month is the same month a year earlier.
- Terms by date range: "닉슨 재임 중" / "under Clinton" / "카터 시절" keeps the months of that term (a month by
  the term holding its `날짜`); "대통령별" / "by president" groups the months by `대통령` (8 rows: the
  presidents with months of data); "임기 순서대로" orders them by `임기_번호`; "정당별" / "by party" / "공화당
  집권기" groups (or keeps) the months of the party's terms. "1975년 6월 당시 대통령" names the term holding the
  month. A term's "첫 달" / "마지막 달" are its first and last month in the data.
- Term lengths: "재임 기간" / "재임 일수" / "며칠" / "days in office" is `종료일` - `시작일` in days; "몇 년" /
  "years" is the days / 365.25. Totals and averages of term lengths are over terms ("공화당 재임 일수 합계").
  Which-one and ranking questions on term lengths avoid the ties of the 8-year terms (2,922 days each) and of
  the two 4-year ones (1,461 days).
- Changes: "얼마나 늘었" / "얼마나 변했" / "change" / "차이" between two months or years is the later minus the
  earlier (negative when it fell) unless the question names the order ("A 빼기 B", "A minus B"); "몇 % 늘었" /
  "증가율" / "growth in %" is (later / earlier - 1) x 100. Shares ("비율", "비중", "share", "what percentage")
  are percents: of months, of terms or of days in office as the question says; "인구 대비 실업자 비율" is
  `실업자수` / `인구` x 100.
- Cuts: "넘는" / "넘은" / "over" / "above" and "미만" / "below" / "under" are strict and sit at values no month
  in the rows asked about holds (checked by `cut`), so strict and inclusive readings agree; "이상" / "이하" /
  "at least" / "at most" are inclusive (used where a month sits on the value: the rates and weeks have one
  decimal, so 10 weeks and 5 % are held); "마이너스" / "negative" is below 0.
- Rankings and which-one questions are over months, years, quarters, presidents or parties, asked only without
  ties at the cut or at the top (checked by `top` and `best`).
- Refused: months outside June 1967 - March 2007 (1960, 2010, forecasts beyond 2007), the months of terms the
  data does not reach (케네디's, 아이젠하워's economy; Obama), causes ("why"), and what the tables do not hold:
  unemployment or inflation rates, GDP, interest rates, states, vice presidents, approval ratings.
- Follow-ups keep the previous turn's months, measure, president or party unless they change one ("1981년은?"
  swaps the year, "포드는?" the president, "민주당은?" the party, "실업자수로 바꾸면?" the measure; "그중" narrows
  to the previous turn's rows; "그중 상위 3개는?" is the top 3 of the breakdown just shown; "그달" / "that month"
  is the month just answered, "그때 대통령" / "그 사람" the president of that month or just named; "둘 차이" is
  the second figure minus the first unless the turn says which).
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
)

T, M = "대통령_임기", "월별_경제지표"
NO, PRES, ENG, PARTY, START, END = "임기_번호", "대통령", "영문명", "정당", "시작일", "종료일"
DATE, PCE, POP, SAVE, DUR, UNEMP = "날짜", "개인소비지출", "인구", "개인저축률", "실업기간_중앙값", "실업자수"
REP, DEM = "공화당", "민주당"
DAYS = "재임_일수"


def _t(f):
    """The terms with their length in days."""
    frame = f[T].copy()
    frame[DAYS] = (pd.to_datetime(frame[END]) - pd.to_datetime(frame[START])).dt.days
    return frame


def _m(f):
    """The months with the date `d`, its year `y`, 'YYYY-MM' `ym`, quarter `q`, and the term holding the date."""
    frame = f[M].copy()
    frame["d"] = pd.to_datetime(frame[DATE])
    frame["y"] = frame["d"].dt.year
    frame["ym"] = frame["d"].dt.strftime("%Y-%m")
    frame["q"] = frame["d"].dt.quarter
    pairs = frame.merge(f[T], how="cross")
    joined = pairs[(pd.to_datetime(pairs[START]) <= pairs["d"]) & (pairs["d"] < pd.to_datetime(pairs[END]))]
    if len(joined) != len(frame) or joined["ym"].duplicated().any():
        raise ValueError("a month in no term or in two")
    return joined.sort_values("d").reset_index(drop=True)


def _year(f, year, quarter=None):
    frame = _m(f)
    frame = frame[frame["y"] == year]
    return frame if quarter is None else frame[frame["q"] == quarter]


def _years(f, first, last):
    frame = _m(f)
    return frame[frame["y"].between(first, last)]


def _span(f, first, last):
    """The months from `first` to `last` ('YYYY-MM'), both included."""
    frame = _m(f)
    return frame[(frame["ym"] >= first) & (frame["ym"] <= last)]


def _at(f, month, column):
    """The figure of one month ('YYYY-MM')."""
    return _m(f).set_index("ym").loc[month, column]


def _s(frame, column):
    """A column indexed by the month's 'YYYY-MM'."""
    return frame.set_index("ym")[column]


def _pres(f, name):
    frame = _m(f)
    found = frame[frame[PRES] == name]
    if found.empty:
        raise ValueError(f"no month under {name}")
    return found


def _party(f, party):
    frame = _m(f)
    return frame[frame[PARTY] == party]


def _by_pres(f, column, how="mean", frame=None):
    frame = _m(f) if frame is None else frame
    return frame.groupby(PRES)[column].agg(how)


def _in_term_order(f, column, how="mean"):
    """`how` of a column per president, labelled by `대통령`, in the order of `임기_번호`."""
    found = _m(f).groupby(NO)[column].agg(how)
    names = f[T].set_index(NO)[PRES]
    return pd.Series(found.values, index=[names[n] for n in found.index])


def _by_party(f, column, how="mean", frame=None):
    frame = _m(f) if frame is None else frame
    return frame.groupby(PARTY)[column].agg(how)


def _yearly(frame, column, how="mean"):
    return frame.groupby("y")[column].agg(how)


def _quarterly(frame, column):
    """The mean per calendar quarter, labelled by the quarter's first month ('YYYY-MM')."""
    found = frame.groupby("q")[column].mean()
    year = frame["y"].unique().item()
    return pd.Series(found.values, index=[f"{year}-{3 * q - 2:02d}" for q in found.index])


def _term(f, name):
    """One term's row (with its days)."""
    terms = _t(f).set_index(PRES)
    return terms.loc[name]


def _days(f):
    return _t(f).set_index(PRES)[DAYS]


def _month_best(frame, column, largest=True):
    return best(_s(frame, column), largest=largest)


def _growth(earlier, later):
    return (later / earlier - 1) * 100


def _pres_of(f, month):
    return _m(f).set_index("ym").loc[month, PRES]


def _most_unemployed_month(f):
    return _month_best(_m(f), UNEMP)["label"]


def _longest_dur_pres(f):
    return best(_by_pres(f, DUR))["label"]


def _negative_saving(f):
    frame = _m(f)
    return frame[frame[SAVE] < 0]


def _labels(found):
    return {key: found[key] for key in ("order", "label") if key in found}


SET = BankSet(
    name="dev_presidents_ko",
    split="dev",
    tables=[
        Table(T, file="dev/presidents_ko_terms.parquet"),
        Table(M, file="dev/presidents_ko_economy.parquet"),
    ],
    questions=[
        # count
        Q("pr-01", "count", "대통령 임기 기록은 모두 몇 건이야?", lambda f: value(len(_t(f)))),
        Q("pr-02", "count", "공화당 대통령 임기는 몇 번이었어?", lambda f: value(int((_t(f)[PARTY] == REP).sum()))),
        Q("pr-03", "count", "How many months of economic data are there?", lambda f: value(len(_m(f)))),
        Q(
            "pr-04",
            "count",
            "개인저축률이 마이너스였던 달은 몇 개월이야?",
            lambda f: value(int((_m(f)[SAVE] < 0).sum())),
        ),
        Q(
            "pr-05",
            "count",
            "실업자 수가 1,000만 명(10,000천 명)을 넘은 달은 몇 달이었나요?",
            lambda f: value(len(cut(_m(f), UNEMP, low=10000))),
        ),
        Q(
            "pr-06",
            "count",
            "In how many months was the median duration of unemployment at least 10 weeks?",
            lambda f: value(int((_m(f)[DUR] >= 10).sum())),
        ),
        Q(
            "pr-07",
            "count",
            "레이건 재임 기간에 해당하는 달은 데이터에 몇 개월 있어?",
            lambda f: value(len(_pres(f, "레이건"))),
        ),
        # count_distinct
        Q("pr-08", "count_distinct", "경제 데이터에는 몇 개 연도가 들어 있어?", lambda f: value(_m(f)["y"].nunique())),
        Q(
            "pr-09",
            "count_distinct",
            "월별 경제지표 기간에 걸쳐 있는 대통령은 모두 몇 명이야?",
            lambda f: value(_m(f)[PRES].nunique()),
        ),
        # sum (of term lengths)
        Q(
            "pr-10",
            "sum",
            "공화당 대통령들 재임 일수 다 합치면 며칠이야?",
            lambda f: value(_t(f)[_t(f)[PARTY] == REP][DAYS].sum()),
        ),
        # average
        Q("pr-11", "average", "전체 기간 평균 개인저축률은?", lambda f: value(_m(f)[SAVE].mean())),
        Q("pr-12", "average", "1980년 평균 실업자 수 알려줘", lambda f: value(_year(f, 1980)[UNEMP].mean())),
        Q(
            "pr-13",
            "average",
            "What was the average median unemployment duration in 2003?",
            lambda f: value(_year(f, 2003)[DUR].mean()),
        ),
        Q("pr-14", "average", "대통령 임기 평균 길이는 며칠이야?", lambda f: value(_t(f)[DAYS].mean())),
        # min_max
        Q("pr-15", "min_max", "실업자 수가 가장 많았을 때 몇 천 명이었어?", lambda f: value(_m(f)[UNEMP].max())),
        Q("pr-16", "min_max", "개인저축률 최저치는 얼마?", lambda f: value(_m(f)[SAVE].min())),
        Q(
            "pr-17",
            "min_max",
            "What's the highest personal savings rate in the data?",
            lambda f: value(_m(f)[SAVE].max()),
        ),
        Q(
            "pr-18",
            "min_max",
            "1990년대 실업기간 중앙값의 최솟값과 최댓값",
            lambda f: values(_years(f, 1990, 1999)[DUR].min(), _years(f, 1990, 1999)[DUR].max()),
        ),
        # multi_measure
        Q(
            "pr-19",
            "multi_measure",
            "2000년 1월 개인소비지출, 인구, 실업자수 한꺼번에 보여줘",
            lambda f: values(_at(f, "2000-01", PCE), _at(f, "2000-01", POP), _at(f, "2000-01", UNEMP)),
        ),
        Q(
            "pr-20",
            "multi_measure",
            "For December 1999, give me the savings rate and the median unemployment duration.",
            lambda f: values(_at(f, "1999-12", SAVE), _at(f, "1999-12", DUR)),
        ),
        # breakdown
        Q("pr-21", "breakdown", "정당별 임기 수", lambda f: rows(_t(f).groupby(PARTY).size())),
        Q("pr-22", "breakdown", "대통령별 재임 일수 보여줘", lambda f: rows(_days(f))),
        Q(
            "pr-23",
            "breakdown",
            "2000년부터 2006년까지 연도별 평균 실업자수",
            lambda f: rows(_yearly(_years(f, 2000, 2006), UNEMP)),
        ),
        Q(
            "pr-24",
            "breakdown",
            "Average savings rate by party of the sitting president",
            lambda f: rows(_by_party(f, SAVE)),
        ),
        Q(
            "pr-25",
            "breakdown",
            "대통령별로 재임 중 평균 실업자 수를 구해 주세요",
            lambda f: rows(_by_pres(f, UNEMP)),
        ),
        Q(
            "pr-26",
            "breakdown",
            "2006년 분기별 평균 개인저축률",
            lambda f: rows(_quarterly(_year(f, 2006), SAVE)),
        ),
        # ranking
        Q("pr-27", "ranking", "실업자수 많았던 달 상위 3개", lambda f: top(_s(_m(f), UNEMP), 3)),
        Q(
            "pr-28",
            "ranking",
            "연평균 개인저축률 높은 연도 상위 5개 뽑아줘",
            lambda f: top(_yearly(_m(f), SAVE), 5),
        ),
        Q(
            "pr-29",
            "ranking",
            "Rank the presidents by the average median unemployment duration during their terms, highest first",
            lambda f: top(_by_pres(f, DUR), 8),
        ),
        Q(
            "pr-30",
            "ranking",
            "재임 기간이 가장 짧았던 임기 두 개는 누구 거야?",
            lambda f: top(_days(f), 2, largest=False),
        ),
        # which_one
        Q("pr-31", "which_one", "실업자 수가 가장 많았던 달은 언제야?", lambda f: _month_best(_m(f), UNEMP)),
        Q(
            "pr-32",
            "which_one",
            "Which month had the lowest savings rate?",
            lambda f: _month_best(_m(f), SAVE, largest=False),
        ),
        Q(
            "pr-33",
            "which_one",
            "재임 중 평균 개인저축률이 가장 높았던 대통령은?",
            lambda f: best(_by_pres(f, SAVE)),
        ),
        Q("pr-34", "which_one", "가장 짧게 재임한 대통령은 누구야?", lambda f: best(_days(f), largest=False)),
        Q(
            "pr-35",
            "which_one",
            "1970년대에 실업자 수가 가장 적었던 달은?",
            lambda f: _month_best(_years(f, 1970, 1979), UNEMP, largest=False),
        ),
        Q(
            "pr-36",
            "which_one",
            "Which year had the highest average median unemployment duration?",
            lambda f: best(_yearly(_m(f), DUR)),
        ),
        # share
        Q(
            "pr-37",
            "share",
            "전체 달 중 개인저축률이 5% 이하인 달의 비율은?",
            lambda f: percent(100 * (_m(f)[SAVE] <= 5).sum() / len(_m(f))),
        ),
        Q(
            "pr-38",
            "share",
            "데이터 기간 중 공화당 대통령이 재임한 달의 비중은 몇 %야?",
            lambda f: percent(100 * len(_party(f, REP)) / len(_m(f))),
        ),
        Q(
            "pr-39",
            "share",
            "What share of the ten terms were Democratic?",
            lambda f: percent(100 * (_t(f)[PARTY] == DEM).sum() / len(_t(f))),
        ),
        Q(
            "pr-40",
            "share",
            "전체 재임 일수 중 공화당 대통령들이 차지하는 비율",
            lambda f: percent(100 * _t(f)[_t(f)[PARTY] == REP][DAYS].sum() / _t(f)[DAYS].sum()),
        ),
        Q(
            "pr-41",
            "share",
            "2007년 3월 인구 대비 실업자 비율은 몇 %?",
            lambda f: percent(100 * _at(f, "2007-03", UNEMP) / _at(f, "2007-03", POP)),
        ),
        # filter_value
        Q(
            "pr-42",
            "filter_value",
            "실업자수가 1,000만 명을 넘었던 달들의 평균 개인저축률",
            lambda f: value(cut(_m(f), UNEMP, low=10000)[SAVE].mean()),
        ),
        Q(
            "pr-43",
            "filter_value",
            "저축률이 10% 이상이었던 달 중에 가장 늦은 달은 언제야?",
            lambda f: value(_m(f)[_m(f)[SAVE] >= 10]["ym"].max()),
        ),
        Q(
            "pr-44",
            "filter_value",
            "In months when the savings rate was at most 3%, what was the average median unemployment duration?",
            lambda f: value(_m(f)[_m(f)[SAVE] <= 3][DUR].mean()),
        ),
        Q(
            "pr-45",
            "filter_value",
            "민주당 대통령 재임 중 실업자수가 800만 명을 넘은 달은 몇 개월?",
            lambda f: value(len(cut(_party(f, DEM), UNEMP, low=8000))),
        ),
        # loose_value
        Q("pr-46", "loose_value", "1982년 11월에 실업자가 몇 명이었어?", lambda f: value(_at(f, "1982-11", UNEMP))),
        Q(
            "pr-47",
            "loose_value",
            "How much did Americans spend on personal consumption in June 1967?",
            lambda f: value(_at(f, "1967-06", PCE)),
        ),
        # join: terms by date range
        Q("pr-48", "join", "닉슨 재임 중 평균 실업자 수는?", lambda f: value(_pres(f, "닉슨")[UNEMP].mean())),
        Q("pr-49", "join", "카터 시절 평균 개인저축률은 몇 %였어?", lambda f: value(_pres(f, "카터")[SAVE].mean())),
        Q(
            "pr-50",
            "join",
            "Average median unemployment duration under Clinton?",
            lambda f: value(_pres(f, "클린턴")[DUR].mean()),
        ),
        Q("pr-51", "join", "정당별 평균 실업자수 비교해줘", lambda f: rows(_by_party(f, UNEMP))),
        Q("pr-52", "join", "1975년 6월 당시 대통령은 누구였어?", lambda f: value(_pres_of(f, "1975-06"))),
        Q(
            "pr-53",
            "join",
            "클린턴 재임 중 실업자수는 첫 달에서 마지막 달까지 얼마나 변했어?",
            lambda f: value(_pres(f, "클린턴")[UNEMP].iloc[-1] - _pres(f, "클린턴")[UNEMP].iloc[0]),
        ),
        Q(
            "pr-54",
            "join",
            "공화당 집권기 평균 저축률에서 민주당 집권기 평균 저축률을 빼면?",
            lambda f: value(_party(f, REP)[SAVE].mean() - _party(f, DEM)[SAVE].mean()),
        ),
        Q(
            "pr-55",
            "join",
            "Which party's presidents saw the higher average number of unemployed?",
            lambda f: _labels(best(_by_party(f, UNEMP))),
        ),
        Q(
            "pr-56",
            "join",
            "레이건 재임 중 실업자수가 1,000만 명을 넘은 달은 몇 개월이야?",
            lambda f: value(len(cut(_pres(f, "레이건"), UNEMP, low=10000))),
        ),
        # year_period
        Q("pr-57", "year_period", "1967년 데이터는 몇 개월치야?", lambda f: value(len(_year(f, 1967)))),
        Q("pr-58", "year_period", "2000년 1분기 평균 실업자수", lambda f: value(_year(f, 2000, 1)[UNEMP].mean())),
        Q(
            "pr-59",
            "year_period",
            "average savings rate in the second quarter of 1980",
            lambda f: value(_year(f, 1980, 2)[SAVE].mean()),
        ),
        # date_range
        Q(
            "pr-60",
            "date_range",
            "1980년부터 1985년까지 평균 실업자 수",
            lambda f: value(_years(f, 1980, 1985)[UNEMP].mean()),
        ),
        Q(
            "pr-61",
            "date_range",
            "between January and June 1995, what was the average savings rate?",
            lambda f: value(_span(f, "1995-01", "1995-06")[SAVE].mean()),
        ),
        # relative_period
        Q("pr-62", "relative_period", "가장 최근 달의 개인저축률은?", lambda f: value(_m(f)[SAVE].iloc[-1])),
        Q("pr-63", "relative_period", "마지막 12개월 평균 실업자수", lambda f: value(_m(f).tail(12)[UNEMP].mean())),
        Q(
            "pr-64",
            "relative_period",
            "What was the average consumer spending over the first 6 months of the data?",
            lambda f: value(_m(f).head(6)[PCE].mean()),
        ),
        # change
        Q(
            "pr-65",
            "change",
            "1990년 1월부터 2000년 1월까지 개인소비지출은 얼마나 늘었어?",
            lambda f: value(_at(f, "2000-01", PCE) - _at(f, "1990-01", PCE)),
        ),
        Q(
            "pr-66",
            "change",
            "2000년 1월 대비 2007년 1월 인구 증가율은 몇 %?",
            lambda f: percent(_growth(_at(f, "2000-01", POP), _at(f, "2007-01", POP))),
        ),
        Q(
            "pr-67",
            "change",
            "How much did the number of unemployed change from January 2001 to January 2003?",
            lambda f: value(_at(f, "2003-01", UNEMP) - _at(f, "2001-01", UNEMP)),
        ),
        # trend
        Q(
            "pr-68",
            "trend",
            "2001년 월별 실업자수 추이 보여줘",
            lambda f: rows(_s(_year(f, 2001), UNEMP), ordered=True),
        ),
        Q(
            "pr-69",
            "trend",
            "1990년부터 1999년까지 연도별 평균 개인저축률 흐름",
            lambda f: rows(_yearly(_years(f, 1990, 1999), SAVE), ordered=True),
        ),
        Q(
            "pr-70",
            "trend",
            "임기 순서대로 대통령별 평균 실업자수가 어떻게 변했는지 보여줘",
            lambda f: rows(_in_term_order(f, UNEMP), ordered=True),
        ),
        # term lengths
        Q("pr-71", "term_length", "닉슨 재임 기간은 며칠이었어?", lambda f: value(_term(f, "닉슨")[DAYS])),
        Q(
            "pr-72",
            "term_length",
            "How many years did Kennedy serve?",
            lambda f: value(_term(f, "케네디")[DAYS] / 365.25),
        ),
        # unanswerable
        Q("pr-73", "unanswerable", "2010년 실업자수는 얼마였어?", lambda f: refuse()),
        Q("pr-74", "unanswerable", "오바마 재임 중 평균 저축률은?", lambda f: refuse()),
        Q("pr-75", "unanswerable", "1985년 미국 GDP는 얼마야?", lambda f: refuse()),
        Q("pr-76", "unanswerable", "1980년 물가상승률 알려줘", lambda f: refuse()),
        Q("pr-77", "unanswerable", "Why did the savings rate fall so much in the 2000s?", lambda f: refuse()),
        Q("pr-78", "unanswerable", "2008년 이후 실업자수 예측해줘", lambda f: refuse()),
        Q("pr-79", "unanswerable", "주별 실업자 수 보여줘", lambda f: refuse()),
        Q("pr-80", "unanswerable", "Who was Reagan's vice president?", lambda f: refuse()),
        Q("pr-81", "unanswerable", "케네디 재임 중 평균 개인저축률은?", lambda f: refuse()),
        Q("pr-82", "unanswerable", "1970년 실업률(%)은 얼마였어?", lambda f: refuse()),
        # conversations
        Conversation(
            "pr-c01",
            "followup",
            [
                ("1980년 평균 실업자수는?", lambda f: value(_year(f, 1980)[UNEMP].mean())),
                ("1981년은?", lambda f: value(_year(f, 1981)[UNEMP].mean())),
                (
                    "둘 차이는? 1981년에서 1980년 빼서",
                    lambda f: value(_year(f, 1981)[UNEMP].mean() - _year(f, 1980)[UNEMP].mean()),
                ),
            ],
        ),
        Conversation(
            "pr-c02",
            "followup",
            [
                ("대통령별 평균 개인저축률 보여줘", lambda f: rows(_by_pres(f, SAVE))),
                ("그중 상위 3명은?", lambda f: top(_by_pres(f, SAVE), 3)),
                ("제일 낮은 사람은?", lambda f: best(_by_pres(f, SAVE), largest=False)),
            ],
        ),
        Conversation(
            "pr-c03",
            "followup",
            [
                ("Which month had the most unemployed people?", lambda f: _month_best(_m(f), UNEMP)),
                ("who was president then?", lambda f: value(_pres_of(f, _most_unemployed_month(f)))),
                (
                    "and what was the savings rate that month?",
                    lambda f: value(_at(f, _most_unemployed_month(f), SAVE)),
                ),
            ],
        ),
        Conversation(
            "pr-c04",
            "followup",
            [
                ("닉슨 재임 중 평균 실업기간 중앙값은?", lambda f: value(_pres(f, "닉슨")[DUR].mean())),
                ("포드는?", lambda f: value(_pres(f, "포드")[DUR].mean())),
                ("카터는?", lambda f: value(_pres(f, "카터")[DUR].mean())),
            ],
        ),
        Conversation(
            "pr-c05",
            "followup",
            [
                ("공화당 임기는 몇 번이야?", lambda f: value(int((_t(f)[PARTY] == REP).sum()))),
                ("민주당은?", lambda f: value(int((_t(f)[PARTY] == DEM).sum()))),
                ("민주당 재임 일수 합계는?", lambda f: value(_t(f)[_t(f)[PARTY] == DEM][DAYS].sum())),
            ],
        ),
        Conversation(
            "pr-c06",
            "followup",
            [
                ("2000년 분기별 평균 실업자수", lambda f: rows(_quarterly(_year(f, 2000), UNEMP))),
                ("2001년으로 바꾸면?", lambda f: rows(_quarterly(_year(f, 2001), UNEMP))),
                ("그중 가장 많은 분기는?", lambda f: best(_quarterly(_year(f, 2001), UNEMP))),
            ],
        ),
        Conversation(
            "pr-c07",
            "followup",
            [
                ("Average savings rate in 1970?", lambda f: value(_year(f, 1970)[SAVE].mean())),
                ("and in 2005?", lambda f: value(_year(f, 2005)[SAVE].mean())),
                (
                    "what's the drop, 1970 minus 2005?",
                    lambda f: value(_year(f, 1970)[SAVE].mean() - _year(f, 2005)[SAVE].mean()),
                ),
            ],
        ),
        Conversation(
            "pr-c08",
            "followup",
            [
                ("가장 최근 달 실업자수는?", lambda f: value(_m(f)[UNEMP].iloc[-1])),
                (
                    "1년 전보다 얼마나 변했어?",
                    lambda f: value(_at(f, "2007-03", UNEMP) - _at(f, "2006-03", UNEMP)),
                ),
                (
                    "%로는?",
                    lambda f: percent(_growth(_at(f, "2006-03", UNEMP), _at(f, "2007-03", UNEMP))),
                ),
            ],
        ),
        Conversation(
            "pr-c09",
            "followup",
            [
                ("레이건 임기 시작일이 언제야?", lambda f: value(_term(f, "레이건")[START].isoformat())),
                ("종료일은?", lambda f: value(_term(f, "레이건")[END].isoformat())),
                ("그럼 며칠 재임한 거야?", lambda f: value(_term(f, "레이건")[DAYS])),
            ],
        ),
        Conversation(
            "pr-c10",
            "followup",
            [
                ("2010년 평균 인구는?", lambda f: refuse()),
                ("그럼 2006년은?", lambda f: value(_year(f, 2006)[POP].mean())),
            ],
        ),
        Conversation(
            "pr-c11",
            "followup",
            [
                ("1990년대 연도별 평균 실업자수", lambda f: rows(_yearly(_years(f, 1990, 1999), UNEMP))),
                ("그중 상위 3개 연도는?", lambda f: top(_yearly(_years(f, 1990, 1999), UNEMP), 3)),
            ],
        ),
        Conversation(
            "pr-c12",
            "followup",
            [
                ("How many months had a negative savings rate?", lambda f: value(int((_m(f)[SAVE] < 0).sum()))),
                ("under which president did they fall?", lambda f: value(_negative_saving(f)[PRES].unique().item())),
                (
                    "in which year were there the most of them?",
                    lambda f: best(_negative_saving(f).groupby("y").size()),
                ),
            ],
        ),
        Conversation(
            "pr-c13",
            "followup",
            [
                ("클린턴 재임 중 개인소비지출 최댓값", lambda f: value(_pres(f, "클린턴")[PCE].max())),
                ("최솟값은?", lambda f: value(_pres(f, "클린턴")[PCE].min())),
                (
                    "그 차이는? 최댓값 빼기 최솟값으로",
                    lambda f: value(_pres(f, "클린턴")[PCE].max() - _pres(f, "클린턴")[PCE].min()),
                ),
            ],
        ),
        Conversation(
            "pr-c14",
            "followup",
            [
                ("정당별 평균 실업기간 중앙값", lambda f: rows(_by_party(f, DUR))),
                ("실업자수로 바꾸면?", lambda f: rows(_by_party(f, UNEMP))),
                (
                    "1990년부터의 달만 보면?",
                    lambda f: rows(_by_party(f, UNEMP, frame=_m(f)[_m(f)["y"] >= 1990])),
                ),
            ],
        ),
        Conversation(
            "pr-c15",
            "followup",
            [
                ("1975년 1월 실업자수", lambda f: value(_at(f, "1975-01", UNEMP))),
                ("1975년 12월은?", lambda f: value(_at(f, "1975-12", UNEMP))),
                ("몇 % 늘었어?", lambda f: percent(_growth(_at(f, "1975-01", UNEMP), _at(f, "1975-12", UNEMP)))),
            ],
        ),
        Conversation(
            "pr-c16",
            "followup",
            [
                (
                    "Which president had the longest average median unemployment duration during his term?",
                    lambda f: best(_by_pres(f, DUR)),
                ),
                ("how many months of data fall in his term?", lambda f: value(len(_pres(f, _longest_dur_pres(f))))),
                ("and what party was he?", lambda f: value(_term(f, _longest_dur_pres(f))[PARTY])),
            ],
        ),
    ],
)
