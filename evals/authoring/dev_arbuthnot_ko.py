"""Dev set on Arbuthnot's London christenings 1629-1710 (HistData::Arbuthnot): a Korean yearly and a reign table.

`런던_세례` holds one row per year (82, 1629 to 1710, none missing): `연도`, `남아_세례` and `여아_세례`
(christenings of boys and of girls in London's Bills of Mortality), `전체_세례` (their sum, a count), `성비`
(`남아_세례` / `여아_세례`, boys per girl: 1.07 means 107 boys for 100 girls), `페스트_사망` (deaths from the
plague; 0 in every year from 1680 on) and `전체_사망` (all deaths). No column holds a missing value (the source
has none). `군주_치세` (6 rows) holds `치세_번호` (1-6, in order), `군주` (찰스 1세, 공화정, 찰스 2세, 제임스 2세,
윌리엄 3세와 메리 2세, 앤), `영문명` (Charles I, Commonwealth and Protectorate, Charles II, James II, William III and
Mary II, Anne), `체제` (`군주정` / `공화정`), `시작_연도` and `끝_연도`: a year belongs to the reign with `시작_연도`
<= `연도` <= `끝_연도` (1625-1648, 1649-1659, 1660-1684, 1685-1688, 1689-1701, 1702-1714; each calendar year
given to the ruler who held power for most of it). The yearly table has no ruler column, so every question
naming a ruler, a reign or a 체제 joins on the year range. Made by evals/authoring/dev_derived_arbuthnot_ko.py
(which states the conversions: `전체_세례` = the source's `Total` x 1,000, `성비` = its `Ratio` recomputed).
131 turns: 86 single questions and 16 conversations (45 turns); 76 of the 102 questions (by first turn) are in
Korean (97 of the 131 turns).

Readings:
- A "year" / "해" / "년" / "연도" is a row; "몇 해", "몇 년", "in how many years" count rows. "세례" /
  "christenings" / "baptisms" / "세례 건수" without a sex are `전체_세례`; "남아" / "남자아이" / "아들" / "사내아이"
  / "boys" are `남아_세례`, "여아" / "여자아이" / "딸" / "girls" `여아_세례`. "흑사병" / "역병" / "plague" are
  `페스트_사망`; "사망자" / "deaths" / "burials" / "mortality" without "페스트" are `전체_사망`. "Babies
  baptised" are christenings (the table holds no births).
- An average ("연평균", "평균", "per year", "average") is the plain mean of the yearly values over the years
  kept; a "합계" / "총" / "total" is their sum; a median is the median of the yearly values. The average 성비 is
  the mean of the yearly 성비.
- Shares are pooled: "남아 비율" / "share of boys" over years is the sum of `남아_세례` over the sum of
  `전체_세례` in the years kept (the same as the year's own share for one year); "페스트 사망 비율" / "share of
  deaths from plague" is the sum of `페스트_사망` over the sum of `전체_사망`. A share asked alone is a `percent`
  (51.5 or 0.515); the shares inside a trend or a breakdown are asked "in %" / "%로" and given on the 0-100
  scale.
- "Girls outnumbered boys" / "여아가 남아보다 많았던" is `여아_세례 > 남아_세례` (no year: the answer is 0);
  "more deaths than christenings" / "사망자가 세례보다 많았던" is `전체_사망 > 전체_세례`; "남아와 여아 차이" is
  `남아_세례 - 여아_세례` (boys minus girls). "Plague years" / "페스트 사망이 있었던 해" have `페스트_사망 >= 1`;
  "no plague deaths" / "페스트 사망이 없던" is 0.
- Periods: year ranges include both ends ("1650년부터 1660년까지" is 1650-1660, "between 1680 and 1689",
  "1630~1639년"). "1640년대" / "the 1640s" is 1640-1649; "the 1700s" appears only in a run of decades ("1630s
  through 1700s", "by decade, from the 1630s to the 1700s") and is the decade 1700-1709, never the century (no
  question says "1700년대"). "1660년 이후" / "after 1660" is not asked; "1660년부터" keeps 1660 and later.
  Decades are labelled by their first year (1620 holds 1629 only, 1710 holds 1710 only); a
  breakdown "연대별" / "10년 단위" / "per decade" has the 10 labels 1620-1710 unless the question keeps fewer.
- Relative periods are anchored to the data's own span, not to today: "마지막 해" / "the last year" is 1710, "마지막
  10년" / "the last 10 years of the data" / "최근 10년" 1701-1710, "최근 20년" 1691-1710, "처음 5년" / "the
  first 5 years" 1629-1633, "첫 10년" 1629-1638.
- Growth between two years ("증가율", "몇 % 늘었", "growth in %") is (later / earlier - 1) x 100 of the figure
  named; "얼마나 늘었" / "차이" is the later minus the earlier. "전년보다 줄어든 해" counts the years whose figure is
  below the year before's (1629 has no year before and is not counted).
- Reigns: a question naming a ruler (in Korean or English: "찰스 2세", "Charles II", "앤 여왕", "Queen Anne",
  "윌리엄과 메리", "the Commonwealth", "공화정 시기", "크롬웰 시대" = 공화정) keeps the years of that reign's range;
  "군주별" / "치세별" / "by reign" / "by monarch" groups the joined years by `군주` and labels them with `군주`;
  "체제별" groups by `체제`. "Who was on the throne in 1665" names the `군주` whose range holds the year. A trend
  "치세 순서대로" orders the reigns by `치세_번호`.
- Cuts: "넘는" / "넘은" / "over" / "above" / "topped" and "미만" / "fewer than" / "under" are strict and sit at
  values no year holds exactly (checked by `cut`), so strict and inclusive readings agree. `성비` cuts are in
  its own scale (1.1).
- Rankings and which-one questions are over years, decades or reigns, asked only without ties at the cut or at
  the top (checked by `top` and `best`); a which-one over years answers the year (with the value).
- Refused: years outside 1629-1710 (1720, 1711 onwards), forecasts, causes ("why"), and what the tables do not
  hold: London's population, parishes, months, deaths by sex or age, causes of death other than the plague,
  births (as distinct from christenings), religion, the Great Fire's damage.
- Follow-ups keep the previous turn's years, measure and filter unless they change one ("1666년은?" swaps the
  year; "여아로 바꾸면?" the measure; "그중" narrows to the previous turn's years; "그중 상위 3개는?" is the top 3
  of the breakdown just shown; "그해" / "that year" is the year just named; "그 군주" / "that reign" the reign just
  named; "둘 차이" is the first figure minus the second unless the turn says which).
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

T, R = "런던_세례", "군주_치세"
YEAR, BOYS, GIRLS, ALL, RATIO = "연도", "남아_세례", "여아_세례", "전체_세례", "성비"
PLAGUE, DEATHS = "페스트_사망", "전체_사망"
NO, RULER, ENGLISH, REGIME, START, END = "치세_번호", "군주", "영문명", "체제", "시작_연도", "끝_연도"
CHARLES1, COMMONWEALTH, CHARLES2, JAMES2, WM, ANNE = (
    "찰스 1세", "공화정", "찰스 2세", "제임스 2세", "윌리엄 3세와 메리 2세", "앤",
)
DECADE = "연대"


def _y(f):
    """The yearly table, indexed by nothing (a copy to add columns to)."""
    return f[T].copy()


def _span(f, first, last):
    """The years `first` to `last`, both included."""
    frame = _y(f)
    return frame[frame[YEAR].between(first, last)]


def _at(f, year, column):
    """The figure of one year."""
    found = _y(f).set_index(YEAR)[column]
    return found.loc[year]


def _series(frame, column):
    """A column indexed by the year."""
    return frame.set_index(YEAR)[column]


def _j(f):
    """Each year with its reign's columns (joined on `시작_연도` <= `연도` <= `끝_연도`)."""
    pairs = f[T].merge(f[R], how="cross")
    joined = pairs[(pairs[START] <= pairs[YEAR]) & (pairs[YEAR] <= pairs[END])]
    if len(joined) != len(f[T]) or joined[YEAR].duplicated().any():
        raise ValueError("a year in no reign or in two")
    return joined.reset_index(drop=True)


