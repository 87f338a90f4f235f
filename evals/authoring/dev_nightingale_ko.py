"""Dev set on Nightingale's Crimean War deaths (HistData::Nightingale): a Korean monthly table and a period table.

`월별_사망` holds one row per month (24, April 1854 to March 1856, none missing): `월` (a DATE, the first of the
month: 1854-04-01 ... 1856-03-01), `기간_번호` (1 before the sanitary commission, 2 after), `병력` (the
estimated average strength of the British army in the East that month), `질병_사망` (deaths from preventable
zymotic diseases), `부상_사망` (deaths directly from battle wounds; 0 in 6 months), `기타_사망` (deaths from
other causes), and `질병_사망률`, `부상_사망률`, `기타_사망률` (annual deaths per 1,000 soldiers, 12 x 1,000 x
deaths / 병력, rounded to 1 decimal, as the source has them). `기간` (2 rows) holds `기간_번호`, `기간_이름`
('위생위원회 이전', '위생위원회 이후'), `영문_구분` ('Before', 'After'), `시작_월` and `끝_월` (DATE): 1854-04-01
to 1855-03-01 and 1855-04-01 to 1856-03-01 (the help page's two diagrams; the commission arrived in March 1855,
which is the last month before). The monthly table holds the period's number only, so a question naming a
period (위생위원회 이전 / 이후, Before / After) joins the two tables. Made by
evals/authoring/dev_derived_nightingale_ko.py (which states the conversions: none but renames, the date and the
period table). 128 turns: 82 single questions and 16 conversations (46 turns); 66 of the 98 questions (by first
turn) are in Korean (87 of the 128 turns, 68 %).

Readings:
- A "month" / "달" / "개월" is a row; "몇 개월" / "몇 달" / "how many months" count rows. A month is named
  "1855년 1월" / "January 1855" / "Jan 1855" and is the row whose `월` is its first day; a which-month answer is
  its 'YYYY-MM' label (1855-01, matching 1855-01-01 too), months in breakdowns and rankings likewise.
- "질병 사망" / "병사(病死)" / "병으로 죽은" / "died of disease / sickness" are `질병_사망`; "부상 사망" / "전투
  부상" / "전사" / "died in battle" / "of wounds" `부상_사망`; "기타 사망" / "other causes" `기타_사망`. "사망자"
  / "총 사망자" / "deaths" / "death toll" without a cause are the month's three causes added up (the table has
  no total column). "병력" / "군 규모" / "army size" / "strength" is `병력`.
- Rates: "질병 사망률" / "disease death rate" (and the wounds and other ones) are the month's column, annual
  deaths per 1,000. "월평균 ... 사망률" / "average monthly ... rate" over several months is the plain mean of the
  months' rates. A month's "전체 사망률" is the sum of its three rates. No pooled rate over months is asked.
- Shares are pooled: "질병 사망 비율" / "disease share of deaths" over some months is the sum of `질병_사망` over
  the sum of all deaths in those months (the month's own share for one month); "전체 질병 사망자 중 X의 비율"
  divides by the disease deaths of all 24 months. A share asked alone is a `percent` (77.3 or 0.773); shares
  inside a breakdown or trend are asked "%로" / "in %" and given on the 0-100 scale.
- Periods: "1855년" / "in 1855" is the calendar year (1854 holds April-December, 9 months; 1856 January-March,
  3); quarters are calendar quarters ("1854년 4분기" = October-December 1854, "1856년 1분기" = January-March
  1856; the data starts in the second quarter of 1854); "분기 첫날로 표시" labels a quarter with its first
  month. Date ranges ("1854년 10월부터 1855년 3월까지", "between July and December 1854", "4월~9월") include
  both ends.
- Relative periods are anchored to the data's own months, never to today: "마지막 달" / "the final month" is
  1856-03, "마지막 3개월" / "the last 3 months" 1856-01 to 1856-03, "마지막 6개월" 1855-10 to 1856-03,
  "마지막 12개월" 1855-04 to 1856-03; "첫 달" 1854-04, "처음 6개월" 1854-04 to 1854-09, "전쟁 첫해" / "처음
  12개월" / "the first year of the war" the first 12 months of the data, 1854-04 to 1855-03 (not the calendar
  year 1854: the question says "처음 12개월" beside it).
- Periods of the commission: "위생위원회 이전" / "the Before period" / "before the sanitary commission" are the
  months of `기간_번호` 1, "이후" / "After" of 2; "기간별" / "by period (name)" labels with `기간_이름`.
- "전월 대비" / "from the month before" is the month's figure minus the previous month's (1854-04 has none and is
  left out); "몇 % 늘었" / "증가율" is (later / earlier - 1) x 100, "몇 % 줄었" (1 - later / earlier) x 100;
  "차이" is the first named minus the second unless the question says which; "몇 배" is the first over the
  second. "누적" is the running sum in time order.
- Cuts: "넘은" / "more than" / "over" and "미만" / "fewer than" / "under" are strict and sit at values no month
  in the rows asked about holds (checked by `cut`), so strict and inclusive readings agree.
- Rankings and which-one questions are over months, years or periods, asked only without ties at the cut or at
  the top (checked by `top` and `best`; many months share a 0 of wounds deaths, so none ranks months by fewest
  wounds deaths).
- Refused: months outside April 1854 - March 1856, forecasts, causes ("why"), and what the tables do not hold:
  officers and ranks, regiments, hospitals, battles or days, other armies (French, Russian, Ottoman), the
  wounded who lived, the diseases by name.
- Follow-ups keep the previous turn's months, measure and filter unless they change one ("그럼 2월은?" swaps the
  month, "부상은?" the cause, "이후는?" the period; "그중" narrows to the previous turn's rows; "그달" / "that
  month" is the month just answered).
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

M, P = "월별_사망", "기간"
MONTH, PNO, ARMY = "월", "기간_번호", "병력"
DIS, WND, OTH = "질병_사망", "부상_사망", "기타_사망"
DISR, WNDR, OTHR = "질병_사망률", "부상_사망률", "기타_사망률"
PNAME, PEN = "기간_이름", "영문_구분"
BEFORE, AFTER = "위생위원회 이전", "위생위원회 이후"
TOTAL = "총사망"


def _m(f):
    """The monthly table with the date `d`, its year `y`, its 'YYYY-MM' `ym`, its quarter `q` and all deaths."""
    frame = f[M].copy()
    frame["d"] = pd.to_datetime(frame[MONTH])
    frame["y"] = frame["d"].dt.year
    frame["ym"] = frame["d"].dt.strftime("%Y-%m")
    frame["q"] = frame["d"].dt.quarter
    frame[TOTAL] = frame[DIS] + frame[WND] + frame[OTH]
    return frame.sort_values("d").reset_index(drop=True)


def _j(f, **equal):
    """The months joined with their period (and these values of `기간`)."""
    joined = _m(f).merge(f[P], on=PNO, how="left", validate="many_to_one")
    if len(joined) != len(f[M]) or joined[PNAME].isna().any():
        raise ValueError("a month without a period")
    return where(joined, **equal)


def _year(f, year, quarter=None):
    frame = _m(f)
    frame = frame[frame["y"] == year]
    return frame if quarter is None else frame[frame["q"] == quarter]


def _span(f, first, last):
    """The months from `first` to `last` ('YYYY-MM'), both included."""
    frame = _m(f)
    return frame[(frame["ym"] >= first) & (frame["ym"] <= last)]


def _first(f, n):
    return _m(f).head(n)


def _last(f, n):
    return _m(f).tail(n)


def _at(f, month, column):
    """The figure of one month ('YYYY-MM')."""
    return _m(f).set_index("ym").loc[month, column]


def _s(frame, column):
    """A column indexed by the month's 'YYYY-MM'."""
    return frame.set_index("ym")[column]


