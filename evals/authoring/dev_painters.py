"""Dev set on de Piles' painters (MASS::painters) and the 1973 US state arrest rates (datasets::USArrests).

Two independent pieces, four tables. `painters` holds one row per painter (54): `painter` (the name, as MASS
spells it: 'Raphael', 'Titian', 'Fr. Penni', 'The Carraci', ...), `school_code` (A to H) and the four scores de
Piles gave, whole numbers on a 0 to 20 scale: `composition`, `drawing`, `colour`, `expression`. It refers to
`schools` (8: `school_code`, `school_name`) by `school_code`: A 'Renaissance', B 'Mannerist', C 'Seicento', D
'Venetian', E 'Lombard', F 'Sixteenth Century', G 'Seventeenth Century', H 'French'. `state_arrests` holds one
row per US state (50) in 1973: `state` (the name), `murder`, `assault`, `rape` (arrests per 100,000 residents)
and `urban_pop` (percent of the population living in urban areas). `state_regions` (50: `state`, `state_abb`,
`division`, `region`) gives each state's USPS code, its US Census division ('New England', 'South Atlantic',
...) and its region as R's state.region names it ('Northeast', 'South', 'North Central', 'West'); it joins
`state_arrests` on `state`. Made by evals/authoring/dev_derived_painters.py (which states the conversions: none
but renames, the school names and the region table). 127 turns: 83 single questions and 16 conversations (44
turns); 49 of the 99 questions (by first turn) are in Korean (69 of the 127 turns, 54%).

Readings:
- A "painter" / "artist" / "화가" is a row of `painters`; "how many painters" counts rows. A "state" / "주" is a
  row of `state_arrests` (or of `state_regions` for a question about regions or divisions only).
- Scores: "composition" / "구도" / "구성", "drawing" / "데생" / "드로잉", "colour" / "color" / "색채",
  "expression" / "표현" are the four score columns. "Total score" / "overall" / "총점" / "점수 다 합치면" is
  the sum of the four scores of a painter (said so in the question, or a follow-up of one that said so); an
  average total is the mean of the painters' totals.
- Schools: a question naming a school by its letter (G, "H 화파", "by school code" / "화파 코드별") filters or
  labels with `school_code`; one naming it in words ('Venetian', "the French school", "베네치아파", "프랑스파")
  filters on that school and, where it asks "by school name" / "화파 이름별", labels the rows with
  `school_name` (a join with `schools`). Korean names: 르네상스 A, 매너리즘 B, 세이첸토 C, 베네치아 D,
  롬바르디아 E, 16세기 F, 17세기 G, 프랑스 H. A which-one over schools answers with the code when the
  question says code, else with the name.
- Arrests: "murder" / "살인", "assault" / "폭행", "rape" / "강간" are the arrest rates per 100,000 as held;
  "urban population" / "urbanisation" / "도시 인구 비율" / "도시화율" is `urban_pop` in percent ("70%" is 70).
  A state's figure is its row; an average over states is the plain mean of their rates (not weighted by
  population, which the tables do not hold).
- Regions: "region" / "지역" is `region` with R's names; "Midwest" / "중서부" / "중북부" is 'North Central',
  "북동부" 'Northeast', "남부" 'South', "서부" 'West'. "Division" / "지구" is `division` ('New England' /
  "뉴잉글랜드", ...). A question about a region's or division's arrests joins `state_arrests` and
  `state_regions` on `state`.
- An average is the plain mean over the rows kept, a median the median of those rows. A share is of painters or
  of states (rows). "The gap" / "차이" is the first named minus the second, as the question orders them.
- Cuts: "over" / "above" / "more than" / "넘는" / "초과" are strict and are used only at values no row holds
  (murder 12 and 8, assault 250, 200 and 150, urban_pop 55; checked by `cut`); "at least" / "이상" /
  "or more" include the value, "이하" / "at most" too. Ranges ("from 50 to 70", "60~80") include both ends.
- Bands (trend): urban_pop 30-49, 50-69, 70-91 (pa-73); painters' totals 20-34, 35-44, 45-54, 55-65 (pa-74);
  composition 0-9, 10-14, 15-20 (pa-75); named so in the question, labelled so in the expected rows, smallest
  first (`ordered`).
- Rankings and which-one questions are asked only without ties at the cut or at the top (`top` and `best`):
  the painters' scores tie often (two painters share the top total, 65: Raphael and Rubens; two the top
  composition and two the top colour), so painters are ranked only where they do not.
- Time: USArrests is 1973 and only 1973: a question naming 1973 is over the whole table (year_period); urban
  ranges play the part of ranges (date_range). The painters have no dates (de Piles' assessment is one list).
  Other years, changes between years and forecasts are refused.
- Refused: other years, forecasts, causes ("why"), and what the tables do not hold: painters' birth or death
  years, paintings, prices, nationalities beyond the school; states' population counts, other crimes
  (robbery, burglary), police numbers, cities.
- Follow-ups keep the previous turn's filter, group and measure unless they change one ("그럼 French(H)는?"
  swaps the school; "남부만 보면?" adds a filter; "그중 상위 3개는?" is the top of the breakdown just shown; "he"
  / "그 화가" / "그 주" is the painter or state the previous answer named; a bare "비율로는?" after "그중 X는?"
  is X's share of the group the turn before counted).
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

P, SC, A, R = "painters", "schools", "state_arrests", "state_regions"
NAME, CODE, SNAME = "painter", "school_code", "school_name"
COMP, DRAW, COL, EXPR = "composition", "drawing", "colour", "expression"
SCORES = [COMP, DRAW, COL, EXPR]
TOTAL = "total"
STATE, MURDER, ASSAULT, RAPE, URBAN = "state", "murder", "assault", "rape", "urban_pop"
REGION, DIVISION = "region", "division"
URBAN_BANDS = [("30-49", 30, 49), ("50-69", 50, 69), ("70-91", 70, 91)]
TOTAL_BANDS = [("20-34", 20, 34), ("35-44", 35, 44), ("45-54", 45, 54), ("55-65", 55, 65)]
COMP_BANDS = [("0-9", 0, 9), ("10-14", 10, 14), ("15-20", 15, 20)]


def _p(f, **equal):
    """The painters, with `total` (the sum of the four scores), with these column values."""
    frame = f[P].assign(total=f[P][SCORES].sum(axis=1))
    return where(frame, **equal)


def _pj(f, **equal):
    """The painters (with `total`) joined to their school's name, with these column values."""
    joined = _p(f).merge(f[SC], on=CODE, how="left", validate="many_to_one")
    if len(joined) != len(f[P]) or joined[SNAME].isna().any():
        raise ValueError("a painter without a school")
    return where(joined, **equal)