def _reign(f, ruler):
    joined = _j(f)
    return joined[joined[RULER] == ruler]


def _by_reign(f, column, how="mean"):
    return _j(f).groupby(RULER)[column].agg(how)


def _in_reign_order(f, column, how="mean"):
    """`how` of a column per reign, labelled by `군주`, in the order of `치세_번호`."""
    joined = _j(f)
    found = joined.groupby(NO)[column].agg(how)
    names = f[R].set_index(NO)[RULER]
    return pd.Series(found.values, index=[names[n] for n in found.index])


def _decades(frame):
    frame = frame.copy()
    frame[DECADE] = frame[YEAR] // 10 * 10
    return frame


def _by_decade(frame, column, how="sum"):
    return _decades(frame).groupby(DECADE)[column].agg(how)


def _pct(part, whole):
    return 100 * part / whole


def _boys_share(frame):
    return _pct(frame[BOYS].sum(), frame[ALL].sum())


def _plague_share(frame):
    return _pct(frame[PLAGUE].sum(), frame[DEATHS].sum())


def _boys_share_by_decade(frame):
    decades = _decades(frame)
    return pd.Series({d: _boys_share(g) for d, g in decades.groupby(DECADE)})


def _growth(f, column, earlier, later):
    return (_at(f, later, column) / _at(f, earlier, column) - 1) * 100