def _pct(part, whole):
    return 100 * part / whole


def _share(part, whole):
    return percent(_pct(part, whole))


def _dshare(frame, column=DIS):
    """The share (0-100) of all deaths in these months that `column` holds."""
    return _pct(frame[column].sum(), frame[TOTAL].sum())


def _by(frame, by, column, how="sum"):
    return frame.groupby(by)[column].agg(how)


def _quarters(frame, column, how="sum"):
    """`how` of a column per calendar quarter, labelled by the quarter's first month 'YYYY-MM'."""
    start = frame["d"].dt.to_period("Q").dt.start_time.dt.strftime("%Y-%m")
    return frame.groupby(start)[column].agg(how)


def _change(frame, column):
    """Each month's figure minus the month before's (the first month has none)."""
    return _s(frame, column).diff().dropna()


def _top_disease_months(f, n):
    return top(_s(_m(f), DIS), n)["order"]


def _after_among(f, months):
    """How many of these months ('YYYY-MM') lie in the period after the commission."""
    after = _j(f, **{PNAME: AFTER})
    return len(after[after["ym"].isin(months)])


def _above(frame, column, at):
    """The rows whose figure is strictly above `at` (a figure a row holds: the month just named)."""
    return frame[frame[column] > at]


def _label(found):
    return found["label"]