def _a(f, **equal):
    """The states' arrest rates, with these column values."""
    return where(f[A], **equal)


def _aj(f, **equal):
    """The states' arrest rates joined to their division and region, with these column values."""
    joined = f[A].merge(f[R], on=STATE, how="left", validate="one_to_one")
    if len(joined) != len(f[A]) or joined[[REGION, DIVISION]].isna().any().any():
        raise ValueError("a state without a region")
    return where(joined, **equal)


def _painter(f, name):
    """One painter's row (with `total`)."""
    found = _pj(f, painter=name)
    if len(found) != 1:
        raise ValueError(f"not one painter named {name!r}")
    return found.iloc[0]


def _state(f, name):
    """One state's row (with its region)."""
    found = _aj(f, state=name)
    if len(found) != 1:
        raise ValueError(f"not one state named {name!r}")
    return found.iloc[0]


def _by(frame, column, measure, how="mean"):
    return frame.groupby(column)[measure].agg(how)


def _count_by(frame, column):
    return frame.groupby(column).size()


def _of(frame, label, measure):
    """`measure` labelled by `label` (painters by name, states by name)."""
    return frame.set_index(label)[measure]


def _share(part, whole):
    return percent(100 * part / whole)


def _at_least(frame, column, n):
    return frame[frame[column] >= n]


def _over(frame, column, low):
    return cut(frame, column, low=low)


def _under(frame, column, high):
    return cut(frame, column, high=high)


def _between(frame, column, low, high):
    """Both ends included."""
    return frame[frame[column].between(low, high)]