def _fell(frame, column):
    """The years whose figure is below the year before's."""
    ordered = frame.sort_values(YEAR)
    return ordered[ordered[column] < ordered[column].shift(1)]


def _gap(frame):
    return _series(frame, BOYS) - _series(frame, GIRLS)


def _most_plague_year(f):
    return best(_series(_y(f), PLAGUE))["label"]


def _reign_of(f, year):
    joined = _j(f)
    return joined.loc[joined[YEAR] == year, RULER].iloc[0]


def _labels(found):
    """A which-one or ranking without its value."""
    return {key: found[key] for key in ("order", "label") if key in found}


SET = BankSet(
    name="dev_arbuthnot_ko",
    split="dev",
    tables=[
        Table(T, file="dev/arbuthnot_ko_christenings.parquet"),
        Table(R, file="dev/arbuthnot_ko_reigns.parquet"),
    ],
    questions=[
        # count
        Q("ab-01", "count", "데이터에 몇 년치 기록이 들어 있어?", lambda f: value(len(_y(f)))),
        Q(
            "ab-02",
            "count",
            "여아 세례가 남아 세례보다 많았던 해는 몇 번이나 돼요?",
            lambda f: value(int((_y(f)[GIRLS] > _y(f)[BOYS]).sum())),
        ),
        Q(
            "ab-03",
            "count",
            "How many years recorded no plague deaths at all?",
            lambda f: value(int((_y(f)[PLAGUE] == 0).sum())),
        ),
        Q(
            "ab-04",
            "count",
            "사망자가 세례 건수보다 많았던 해 몇 해임",
            lambda f: value(int((_y(f)[DEATHS] > _y(f)[ALL]).sum())),
        ),
        Q(
            "ab-05",
            "count",
            "페스트 사망자가 1,000명 넘은 해는 몇 년이었나요?",
            lambda f: value(len(cut(_y(f), PLAGUE, low=1000))),
        ),
        Q(
            "ab-06",
            "count",
            "in how many years did total christenings go above 15,000",
            lambda f: value(len(cut(_y(f), ALL, low=15000))),
        ),
        # count_distinct
        Q(
            "ab-07",
            "count_distinct",
            "데이터 기간에 걸친 치세는 공화정까지 포함해서 모두 몇 개야?",
            lambda f: value(_j(f)[RULER].nunique()),
        ),
        Q(
            "ab-08",
            "count_distinct",
            "How many different decades does the data touch?",
            lambda f: value(_decades(_y(f))[DECADE].nunique()),
        ),
        Q(
            "ab-09",
            "count_distinct",
            "페스트 사망이 한 명이라도 나온 연대(10년 단위)는 몇 개야?",
            lambda f: value(_decades(_y(f)).query(f"{PLAGUE} >= 1")[DECADE].nunique()),
        ),
        # sum
        Q("ab-10", "sum", "전체 기간 남아 세례 총합은?", lambda f: value(_y(f)[BOYS].sum())),
        Q("ab-11", "sum", "Total plague deaths over the whole period?", lambda f: value(_y(f)[PLAGUE].sum())),
        Q("ab-12", "sum", "1640년대 여아 세례 합계 알려줘", lambda f: value(_span(f, 1640, 1649)[GIRLS].sum())),
        # average
        Q("ab-13", "average", "연평균 세례 건수는 얼마야?", lambda f: value(_y(f)[ALL].mean())),
        Q(
            "ab-14",
            "average",
            "average yearly deaths in the 1690s",
            lambda f: value(_span(f, 1690, 1699)[DEATHS].mean()),
        ),
        Q("ab-15", "average", "연간 여아 세례 건수의 중앙값을 알려 주십시오.", lambda f: value(_y(f)[GIRLS].median())),
        Q(
            "ab-16",
            "average",
            "페스트 사망이 있었던 해만 놓고 보면 평균 페스트 사망자 수는?",
            lambda f: value(_y(f).query(f"{PLAGUE} >= 1")[PLAGUE].mean()),
        ),
        # min_max
        Q("ab-17", "min_max", "한 해 사망자 수 최댓값은?", lambda f: value(_y(f)[DEATHS].max())),
        Q(
            "ab-18",
            "min_max",
            "What's the lowest number of christenings in any single year?",
            lambda f: value(_y(f)[ALL].min()),
        ),
        Q(
            "ab-19",
            "min_max",
            "남아 세례 최솟값이랑 최댓값",
            lambda f: values(_y(f)[BOYS].min(), _y(f)[BOYS].max()),
        ),
        Q("ab-20", "min_max", "성비가 제일 높았을 때 값이 얼마였지", lambda f: value(_y(f)[RATIO].max())),
        # multi_measure
        Q(
            "ab-21",
            "multi_measure",
            "1665년 남아 세례, 여아 세례, 페스트 사망자 수 한 번에 보여줘",
            lambda f: values(_at(f, 1665, BOYS), _at(f, 1665, GIRLS), _at(f, 1665, PLAGUE)),
        ),
        Q(
            "ab-22",
            "multi_measure",
            "For 1700, give me the boys, the girls and the total deaths.",
            lambda f: values(_at(f, 1700, BOYS), _at(f, 1700, GIRLS), _at(f, 1700, DEATHS)),
        ),
        Q(
            "ab-23",
            "multi_measure",
            "연간 전체 사망자 평균이랑 최댓값 같이 알려줘",
            lambda f: values(_y(f)[DEATHS].mean(), _y(f)[DEATHS].max()),
        ),
        Q(
            "ab-24",
            "multi_measure",
            "한 해 세례 건수의 최소, 평균, 최대를 각각 구해 주세요",
            lambda f: values(_y(f)[ALL].min(), _y(f)[ALL].mean(), _y(f)[ALL].max()),
        ),
        # breakdown
        Q(
            "ab-25",
            "breakdown",
            "10년 단위 연대별로 전체 세례 합계 보여줘 (1620년대는 1629년 하나뿐)",
            lambda f: rows(_by_decade(_y(f), ALL)),
        ),
        Q("ab-26", "breakdown", "연대별 페스트 사망자 총합", lambda f: rows(_by_decade(_y(f), PLAGUE))),
        Q(
            "ab-27",
            "breakdown",
            "average sex ratio per decade, 1630s through 1700s only",
            lambda f: rows(_by_decade(_span(f, 1630, 1709), RATIO, "mean")),
        ),
        Q(
            "ab-28",
            "breakdown",
            "1660년대 연도별 남아랑 여아 차이(남아 빼기 여아)",
            lambda f: rows(_gap(_span(f, 1660, 1669))),
        ),
        # ranking
        Q("ab-29", "ranking", "페스트 사망자 많았던 해 상위 5개", lambda f: top(_series(_y(f), PLAGUE), 5)),
        Q("ab-30", "ranking", "Top 3 years by total deaths", lambda f: top(_series(_y(f), DEATHS), 3)),
        Q(
            "ab-31",
            "ranking",
            "성비 낮은 순으로 3개 연도 뽑아줘",
            lambda f: top(_series(_y(f), RATIO), 3, largest=False),
        ),
        Q(
            "ab-32",
            "ranking",
            "연대별 세례 합계 많은 순 상위 3개 연대는?",
            lambda f: top(_by_decade(_y(f), ALL), 3),
        ),
        Q(
            "ab-33",
            "ranking",
            "rank the reigns by average christenings per year, highest first",
            lambda f: top(_by_reign(f, ALL), 6),
        ),
        # which_one
        Q("ab-34", "which_one", "페스트 사망자가 가장 많았던 해는?", lambda f: best(_series(_y(f), PLAGUE))),
        Q(
            "ab-35",
            "which_one",
            "Which year had the fewest christenings?",
            lambda f: best(_series(_y(f), ALL), largest=False),
        ),
        Q(
            "ab-36",
            "which_one",
            "남아 비율이 제일 높았던 해가 언제예요?",
            lambda f: _labels(best(_series(_y(f).assign(s=_y(f)[BOYS] / _y(f)[ALL]), "s"))),
        ),
        Q(
            "ab-37",
            "which_one",
            "1650년대에 사망자 가장 적었던 해는 언제야",
            lambda f: best(_series(_span(f, 1650, 1659), DEATHS), largest=False),
        ),
        Q(
            "ab-38",
            "which_one",
            "남아와 여아 세례 차이가 가장 크게 벌어진 해는?",
            lambda f: best(_gap(_y(f))),
        ),
        # share
        Q(
            "ab-39",
            "share",
            "전체 기간 세례 중에 남아 비율은 몇 %야?",
            lambda f: percent(_boys_share(_y(f))),
        ),
        Q(
            "ab-40",
            "share",
            "1665년 사망자 중 페스트로 죽은 사람 비중",
            lambda f: percent(_plague_share(_span(f, 1665, 1665))),
        ),
        Q(
            "ab-41",
            "share",
            "What share of all deaths across the data were from the plague?",
            lambda f: percent(_plague_share(_y(f))),
        ),
        Q(
            "ab-42",
            "share",
            "1630년대 전체 사망자 가운데 페스트 사망 비율을 구해줘",
            lambda f: percent(_plague_share(_span(f, 1630, 1639))),
        ),
        Q(
            "ab-43",
            "share",
            "여아 비율, 1700년부터 1709년까지 합쳐서 보면?",
            lambda f: percent(100 - _boys_share(_span(f, 1700, 1709))),
        ),
        # filter_value
        Q(
            "ab-44",
            "filter_value",
            "페스트 사망자가 없었던 해들의 평균 세례 건수",
            lambda f: value(_y(f).query(f"{PLAGUE} == 0")[ALL].mean()),
        ),
        Q(
            "ab-45",
            "filter_value",
            "years where deaths topped 20,000 - how many christenings did they average?",
            lambda f: value(cut(_y(f), DEATHS, low=20000)[ALL].mean()),
        ),
        Q(
            "ab-46",
            "filter_value",
            "1660년부터 성비가 1.1을 넘은 해는 몇 해였어?",
            lambda f: value(len(cut(_span(f, 1660, 1710), RATIO, low=1.1))),
        ),
        Q(
            "ab-47",
            "filter_value",
            "세례가 사망자보다 많았던 해 중에 가장 늦은 해는?",
            lambda f: value(_y(f)[_y(f)[ALL] > _y(f)[DEATHS]][YEAR].max()),
        ),
        Q(
            "ab-48",
            "filter_value",
            "Among years with fewer than 7,000 christenings, what was the average number of deaths?",
            lambda f: value(cut(_y(f), ALL, high=7000)[DEATHS].mean()),
        ),
        # loose_value
        Q(
            "ab-49",
            "loose_value",
            "How many babies were baptised in London in 1700?",
            lambda f: value(_at(f, 1700, ALL)),
        ),
        Q("ab-50", "loose_value", "1665년에 흑사병으로 죽은 사람 몇 명?", lambda f: value(_at(f, 1665, PLAGUE))),
        Q("ab-51", "loose_value", "1680년에 세례받은 사내아이 몇 명이었어", lambda f: value(_at(f, 1680, BOYS))),
        Q(
            "ab-52",
            "loose_value",
            "역병 사망자 평균, 1640~1649년 기준으로",
            lambda f: value(_span(f, 1640, 1649)[PLAGUE].mean()),
        ),
        # join: reigns by year range
        Q(
            "ab-53",
            "join",
            "찰스 2세 통치기 전체 사망자 합계는?",
            lambda f: value(_reign(f, CHARLES2)[DEATHS].sum()),
        ),
        Q(
            "ab-54",
            "join",
            "공화정 시기 연평균 세례 건수 얼마였어?",
            lambda f: value(_reign(f, COMMONWEALTH)[ALL].mean()),
        ),
        Q(
            "ab-55",
            "join",
            "Average plague deaths per year under James II?",
            lambda f: value(_reign(f, JAMES2)[PLAGUE].mean()),
        ),
        Q(
            "ab-56",
            "join",
            "앤 여왕 시대 세례 중 남아 비율",
            lambda f: percent(_boys_share(_reign(f, ANNE))),
        ),
        Q(
            "ab-57",
            "join",
            "군주별로 데이터에 몇 해씩 들어 있는지 세어줘",
            lambda f: rows(_by_reign(f, YEAR, "count")),
        ),
        Q(
            "ab-58",
            "join",
            "Which monarch's reign had the highest average yearly deaths?",
            lambda f: best(_by_reign(f, DEATHS)),
        ),
        Q("ab-59", "join", "1665년 당시 왕은 누구였어?", lambda f: value(_reign_of(f, 1665))),
        Q(
            "ab-60",
            "join",
            "체제별(군주정/공화정) 연평균 세례 건수 비교해줘",
            lambda f: rows(_j(f).groupby(REGIME)[ALL].mean()),
        ),
        Q(
            "ab-61",
            "join",
            "윌리엄과 메리 치세의 성비 평균은",
            lambda f: value(_reign(f, WM)[RATIO].mean()),
        ),
        # year_period
        Q("ab-62", "year_period", "1703년 성비 얼마야", lambda f: value(_at(f, 1703, RATIO))),
        Q(
            "ab-63",
            "year_period",
            "1710년 세례에서 여아가 차지하는 비율은?",
            lambda f: percent(_pct(_at(f, 1710, GIRLS), _at(f, 1710, ALL))),
        ),
        Q(
            "ab-64",
            "year_period",
            "1666년 대비 1667년 세례 건수 증가율은 몇 %?",
            lambda f: percent(_growth(f, ALL, 1666, 1667)),
        ),
        # date_range
        Q(
            "ab-65",
            "date_range",
            "1650년부터 1660년까지 총 세례 수",
            lambda f: value(_span(f, 1650, 1660)[ALL].sum()),
        ),
        Q(
            "ab-66",
            "date_range",
            "between 1680 and 1689, what was the average number of deaths per year?",
            lambda f: value(_span(f, 1680, 1689)[DEATHS].mean()),
        ),
        Q(
            "ab-67",
            "date_range",
            "1630~1639년 페스트 사망 총합이 얼마냐",
            lambda f: value(_span(f, 1630, 1639)[PLAGUE].sum()),
        ),
        # relative_period
        Q(
            "ab-68",
            "relative_period",
            "데이터 마지막 10년 동안 연평균 세례 건수는?",
            lambda f: value(_span(f, 1701, 1710)[ALL].mean()),
        ),
        Q(
            "ab-69",
            "relative_period",
            "처음 5년 동안 사망자 합계",
            lambda f: value(_span(f, 1629, 1633)[DEATHS].sum()),
        ),
        Q(
            "ab-70",
            "relative_period",
            "최근 20년 성비 평균 알려줘",
            lambda f: value(_span(f, 1691, 1710)[RATIO].mean()),
        ),
        # trend
        Q(
            "ab-71",
            "trend",
            "연대별 연평균 세례 건수 추이 (1620년대~1710년대 전부)",
            lambda f: rows(_by_decade(_y(f), ALL, "mean"), ordered=True),
        ),
        Q(
            "ab-72",
            "trend",
            "1660년에서 1670년까지 해마다 페스트 사망자 어떻게 변했는지 보여줘",
            lambda f: rows(_series(_span(f, 1660, 1670), PLAGUE), ordered=True),
        ),
        Q(
            "ab-73",
            "trend",
            "How did the share of boys (in %) change by decade, from the 1630s to the 1700s?",
            lambda f: rows(_boys_share_by_decade(_span(f, 1630, 1709)), ordered=True),
        ),
        Q(
            "ab-74",
            "trend",
            "치세 순서대로 연평균 세례 건수가 어떻게 달라졌나",
            lambda f: rows(_in_reign_order(f, ALL), ordered=True),
        ),
        # unanswerable
        Q("ab-75", "unanswerable", "1720년 세례 건수는?", lambda f: refuse()),
        Q("ab-76", "unanswerable", "1700년 런던 인구는 몇 명이었어?", lambda f: refuse()),
        Q("ab-77", "unanswerable", "Why were more boys than girls christened every year?", lambda f: refuse()),
        Q("ab-78", "unanswerable", "1711년부터 10년간 세례 건수 예측해줘", lambda f: refuse()),
        Q("ab-79", "unanswerable", "교구별 세례 건수 보여줘", lambda f: refuse()),
        Q("ab-80", "unanswerable", "1665년 사망자 중 남자는 몇 명이야?", lambda f: refuse()),
        Q("ab-81", "unanswerable", "What was the infant mortality rate in 1690?", lambda f: refuse()),
        Q("ab-82", "unanswerable", "천연두로 죽은 사람은 연도별로 몇 명이야?", lambda f: refuse()),
        Q("ab-83", "unanswerable", "How many of the baptisms were Catholic?", lambda f: refuse()),
        Q("ab-84", "unanswerable", "1666년 런던 대화재로 집이 몇 채 탔어?", lambda f: refuse()),
        Q("ab-85", "unanswerable", "1665년 월별 페스트 사망자 보여줘", lambda f: refuse()),
        Q("ab-86", "unanswerable", "1680년 이후 페스트가 사라진 이유가 뭐야?", lambda f: refuse()),
        # conversations
        Conversation(
            "ab-c01",
            "followup",
            [
                ("1665년 페스트 사망자 몇 명이야?", lambda f: value(_at(f, 1665, PLAGUE))),
                ("1666년은?", lambda f: value(_at(f, 1666, PLAGUE))),
                (
                    "둘 차이는? 1665년에서 1666년 빼서",
                    lambda f: value(_at(f, 1665, PLAGUE) - _at(f, 1666, PLAGUE)),
                ),
            ],
        ),
        Conversation(
            "ab-c02",
            "followup",
            [
                ("연대별 전체 사망자 합계 보여줘", lambda f: rows(_by_decade(_y(f), DEATHS))),
                ("그중 상위 3개는?", lambda f: top(_by_decade(_y(f), DEATHS), 3)),
            ],
        ),
        Conversation(
            "ab-c03",
            "followup",
            [
                (
                    "Which year had the most plague deaths?",
                    lambda f: best(_series(_y(f), PLAGUE)),
                ),
                (
                    "how many christenings were there that year?",
                    lambda f: value(_at(f, _most_plague_year(f), ALL)),
                ),
                ("and who was on the throne?", lambda f: value(_reign_of(f, _most_plague_year(f)))),
            ],
        ),
        Conversation(
            "ab-c04",
            "followup",
            [
                ("1640년대 연평균 남아 세례 건수는?", lambda f: value(_span(f, 1640, 1649)[BOYS].mean())),
                ("여아로 바꾸면?", lambda f: value(_span(f, 1640, 1649)[GIRLS].mean())),
                ("1690년대 여아는?", lambda f: value(_span(f, 1690, 1699)[GIRLS].mean())),
            ],
        ),
        Conversation(
            "ab-c05",
            "followup",
            [
                ("군주별 연평균 페스트 사망자 수", lambda f: rows(_by_reign(f, PLAGUE))),
                ("제일 많았던 건 누구 때야?", lambda f: best(_by_reign(f, PLAGUE))),
                (
                    "평균이 0명인 치세는 몇 개야?",
                    lambda f: value(int((_by_reign(f, PLAGUE) == 0).sum())),
                ),
            ],
        ),
        Conversation(
            "ab-c06",
            "followup",
            [
                (
                    "How many years had more deaths than christenings?",
                    lambda f: value(int((_y(f)[DEATHS] > _y(f)[ALL]).sum())),
                ),
                (
                    "how many of those were in Charles II's reign?",
                    lambda f: value(int((_reign(f, CHARLES2)[DEATHS] > _reign(f, CHARLES2)[ALL]).sum())),
                ),
                (
                    "what share of his reign's years is that?",
                    lambda f: percent(_pct((_reign(f, CHARLES2)[DEATHS] > _reign(f, CHARLES2)[ALL]).sum(),
                                           len(_reign(f, CHARLES2)))),
                ),
            ],
        ),
        Conversation(
            "ab-c07",
            "followup",
            [
                ("1700년 남아 세례 수", lambda f: value(_at(f, 1700, BOYS))),
                ("그해 여아는?", lambda f: value(_at(f, 1700, GIRLS))),
                ("그럼 그해 성비는?", lambda f: value(_at(f, 1700, RATIO))),
            ],
        ),
        Conversation(
            "ab-c08",
            "followup",
            [
                ("찰스 1세 치세 연평균 사망자 수는?", lambda f: value(_reign(f, CHARLES1)[DEATHS].mean())),
                ("공화정 시기는?", lambda f: value(_reign(f, COMMONWEALTH)[DEATHS].mean())),
                (
                    "둘 차이는 얼마야 (찰스 1세 빼기 공화정)",
                    lambda f: value(_reign(f, CHARLES1)[DEATHS].mean() - _reign(f, COMMONWEALTH)[DEATHS].mean()),
                ),
            ],
        ),
        Conversation(
            "ab-c09",
            "followup",
            [
                ("1629~1710 전체 세례 건수 합계", lambda f: value(_y(f)[ALL].sum())),
                ("1711년은?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "ab-c10",
            "followup",
            [
                (
                    "전년보다 세례 건수가 줄어든 해는 몇 번이야?",
                    lambda f: value(len(_fell(_y(f), ALL))),
                ),
                (
                    "그중 1660년부터만 세면?",
                    lambda f: value(len(_fell(_y(f), ALL).query(f"{YEAR} >= 1660"))),
                ),
            ],
        ),
        Conversation(
            "ab-c11",
            "followup",
            [
                (
                    "show total christenings for each year from 1701 to 1710",
                    lambda f: rows(_series(_span(f, 1701, 1710), ALL), ordered=True),
                ),
                ("which of those years was lowest?", lambda f: best(_series(_span(f, 1701, 1710), ALL), largest=False)),
                (
                    "and how many deaths were there in that year?",
                    lambda f: value(_at(f, best(_series(_span(f, 1701, 1710), ALL), largest=False)["label"], DEATHS)),
                ),
            ],
        ),
        Conversation(
            "ab-c12",
            "followup",
            [
                ("1650년부터 1659년까지 페스트 사망 합계", lambda f: value(_span(f, 1650, 1659)[PLAGUE].sum())),
                ("전체 사망자 대비 비율로 치면?", lambda f: percent(_plague_share(_span(f, 1650, 1659)))),
                ("1660년대로 바꾸면 비율 얼마야?", lambda f: percent(_plague_share(_span(f, 1660, 1669)))),
            ],
        ),
        Conversation(
            "ab-c13",
            "followup",
            [
                ("제임스 2세 때 세례 총 몇 건이었어?", lambda f: value(_reign(f, JAMES2)[ALL].sum())),
                ("그중 남아는?", lambda f: value(_reign(f, JAMES2)[BOYS].sum())),
                ("비율은?", lambda f: percent(_boys_share(_reign(f, JAMES2)))),
            ],
        ),
        Conversation(
            "ab-c14",
            "followup",
            [
                (
                    "1680년부터 1689년까지 연도별 전체 사망자",
                    lambda f: rows(_series(_span(f, 1680, 1689), DEATHS), ordered=True),
                ),
                ("그중 상위 3개 연도는?", lambda f: top(_series(_span(f, 1680, 1689), DEATHS), 3)),
                ("그 10년 평균은?", lambda f: value(_span(f, 1680, 1689)[DEATHS].mean())),
            ],
        ),
        Conversation(
            "ab-c15",
            "followup",
            [
                ("What was the sex ratio in 1661?", lambda f: value(_at(f, 1661, RATIO))),
                ("and the average ratio over the whole data?", lambda f: value(_y(f)[RATIO].mean())),
                (
                    "how many years had a ratio above 1.1?",
                    lambda f: value(len(cut(_y(f), RATIO, low=1.1))),
                ),
            ],
        ),
        Conversation(
            "ab-c16",
            "followup",
            [
                ("1660년 세례 건수 알려줘", lambda f: value(_at(f, 1660, ALL))),
                ("1710년까지 몇 % 늘었어?", lambda f: percent(_growth(f, ALL, 1660, 1710))),
                ("건수로는 얼마나 늘었고?", lambda f: value(_at(f, 1710, ALL) - _at(f, 1660, ALL))),
            ],
        ),
    ],
)