def _peak_rate_month(f):
    return _label(best(_s(_m(f), DISR)))


def _peak_army_1855(f):
    return _label(best(_s(_year(f, 1855), ARMY)))


SET = BankSet(
    name="dev_nightingale_ko",
    split="dev",
    tables=[
        Table(M, file="dev/nightingale_ko_months.parquet"),
        Table(P, file="dev/nightingale_ko_periods.parquet"),
    ],
    questions=[
        # count
        Q("ng-01", "count", "데이터에 몇 개월치 기록이 들어 있어?", lambda f: value(len(_m(f)))),
        Q(
            "ng-02",
            "count",
            "How many months had no deaths from wounds at all?",
            lambda f: value(len(where(_m(f), **{WND: 0}))),
        ),
        Q(
            "ng-03",
            "count",
            "질병 사망자가 1,000명을 넘은 달은 몇 번이야?",
            lambda f: value(len(cut(_m(f), DIS, low=1000))),
        ),
        Q(
            "ng-04",
            "count",
            "위생위원회 이후 기간에 기타 사망이 30명 미만이었던 달은 몇 개월인가요?",
            lambda f: value(len(cut(_j(f, **{PNAME: AFTER}), OTH, high=30))),
        ),
        Q(
            "ng-05",
            "count",
            "In how many months did battle wounds kill more soldiers than disease?",
            lambda f: value(len(_m(f)[_m(f)[WND] > _m(f)[DIS]])),
        ),
        # count_distinct
        Q(
            "ng-06",
            "count_distinct",
            "질병 사망자가 500명을 넘은 달이 있었던 연도는 몇 개야?",
            lambda f: value(cut(_m(f), DIS, low=500)["y"].nunique()),
        ),
        # sum
        Q("ng-07", "sum", "전체 기간 동안 질병으로 죽은 병사는 모두 몇 명이야?", lambda f: value(_m(f)[DIS].sum())),
        Q(
            "ng-08",
            "sum",
            "What was the total death toll from all causes over the whole two years?",
            lambda f: value(_m(f)[TOTAL].sum()),
        ),
        Q("ng-09", "sum", "1855년 전투 부상 사망자 합계는?", lambda f: value(_year(f, 1855)[WND].sum())),
        Q(
            "ng-10",
            "sum",
            "1854년 4분기 총 사망자 수 알려줘",
            lambda f: value(_year(f, 1854, 4)[TOTAL].sum()),
        ),
        # average
        Q("ng-11", "average", "월평균 병력 규모는 어느 정도야?", lambda f: value(_m(f)[ARMY].mean())),
        Q("ng-12", "average", "질병 사망률 중앙값은?", lambda f: value(_m(f)[DISR].median())),
        Q("ng-13", "average", "1855년 월평균 기타 사망자 수", lambda f: value(_year(f, 1855)[OTH].mean())),
        # min_max
        Q("ng-14", "min_max", "병력이 가장 많았을 때는 몇 명이었어?", lambda f: value(_m(f)[ARMY].max())),
        Q(
            "ng-15",
            "min_max",
            "What was the highest monthly disease death rate recorded?",
            lambda f: value(_m(f)[DISR].max()),
        ),
        Q(
            "ng-16",
            "min_max",
            "위생위원회 이후에 한 달 질병 사망자가 가장 적었을 때 몇 명이었나요?",
            lambda f: value(_j(f, **{PNAME: AFTER})[DIS].min()),
        ),
        # multi_measure
        Q(
            "ng-17",
            "multi_measure",
            "1855년 1월 병력이랑 질병, 부상, 기타 사망자 수 한 번에 보여줘",
            lambda f: values(*(_at(f, "1855-01", c) for c in (ARMY, DIS, WND, OTH))),
        ),
        Q(
            "ng-18",
            "multi_measure",
            "For January 1856, give me the disease, wounds and other-cause death rates.",
            lambda f: values(*(_at(f, "1856-01", c) for c in (DISR, WNDR, OTHR))),
        ),
        Q(
            "ng-19",
            "multi_measure",
            "Side by side, the whole-data totals of disease, wounds and other-cause deaths",
            lambda f: values(_m(f)[DIS].sum(), _m(f)[WND].sum(), _m(f)[OTH].sum()),
        ),
        # ranking
        Q("ng-20", "ranking", "질병 사망자 기준 상위 5개월은?", lambda f: top(_s(_m(f), DIS), 5)),
        Q(
            "ng-21",
            "ranking",
            "Rank the months of 1855 by army strength, largest first.",
            lambda f: top(_s(_year(f, 1855), ARMY), 12),
        ),
        Q(
            "ng-22",
            "ranking",
            "총 사망자가 가장 적었던 3개월 뽑아줘",
            lambda f: top(_s(_m(f), TOTAL), 3, largest=False),
        ),
        Q("ng-23", "ranking", "top 3 months by deaths from wounds", lambda f: top(_s(_m(f), WND), 3)),
        Q(
            "ng-24",
            "ranking",
            "연도별 총 사망자 순위 매겨줘 (많은 순)",
            lambda f: top(_by(_m(f), "y", TOTAL), 3),
        ),
        Q(
            "ng-25",
            "ranking",
            "질병 사망률 높은 순으로 상위 5개월이랑 그 사망률",
            lambda f: top(_s(_m(f), DISR), 5),
        ),
        # which_one
        Q("ng-26", "which_one", "질병 사망자가 가장 많았던 달은 언제야?", lambda f: best(_s(_m(f), DIS))),
        Q("ng-27", "which_one", "Which month had the largest army?", lambda f: best(_s(_m(f), ARMY))),
        Q("ng-28", "which_one", "부상 사망률이 제일 높았던 달은?", lambda f: best(_s(_m(f), WNDR))),
        Q(
            "ng-29",
            "which_one",
            "After the sanitary commission arrived, which month had the most deaths from disease?",
            lambda f: best(_s(_j(f, **{PNAME: AFTER}), DIS)),
        ),
        Q("ng-30", "which_one", "기타 원인 사망이 가장 많았던 달 알려줘", lambda f: best(_s(_m(f), OTH))),
        # share
        Q("ng-31", "share", "전체 사망자 중 질병으로 죽은 비율은?", lambda f: percent(_dshare(_m(f)))),
        Q(
            "ng-32",
            "share",
            "What share of all deaths in 1855 were from battle wounds?",
            lambda f: percent(_dshare(_year(f, 1855), WND)),
        ),
        Q(
            "ng-33",
            "share",
            "1855년 1월 사망자 가운데 질병 사망 비율이 몇 %야?",
            lambda f: percent(_dshare(_span(f, "1855-01", "1855-01"))),
        ),
        Q(
            "ng-34",
            "share",
            "위생위원회 이후 사망자 중 질병 사망 비중은 몇 퍼센트였어?",
            lambda f: percent(_dshare(_j(f, **{PNAME: AFTER}))),
        ),
        Q(
            "ng-35",
            "share",
            "전체 질병 사망자 가운데 전쟁 첫해(처음 12개월)에 나온 비율은?",
            lambda f: _share(_first(f, 12)[DIS].sum(), _m(f)[DIS].sum()),
        ),
        # breakdown
        Q("ng-36", "breakdown", "연도별 질병 사망자 합계 보여줘", lambda f: rows(_by(_m(f), "y", DIS))),
        Q("ng-37", "breakdown", "1854년 월별 부상 사망자 수", lambda f: rows(_s(_year(f, 1854), WND))),
        Q(
            "ng-38",
            "breakdown",
            "분기별 총 사망자 합계, 분기는 분기 첫날로 표시해서",
            lambda f: rows(_quarters(_m(f), TOTAL)),
        ),
        # filter_value
        Q(
            "ng-39",
            "filter_value",
            "병력이 4만 명을 넘은 달들의 평균 질병 사망자 수는?",
            lambda f: value(cut(_m(f), ARMY, low=40000)[DIS].mean()),
        ),
        Q(
            "ng-40",
            "filter_value",
            "What was the total of other-cause deaths in the months where disease killed more than 1,000?",
            lambda f: value(cut(_m(f), DIS, low=1000)[OTH].sum()),
        ),
        Q(
            "ng-41",
            "filter_value",
            "부상 사망이 100명 넘은 달들 평균 병력",
            lambda f: value(cut(_m(f), WND, low=100)[ARMY].mean()),
        ),
        Q(
            "ng-42",
            "filter_value",
            "질병 사망률이 100 미만인 달은 몇 개월이고, 그 달들 질병 사망자 합계는?",
            lambda f: values(len(cut(_m(f), DISR, high=100)), cut(_m(f), DISR, high=100)[DIS].sum()),
        ),
        # loose_value
        Q("ng-43", "loose_value", "1855년 2월에 병으로 죽은 사람 몇 명임?", lambda f: value(_at(f, "1855-02", DIS))),
        Q(
            "ng-44",
            "loose_value",
            "how many guys died in battle in november 1854",
            lambda f: value(_at(f, "1854-11", WND)),
        ),
        Q("ng-45", "loose_value", "How big was the army in June 1855?", lambda f: value(_at(f, "1855-06", ARMY))),
        # join
        Q("ng-46", "join", "기간 이름별 총 사망자 수", lambda f: rows(_by(_j(f), PNAME, TOTAL))),
        Q(
            "ng-47",
            "join",
            "Average monthly disease death rate by period name",
            lambda f: rows(_by(_j(f), PNAME, DISR, "mean")),
        ),
        Q(
            "ng-48",
            "join",
            "위생위원회 이전 기간의 질병 사망자 합계는?",
            lambda f: value(_j(f, **{PNAME: BEFORE})[DIS].sum()),
        ),
        Q(
            "ng-49",
            "join",
            "In the 'Before' period, what was the average army strength?",
            lambda f: value(_j(f, **{PEN: "Before"})[ARMY].mean()),
        ),
        Q(
            "ng-50",
            "join",
            "기간별 월평균 부상 사망자, 기간 이름으로 보여줘",
            lambda f: rows(_by(_j(f), PNAME, WND, "mean")),
        ),
        Q(
            "ng-51",
            "join",
            "위생위원회 이후 기간 중 부상 사망이 가장 많았던 달은?",
            lambda f: best(_s(_j(f, **{PNAME: AFTER}), WND)),
        ),
        Q(
            "ng-52",
            "join",
            "Which period had more deaths from other causes, and how many?",
            lambda f: best(_by(_j(f), PNAME, OTH)),
        ),
        Q(
            "ng-53",
            "join",
            "위생위원회 이전과 이후 질병 사망자 차이는? 이전에서 이후 빼서",
            lambda f: value(_j(f, **{PNAME: BEFORE})[DIS].sum() - _j(f, **{PNAME: AFTER})[DIS].sum()),
        ),
        # year_period: years, quarters, months
        Q("ng-54", "year_period", "1854년 총 사망자 수는?", lambda f: value(_year(f, 1854)[TOTAL].sum())),
        Q(
            "ng-55",
            "year_period",
            "1855년 3분기 질병 사망자는 모두 몇 명이야?",
            lambda f: value(_year(f, 1855, 3)[DIS].sum()),
        ),
        Q(
            "ng-56",
            "year_period",
            "What was the average army strength in the first quarter of 1856?",
            lambda f: value(_year(f, 1856, 1)[ARMY].mean()),
        ),
        Q("ng-57", "year_period", "1855년 1월 기타 사망률은?", lambda f: value(_at(f, "1855-01", OTHR))),
        Q(
            "ng-58",
            "year_period",
            "How many soldiers died of wounds in the fourth quarter of 1854?",
            lambda f: value(_year(f, 1854, 4)[WND].sum()),
        ),
        Q(
            "ng-59",
            "year_period",
            "1855년 1월 전체 사망률(질병, 부상, 기타 사망률 합)은 얼마야?",
            lambda f: value(sum(_at(f, "1855-01", c) for c in (DISR, WNDR, OTHR))),
        ),
        # date_range
        Q(
            "ng-60",
            "date_range",
            "1854년 10월부터 1855년 3월까지 질병 사망자 합계",
            lambda f: value(_span(f, "1854-10", "1855-03")[DIS].sum()),
        ),
        Q(
            "ng-61",
            "date_range",
            "Total deaths between July and December 1854, both months included",
            lambda f: value(_span(f, "1854-07", "1854-12")[TOTAL].sum()),
        ),
        Q(
            "ng-62",
            "date_range",
            "1855년 4월~9월 월평균 부상 사망자 수는?",
            lambda f: value(_span(f, "1855-04", "1855-09")[WND].mean()),
        ),
        Q(
            "ng-63",
            "date_range",
            "From September 1855 through March 1856, in how many months were there fewer than 50 deaths from wounds?",
            lambda f: value(len(cut(_span(f, "1855-09", "1856-03"), WND, high=50))),
        ),
        # relative_period
        Q(
            "ng-64",
            "relative_period",
            "마지막 3개월 동안 총 사망자는 몇 명?",
            lambda f: value(_last(f, 3)[TOTAL].sum()),
        ),
        Q(
            "ng-65",
            "relative_period",
            "전쟁 첫해(처음 12개월) 질병 사망자 합계는?",
            lambda f: value(_first(f, 12)[DIS].sum()),
        ),
        Q(
            "ng-66",
            "relative_period",
            "What was the average monthly army strength over the last 6 months of the data?",
            lambda f: value(_last(f, 6)[ARMY].mean()),
        ),
        Q("ng-67", "relative_period", "데이터 첫 달 병력은 몇 명이었어?", lambda f: value(_first(f, 1)[ARMY].iloc[0])),
        Q(
            "ng-68",
            "relative_period",
            "In the final month of the data, how many soldiers died in total?",
            lambda f: value(_last(f, 1)[TOTAL].iloc[0]),
        ),
        Q(
            "ng-69",
            "relative_period",
            "마지막 12개월 질병 사망률 월평균은?",
            lambda f: value(_last(f, 12)[DISR].mean()),
        ),
        Q(
            "ng-70",
            "relative_period",
            "처음 6개월과 마지막 6개월의 총 사망자 차이는? (처음 - 마지막)",
            lambda f: value(_first(f, 6)[TOTAL].sum() - _last(f, 6)[TOTAL].sum()),
        ),
        # trend
        Q(
            "ng-71",
            "trend",
            "1855년 월별 질병 사망률 추이를 시간 순서대로 보여줘",
            lambda f: rows(_s(_year(f, 1855), DISR), ordered=True),
        ),
        Q(
            "ng-72",
            "trend",
            "For the last 6 months of the data, the disease share of each month's deaths in %, in time order",
            lambda f: rows(
                pd.Series({ym: _dshare(g) for ym, g in _last(f, 6).groupby("ym")}), ordered=True
            ),
        ),
        Q(
            "ng-73",
            "trend",
            "1855년 1월부터 6월까지 총 사망자의 전월 대비 증감을 월별로",
            lambda f: rows(_change(_span(f, "1854-12", "1855-06"), TOTAL), ordered=True),
        ),
        Q(
            "ng-74",
            "trend",
            "전월보다 질병 사망자가 늘어난 달은 몇 개월이야?",
            lambda f: value(int((_change(_m(f), DIS) > 0).sum())),
        ),
        Q(
            "ng-75",
            "trend",
            "Cumulative disease deaths month by month through 1854, in order",
            lambda f: rows(_s(_year(f, 1854), DIS).cumsum(), ordered=True),
        ),
        # unanswerable
        Q("ng-76", "unanswerable", "1857년 1월 질병 사망자 수는?", lambda f: refuse()),
        Q("ng-77", "unanswerable", "How many of the dead were officers?", lambda f: refuse()),
        Q("ng-78", "unanswerable", "1856년 4월 질병 사망자 예측해줘", lambda f: refuse()),
        Q("ng-79", "unanswerable", "같은 기간 프랑스군 사망자는 몇 명이었어?", lambda f: refuse()),
        Q("ng-80", "unanswerable", "Which hospital had the most deaths?", lambda f: refuse()),
        Q("ng-81", "unanswerable", "왜 1855년 1월에 질병 사망이 그렇게 많았던 거야?", lambda f: refuse()),
        Q("ng-82", "unanswerable", "콜레라로 죽은 병사는 몇 명이야?", lambda f: refuse()),
        # conversations
        Conversation(
            "ng-c01",
            "followup",
            [
                ("1855년 1월 질병 사망자 몇 명이야?", lambda f: value(_at(f, "1855-01", DIS))),
                ("그럼 2월은?", lambda f: value(_at(f, "1855-02", DIS))),
                ("두 달 합치면?", lambda f: value(_at(f, "1855-01", DIS) + _at(f, "1855-02", DIS))),
            ],
        ),
        Conversation(
            "ng-c02",
            "followup",
            [
                ("Total deaths in 1854?", lambda f: value(_year(f, 1854)[TOTAL].sum())),
                ("and in 1855?", lambda f: value(_year(f, 1855)[TOTAL].sum())),
                (
                    "what share of all deaths in the data happened in 1855?",
                    lambda f: _share(_year(f, 1855)[TOTAL].sum(), _m(f)[TOTAL].sum()),
                ),
            ],
        ),
        Conversation(
            "ng-c03",
            "followup",
            [
                ("연도별 부상 사망자 합계 보여줘", lambda f: rows(_by(_m(f), "y", WND))),
                ("월평균으로 바꾸면?", lambda f: rows(_by(_m(f), "y", WND, "mean"))),
            ],
        ),
        Conversation(
            "ng-c04",
            "followup",
            [
                ("질병 사망자 많은 순으로 상위 5개월", lambda f: top(_s(_m(f), DIS), 5)),
                (
                    "그중 위생위원회 이후 기간에 속한 달은 몇 개야?",
                    lambda f: value(_after_among(f, _top_disease_months(f, 5))),
                ),
                (
                    "상위 10개월로 넓히면?",
                    lambda f: value(_after_among(f, _top_disease_months(f, 10))),
                ),
            ],
        ),
        Conversation(
            "ng-c05",
            "followup",
            [
                ("Which month had the highest disease death rate?", lambda f: best(_s(_m(f), DISR))),
                ("What was the army strength that month?", lambda f: value(_at(f, _peak_rate_month(f), ARMY))),
                ("and its other-cause rate?", lambda f: value(_at(f, _peak_rate_month(f), OTHR))),
            ],
        ),
        Conversation(
            "ng-c06",
            "followup",
            [
                ("1854년 4분기 총 사망자는?", lambda f: value(_year(f, 1854, 4)[TOTAL].sum())),
                ("1855년 1분기는?", lambda f: value(_year(f, 1855, 1)[TOTAL].sum())),
                (
                    "몇 % 늘어난 거야?",
                    lambda f: value(
                        (_year(f, 1855, 1)[TOTAL].sum() / _year(f, 1854, 4)[TOTAL].sum() - 1) * 100
                    ),
                ),
            ],
        ),
        Conversation(
            "ng-c07",
            "followup",
            [
                (
                    "위생위원회 이전 기간 사망자 중 질병 비율은?",
                    lambda f: percent(_dshare(_j(f, **{PNAME: BEFORE}))),
                ),
                ("이후는?", lambda f: percent(_dshare(_j(f, **{PNAME: AFTER})))),
                (
                    "몇 %p 차이야? 이전에서 이후 빼서",
                    lambda f: percent(_dshare(_j(f, **{PNAME: BEFORE})) - _dshare(_j(f, **{PNAME: AFTER}))),
                ),
            ],
        ),
        Conversation(
            "ng-c08",
            "followup",
            [
                (
                    "What was the average army strength over the last 3 months?",
                    lambda f: value(_last(f, 3)[ARMY].mean()),
                ),
                ("and how many died of disease in those months?", lambda f: value(_last(f, 3)[DIS].sum())),
            ],
        ),
        Conversation(
            "ng-c09",
            "followup",
            [
                ("1855년 월별 병력 추이 보여줘", lambda f: rows(_s(_year(f, 1855), ARMY), ordered=True)),
                ("병력이 가장 컸던 달은?", lambda f: best(_s(_year(f, 1855), ARMY))),
                ("그달 총 사망자는?", lambda f: value(_at(f, _peak_army_1855(f), TOTAL))),
            ],
        ),
        Conversation(
            "ng-c10",
            "followup",
            [
                (
                    "How many months had more than 100 deaths from other causes?",
                    lambda f: value(len(cut(_m(f), OTH, low=100))),
                ),
                (
                    "list those months with their other-cause deaths, in time order",
                    lambda f: rows(_s(cut(_m(f), OTH, low=100), OTH), ordered=True),
                ),
                ("which of them had the fewest?", lambda f: best(_s(cut(_m(f), OTH, low=100), OTH), largest=False)),
            ],
        ),
        Conversation(
            "ng-c11",
            "followup",
            [
                (
                    "전쟁 첫해(처음 12개월) 질병 사망률 월평균은?",
                    lambda f: value(_first(f, 12)[DISR].mean()),
                ),
                ("마지막 12개월은?", lambda f: value(_last(f, 12)[DISR].mean())),
                (
                    "첫해가 몇 배 높은 거야?",
                    lambda f: value(_first(f, 12)[DISR].mean() / _last(f, 12)[DISR].mean()),
                ),
            ],
        ),
        Conversation(
            "ng-c12",
            "followup",
            [
                ("1856년 1분기 질병 사망자 수", lambda f: value(_year(f, 1856, 1)[DIS].sum())),
                ("부상은?", lambda f: value(_year(f, 1856, 1)[WND].sum())),
                ("기타는?", lambda f: value(_year(f, 1856, 1)[OTH].sum())),
            ],
        ),
        Conversation(
            "ng-c13",
            "followup",
            [
                ("기간 이름별 월평균 병력", lambda f: rows(_by(_j(f), PNAME, ARMY, "mean"))),
                ("총 사망자 합계로는?", lambda f: rows(_by(_j(f), PNAME, TOTAL))),
                (
                    "사망자 중 질병 비율도 기간별로 %로 보여줘",
                    lambda f: rows(pd.Series({name: _dshare(g) for name, g in _j(f).groupby(PNAME)})),
                ),
            ],
        ),
        Conversation(
            "ng-c14",
            "followup",
            [
                ("1855년 6월 부상 사망자는 몇 명?", lambda f: value(_at(f, "1855-06", WND))),
                (
                    "전달보다 얼마나 늘었어?",
                    lambda f: value(_at(f, "1855-06", WND) - _at(f, "1855-05", WND)),
                ),
                (
                    "1855년에 부상 사망이 그보다 많았던 달은 언제야?",
                    lambda f: best(_s(_above(_year(f, 1855), WND, _at(f, "1855-06", WND)), WND)),
                ),
            ],
        ),
        Conversation(
            "ng-c15",
            "followup",
            [
                (
                    "Average wounds deaths per month in the Before period?",
                    lambda f: value(_j(f, **{PEN: "Before"})[WND].mean()),
                ),
                ("and After?", lambda f: value(_j(f, **{PEN: "After"})[WND].mean())),
                (
                    "difference, After minus Before?",
                    lambda f: value(_j(f, **{PEN: "After"})[WND].mean() - _j(f, **{PEN: "Before"})[WND].mean()),
                ),
            ],
        ),
        Conversation(
            "ng-c16",
            "followup",
            [
                ("1854년 12월 총 사망자 수는?", lambda f: value(_at(f, "1854-12", TOTAL))),
                ("1855년 12월은?", lambda f: value(_at(f, "1855-12", TOTAL))),
                (
                    "1년 사이에 몇 % 줄었어?",
                    lambda f: value((1 - _at(f, "1855-12", TOTAL) / _at(f, "1854-12", TOTAL)) * 100),
                ),
            ],
        ),
    ],
)