def _banded(frame, bands, column, how):
    """`how(rows of the band)` for each band of `column`, as a Series in the bands' order."""
    found = pd.Series({label: how(frame[frame[column].between(low, high)]) for label, low, high in bands})
    if sum(len(frame[frame[column].between(low, high)]) for _, low, high in bands) != len(frame):
        raise ValueError(f"the bands of {column} do not cover every row")
    return found


def _zero_anywhere(frame):
    return frame[(frame[SCORES] == 0).any(axis=1)]


def _best_school_by_total(f):
    return best(_by(_p(f), CODE, TOTAL))["label"]


def _most_colourful_school(f):
    return best(_by(_p(f), CODE, COL))["label"]


def _most_urban(f, n):
    """The `n` states with the highest urban population (refusing a tie at the cut)."""
    return _a(f)[_a(f)[STATE].isin(top(_of(_a(f), STATE, URBAN), n)["order"])]


def _top_rape_state(f):
    return _state(f, best(_of(_a(f), STATE, RAPE))["label"])


def _top_expression_painter(f):
    return _painter(f, best(_of(_p(f), NAME, EXPR))["label"])


def _zero_composition_painter(f):
    return _painter(f, best(_of(_p(f), NAME, COMP), largest=False)["label"])


SET = BankSet(
    name="dev_painters",
    split="dev",
    tables=[
        Table(P, file="dev/painters_painters.parquet"),
        Table(SC, file="dev/painters_schools.parquet"),
        Table(A, file="dev/painters_state_arrests.parquet"),
        Table(R, file="dev/painters_state_regions.parquet"),
    ],
    questions=[
        # count
        Q("pa-01", "count", "How many painters are in the data?", lambda f: value(len(_p(f)))),
        Q(
            "pa-02",
            "count",
            "베네치아파(Venetian) 화가는 몇 명이야?",
            lambda f: value(len(_pj(f, school_name="Venetian"))),
        ),
        Q(
            "pa-03",
            "count",
            "How many painters got a score of 0 for expression?",
            lambda f: value(len(_p(f, expression=0))),
        ),
        Q(
            "pa-04",
            "count",
            "드로잉 점수가 15점 이상인 화가는 몇 명인가요?",
            lambda f: value(len(_at_least(_p(f), DRAW, 15))),
        ),
        Q(
            "pa-05",
            "count",
            "How many states had more than 12 murder arrests per 100,000 in the data?",
            lambda f: value(len(_over(_a(f), MURDER, 12))),
        ),
        # count_distinct
        Q(
            "pa-06",
            "count_distinct",
            "How many different schools do the painters belong to?",
            lambda f: value(_p(f)[CODE].nunique()),
        ),
        Q(
            "pa-07",
            "count_distinct",
            "expression 점수는 서로 다른 값이 몇 가지 나와?",
            lambda f: value(_p(f)[EXPR].nunique()),
        ),
        Q(
            "pa-08",
            "count_distinct",
            "How many census divisions are the states split into?",
            lambda f: value(f[R][DIVISION].nunique()),
        ),
        Q(
            "pa-09",
            "count_distinct",
            "남부(South) 주들은 몇 개의 division에 걸쳐 있어?",
            lambda f: value(where(f[R], region="South")[DIVISION].nunique()),
        ),
        # sum
        Q(
            "pa-10",
            "sum",
            "What do all the painters' colour scores add up to?",
            lambda f: value(_p(f)[COL].sum()),
        ),
        Q(
            "pa-11",
            "sum",
            "Rubens의 총점은? (구도, 드로잉, 색채, 표현 네 점수 합)",
            lambda f: value(_painter(f, "Rubens")[TOTAL]),
        ),
        Q(
            "pa-12",
            "sum",
            "Add up Titian's composition, drawing, colour and expression scores: what's his total?",
            lambda f: value(_painter(f, "Titian")[TOTAL]),
        ),
        Q(
            "pa-13",
            "sum",
            "프랑스파(H) 화가들 expression 점수 합계 알려줘",
            lambda f: value(_p(f, school_code="H")[EXPR].sum()),
        ),
        # average
        Q(
            "pa-14",
            "average",
            "What's the average drawing score across all painters?",
            lambda f: value(_p(f)[DRAW].mean()),
        ),
        Q("pa-15", "average", "전체 주의 평균 살인(murder) 검거율은?", lambda f: value(_a(f)[MURDER].mean())),
        Q("pa-16", "average", "median urban population % of the states", lambda f: value(_a(f)[URBAN].median())),
        Q(
            "pa-17",
            "average",
            "화가들 총점(네 항목 점수를 더한 값)의 평균은 얼마야?",
            lambda f: value(_p(f)[TOTAL].mean()),
        ),
        # min_max
        Q(
            "pa-18",
            "min_max",
            "What's the lowest composition score any painter received?",
            lambda f: value(_p(f)[COMP].min()),
        ),
        Q("pa-19", "min_max", "assault 검거율 최댓값은 얼마야?", lambda f: value(_a(f)[ASSAULT].max())),
        Q(
            "pa-20",
            "min_max",
            "Highest expression score within school E?",
            lambda f: value(_p(f, school_code="E")[EXPR].max()),
        ),
        Q(
            "pa-21",
            "min_max",
            "서부(West) 지역 주들 중에서 rape 검거율 최솟값은?",
            lambda f: value(_aj(f, region="West")[RAPE].min()),
        ),
        # multi_measure
        Q(
            "pa-22",
            "multi_measure",
            "For school G, how many painters are there and what is their average composition score?",
            lambda f: values(len(_p(f, school_code="G")), _p(f, school_code="G")[COMP].mean()),
        ),
        Q(
            "pa-23",
            "multi_measure",
            "살인 검거율 평균이랑 중앙값, 최댓값 한 번에 보여줘",
            lambda f: values(_a(f)[MURDER].mean(), _a(f)[MURDER].median(), _a(f)[MURDER].max()),
        ),
        Q(
            "pa-24",
            "multi_measure",
            "Mean and median of the painters' total score (the four scores summed)",
            lambda f: values(_p(f)[TOTAL].mean(), _p(f)[TOTAL].median()),
        ),
        Q(
            "pa-25",
            "multi_measure",
            "남부 지역 주가 몇 개인지, 그리고 그 주들의 평균 assault 검거율",
            lambda f: values(len(_aj(f, region="South")), _aj(f, region="South")[ASSAULT].mean()),
        ),
        # ranking
        Q(
            "pa-26",
            "ranking",
            "Rank the school codes by average total score (composition + drawing + colour + expression), best first.",
            lambda f: top(_by(_p(f), CODE, TOTAL), 8),
        ),
        Q("pa-27", "ranking", "assault 기준 상위 5개 주", lambda f: top(_of(_a(f), STATE, ASSAULT), 5)),
        Q(
            "pa-28",
            "ranking",
            "Order the regions by average murder arrest rate, highest first",
            lambda f: top(_by(_aj(f), REGION, MURDER), 4),
        ),
        Q(
            "pa-29",
            "ranking",
            "도시화율(urban_pop) 제일 높은 주 5개 뽑아줘",
            lambda f: top(_of(_a(f), STATE, URBAN), 5),
        ),
        Q(
            "pa-30",
            "ranking",
            "평균 colour 점수가 가장 낮은 화파 코드 3개",
            lambda f: top(_by(_p(f), CODE, COL), 3, largest=False),
        ),
        # which_one
        Q("pa-31", "which_one", "Who has the highest drawing score?", lambda f: best(_of(_p(f), NAME, DRAW))),
        Q(
            "pa-32",
            "which_one",
            "네 점수를 다 더한 총점이 제일 낮은 화가는 누구야?",
            lambda f: best(_of(_p(f), NAME, TOTAL), largest=False),
        ),
        Q("pa-33", "which_one", "살인 검거율이 가장 높은 주는 어디야?", lambda f: best(_of(_a(f), STATE, MURDER))),
        Q(
            "pa-34",
            "which_one",
            "Which state is the least urban?",
            lambda f: best(_of(_a(f), STATE, URBAN), largest=False),
        ),
        Q(
            "pa-35",
            "which_one",
            "평균 색채(colour) 점수가 제일 높은 화파는? 화파 이름으로 알려줘",
            lambda f: best(_by(_pj(f), SNAME, COL)),
        ),
        Q(
            "pa-36",
            "which_one",
            "Among the school A painters, who has the best composition score?",
            lambda f: best(_of(_p(f, school_code="A"), NAME, COMP)),
        ),
        # share
        Q(
            "pa-37",
            "share",
            "What percentage of states have a murder arrest rate above 8 per 100,000?",
            lambda f: _share(len(_over(_a(f), MURDER, 8)), len(_a(f))),
        ),
        Q(
            "pa-38",
            "share",
            "화가 중에 expression 0점 받은 사람 비율은?",
            lambda f: _share(len(_p(f, expression=0)), len(_p(f))),
        ),
        Q(
            "pa-39",
            "share",
            "What share of the 50 states are in the South region?",
            lambda f: _share(len(where(f[R], region="South")), len(f[R])),
        ),
        Q(
            "pa-40",
            "share",
            "assault가 200 넘는 주는 전체의 몇 %야?",
            lambda f: _share(len(_over(_a(f), ASSAULT, 200)), len(_a(f))),
        ),
        Q(
            "pa-41",
            "share",
            "Among Western states, what percent have an urban population over 55%?",
            lambda f: _share(len(_over(_aj(f, region="West"), URBAN, 55)), len(_aj(f, region="West"))),
        ),
        # breakdown
        Q("pa-42", "breakdown", "Number of painters per school code", lambda f: rows(_count_by(_p(f), CODE))),
        Q("pa-43", "breakdown", "화파 코드별 평균 드로잉 점수 보여줘", lambda f: rows(_by(_p(f), CODE, DRAW))),
        Q(
            "pa-44",
            "breakdown",
            "How many states are in each region?",
            lambda f: rows(_count_by(f[R], REGION)),
        ),
        Q("pa-45", "breakdown", "division별로 주가 몇 개씩 있어?", lambda f: rows(_count_by(f[R], DIVISION))),
        Q(
            "pa-46",
            "breakdown",
            "화파 코드별 총점 평균 (총점 = 구도+드로잉+색채+표현)",
            lambda f: rows(_by(_p(f), CODE, TOTAL)),
        ),
        # filter_value
        Q(
            "pa-47",
            "filter_value",
            "Average colour score among painters whose drawing is at least 15?",
            lambda f: value(_at_least(_p(f), DRAW, 15)[COL].mean()),
        ),
        Q(
            "pa-48",
            "filter_value",
            "도시 인구 비율이 55% 미만인 주들의 평균 assault 검거율",
            lambda f: value(_under(_a(f), URBAN, 55)[ASSAULT].mean()),
        ),
        Q(
            "pa-49",
            "filter_value",
            "How many painters have a zero in at least one of their four scores?",
            lambda f: value(len(_zero_anywhere(_p(f)))),
        ),
        Q(
            "pa-50",
            "filter_value",
            "expression 0점인 화가들 이름이랑 화파 코드 알려줘",
            lambda f: rows(_of(_p(f, expression=0), NAME, CODE)),
        ),
        Q(
            "pa-51",
            "filter_value",
            "What's the average murder rate of the states with assault over 250?",
            lambda f: value(_over(_a(f), ASSAULT, 250)[MURDER].mean()),
        ),
        Q(
            "pa-52",
            "filter_value",
            "Which painters share the highest colour score, and what is it?",
            lambda f: rows(_of(_p(f, colour=_p(f)[COL].max()), NAME, COL)),
        ),
        # loose_value
        Q(
            "pa-53",
            "loose_value",
            "how many venetian painters r there",
            lambda f: value(len(_pj(f, school_name="Venetian"))),
        ),
        Q(
            "pa-54",
            "loose_value",
            "Raphael 점수 네 개 다 합치면 몇 점?",
            lambda f: value(_painter(f, "Raphael")[TOTAL]),
        ),
        Q("pa-55", "loose_value", "whats georgias murder number", lambda f: value(_state(f, "Georgia")[MURDER])),
        Q("pa-56", "loose_value", "캘리포니아 도시 인구 비율 몇 %?", lambda f: value(_state(f, "California")[URBAN])),
        # join
        Q(
            "pa-57",
            "join",
            "Average total score by school name (a painter's total is the sum of the four scores)",
            lambda f: rows(_by(_pj(f), SNAME, TOTAL)),
        ),
        Q("pa-58", "join", "화파 이름별 화가 수 세어줘", lambda f: rows(_count_by(_pj(f), SNAME))),
        Q(
            "pa-59",
            "join",
            "Mannerist 화가들 평균 composition 점수는?",
            lambda f: value(_pj(f, school_name="Mannerist")[COMP].mean()),
        ),
        Q(
            "pa-60",
            "join",
            "Which school name has the highest average expression?",
            lambda f: best(_by(_pj(f), SNAME, EXPR)),
        ),
        Q("pa-61", "join", "Average assault arrest rate by region", lambda f: rows(_by(_aj(f), REGION, ASSAULT))),
        Q("pa-62", "join", "지역(region)별 평균 도시 인구 비율", lambda f: rows(_by(_aj(f), REGION, URBAN))),
        Q(
            "pa-63",
            "join",
            "뉴잉글랜드(New England) division 주들의 평균 살인 검거율은?",
            lambda f: value(_aj(f, division="New England")[MURDER].mean()),
        ),
        Q(
            "pa-64",
            "join",
            "남부 주 중 살인 검거율이 가장 낮은 주는?",
            lambda f: best(_of(_aj(f, region="South"), STATE, MURDER), largest=False),
        ),
        Q(
            "pa-65",
            "join",
            "Which division has the highest average assault rate?",
            lambda f: best(_by(_aj(f), DIVISION, ASSAULT)),
        ),
        Q(
            "pa-66",
            "join",
            "In the Midwest (North Central) states, how many have a murder rate over 8?",
            lambda f: value(len(_over(_aj(f, region="North Central"), MURDER, 8))),
        ),
        # year_period: USArrests is 1973
        Q(
            "pa-67",
            "year_period",
            "In 1973, which state had the lowest assault arrest rate?",
            lambda f: best(_of(_a(f), STATE, ASSAULT), largest=False),
        ),
        Q("pa-68", "year_period", "1973년 기준 전체 주 평균 rape 검거율은?", lambda f: value(_a(f)[RAPE].mean())),
        Q(
            "pa-69",
            "year_period",
            "What was the average murder arrest rate of the Northeast states in 1973?",
            lambda f: value(_aj(f, region="Northeast")[MURDER].mean()),
        ),
        # date_range: ranges of urban population
        Q(
            "pa-70",
            "date_range",
            "How many states have an urban population from 50% to 70% (both included)?",
            lambda f: value(len(_between(_a(f), URBAN, 50, 70))),
        ),
        Q(
            "pa-71",
            "date_range",
            "도시 인구 비율 60~80%인 주들의 평균 murder (양 끝 포함)",
            lambda f: value(_between(_a(f), URBAN, 60, 80)[MURDER].mean()),
        ),
        Q(
            "pa-72",
            "date_range",
            "남부 주 중 도시화율이 50% 이상 65% 이하인 곳의 평균 assault는?",
            lambda f: value(_between(_aj(f, region="South"), URBAN, 50, 65)[ASSAULT].mean()),
        ),
        # trend: along urban, total and composition bands
        Q(
            "pa-73",
            "trend",
            "How does the average murder rate change with urbanisation? Use urban population bands 30-49, 50-69 "
            "and 70-91 (%), least urban first.",
            lambda f: rows(_banded(_a(f), URBAN_BANDS, URBAN, lambda b: b[MURDER].mean()), ordered=True),
        ),
        Q(
            "pa-74",
            "trend",
            "총점(네 점수 합) 구간 20-34, 35-44, 45-54, 55-65별 화가 수를 낮은 구간부터",
            lambda f: rows(_banded(_p(f), TOTAL_BANDS, TOTAL, len), ordered=True),
        ),
        Q(
            "pa-75",
            "trend",
            "average expression score across composition bands 0-9, 10-14 and 15-20, lowest band first",
            lambda f: rows(_banded(_p(f), COMP_BANDS, COMP, lambda b: b[EXPR].mean()), ordered=True),
        ),
        # unanswerable
        Q("pa-76", "unanswerable", "What year was Rubens born?", lambda f: refuse()),
        Q("pa-77", "unanswerable", "화가들 작품 평균 가격은 얼마야?", lambda f: refuse()),
        Q("pa-78", "unanswerable", "Why did de Piles rate the Venetians so high on colour?", lambda f: refuse()),
        Q("pa-79", "unanswerable", "2020년 주별 살인 검거율 알려줘", lambda f: refuse()),
        Q("pa-80", "unanswerable", "What is the population of Texas?", lambda f: refuse()),
        Q("pa-81", "unanswerable", "내년 조지아 살인 검거율 예측해줘", lambda f: refuse()),
        Q("pa-82", "unanswerable", "주별 강도(robbery) 검거율 평균은?", lambda f: refuse()),
        Q("pa-83", "unanswerable", "1973년부터 1980년까지 살인 검거율이 얼마나 변했어?", lambda f: refuse()),
        # conversations
        Conversation(
            "pa-c01",
            "followup",
            [
                (
                    "Top 3 painters of school G by total score (composition + drawing + colour + expression)",
                    lambda f: top(_of(_p(f, school_code="G"), NAME, TOTAL), 3),
                ),
                ("그럼 French(H)는?", lambda f: top(_of(_p(f, school_code="H"), NAME, TOTAL), 3)),
                ("and school C?", lambda f: top(_of(_p(f, school_code="C"), NAME, TOTAL), 3)),
            ],
        ),
        Conversation(
            "pa-c02",
            "followup",
            [
                ("화파 코드별 화가 수 알려줘", lambda f: rows(_count_by(_p(f), CODE))),
                (
                    "그중 총점(네 점수 합) 평균이 제일 높은 화파 코드는?",
                    lambda f: best(_by(_p(f), CODE, TOTAL)),
                ),
                (
                    "그 화파에서 총점 1위 화가는 누구야?",
                    lambda f: best(_of(_p(f, school_code=_best_school_by_total(f)), NAME, TOTAL)),
                ),
            ],
        ),
        Conversation(
            "pa-c03",
            "followup",
            [
                ("Average murder rate by region", lambda f: rows(_by(_aj(f), REGION, MURDER))),
                ("assault로 바꾸면?", lambda f: rows(_by(_aj(f), REGION, ASSAULT))),
                ("그중 제일 높은 지역은?", lambda f: best(_by(_aj(f), REGION, ASSAULT))),
            ],
        ),
        Conversation(
            "pa-c04",
            "followup",
            [
                (
                    "살인 검거율이 12를 넘는 주는 몇 개야?",
                    lambda f: value(len(_over(_a(f), MURDER, 12))),
                ),
                ("그중 남부 주는?", lambda f: value(len(_over(_aj(f, region="South"), MURDER, 12)))),
                (
                    "비율로는?",
                    lambda f: _share(len(_over(_aj(f, region="South"), MURDER, 12)), len(_over(_a(f), MURDER, 12))),
                ),
            ],
        ),
        Conversation(
            "pa-c05",
            "followup",
            [
                ("Raphael의 드로잉 점수는?", lambda f: value(_painter(f, "Raphael")[DRAW])),
                ("and his colour score?", lambda f: value(_painter(f, "Raphael")[COL])),
                ("네 점수 합친 총점은?", lambda f: value(_painter(f, "Raphael")[TOTAL])),
            ],
        ),
        Conversation(
            "pa-c06",
            "followup",
            [
                ("Which painter has the highest expression score?", lambda f: best(_of(_p(f), NAME, EXPR))),
                (
                    "what school is he in? give me the school name",
                    lambda f: entity(_top_expression_painter(f)[SNAME]),
                ),
            ],
        ),
        Conversation(
            "pa-c07",
            "followup",
            [
                ("평균 colour 점수가 제일 높은 화파 코드는?", lambda f: best(_by(_p(f), CODE, COL))),
                ("그 화파 화가는 몇 명이야?", lambda f: value(len(_p(f, school_code=_most_colourful_school(f))))),
                (
                    "그중 colour 17점 이상인 사람은 몇 명?",
                    lambda f: value(len(_at_least(_p(f, school_code=_most_colourful_school(f)), COL, 17))),
                ),
            ],
        ),
        Conversation(
            "pa-c08",
            "followup",
            [
                ("Average urban population by region, please", lambda f: rows(_by(_aj(f), REGION, URBAN))),
                ("now by division instead", lambda f: rows(_by(_aj(f), DIVISION, URBAN))),
            ],
        ),
        Conversation(
            "pa-c09",
            "followup",
            [
                ("Which state has the highest rape arrest rate?", lambda f: best(_of(_a(f), STATE, RAPE))),
                ("그 주는 어느 지역(region)이야?", lambda f: entity(_top_rape_state(f)[REGION])),
                (
                    "그 지역 평균 rape 검거율은?",
                    lambda f: value(_aj(f, region=_top_rape_state(f)[REGION])[RAPE].mean()),
                ),
            ],
        ),
        Conversation(
            "pa-c10",
            "followup",
            [
                ("composition 0점 받은 화가는 누구야?", lambda f: best(_of(_p(f), NAME, COMP), largest=False)),
                ("그 사람 expression 점수는?", lambda f: value(_zero_composition_painter(f)[EXPR])),
                ("소속 화파 이름은?", lambda f: entity(_zero_composition_painter(f)[SNAME])),
            ],
        ),
        Conversation(
            "pa-c11",
            "followup",
            [
                ("How many painters are in the French school?", lambda f: value(len(_pj(f, school_name="French")))),
                ("their average drawing score?", lambda f: value(_pj(f, school_name="French")[DRAW].mean())),
                ("and when were they born, on average?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "pa-c12",
            "followup",
            [
                ("전체 주 평균 assault 검거율은?", lambda f: value(_a(f)[ASSAULT].mean())),
                ("남부만 보면?", lambda f: value(_aj(f, region="South")[ASSAULT].mean())),
                (
                    "남부 빼고 나머지 주들은?",
                    lambda f: value(_aj(f)[_aj(f)[REGION] != "South"][ASSAULT].mean()),
                ),
                (
                    "남부에서 나머지를 빼면 차이가 얼마야?",
                    lambda f: value(
                        _aj(f, region="South")[ASSAULT].mean() - _aj(f)[_aj(f)[REGION] != "South"][ASSAULT].mean()
                    ),
                ),
            ],
        ),
        Conversation(
            "pa-c13",
            "followup",
            [
                ("Average expression by school name", lambda f: rows(_by(_pj(f), SNAME, EXPR))),
                ("just the top 3 of those", lambda f: top(_by(_pj(f), SNAME, EXPR), 3)),
            ],
        ),
        Conversation(
            "pa-c14",
            "followup",
            [
                (
                    "What percent of the states have an assault rate above 150?",
                    lambda f: _share(len(_over(_a(f), ASSAULT, 150)), len(_a(f))),
                ),
                (
                    "and among the Western states?",
                    lambda f: _share(len(_over(_aj(f, region="West"), ASSAULT, 150)), len(_aj(f, region="West"))),
                ),
            ],
        ),
        Conversation(
            "pa-c15",
            "followup",
            [
                ("베네치아파 화가들 평균 colour 점수는?", lambda f: value(_pj(f, school_name="Venetian")[COL].mean())),
                ("드로잉 평균은?", lambda f: value(_pj(f, school_name="Venetian")[DRAW].mean())),
                (
                    "colour 평균에서 드로잉 평균 빼면?",
                    lambda f: value(
                        _pj(f, school_name="Venetian")[COL].mean() - _pj(f, school_name="Venetian")[DRAW].mean()
                    ),
                ),
            ],
        ),
        Conversation(
            "pa-c16",
            "followup",
            [
                ("도시 인구 비율 상위 5개 주 알려줘", lambda f: top(_of(_a(f), STATE, URBAN), 5)),
                (
                    "그중 murder가 제일 높은 주는?",
                    lambda f: best(_of(_most_urban(f, 5), STATE, MURDER)),
                ),
            ],
        ),
    ],
)
