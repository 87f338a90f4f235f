"""Dev set on ggplot2::midwest (437 counties of five Midwest states, one census) as a county and a state table.

`counties` holds one row per county (`county_id`, `name`, `state_id`, population counts, race, education and
poverty percentages, `in_metro`, `category`) and refers to `states` (5: `state_id`, `code` IL/IN/MI/OH/WI,
`name` Illinois...) by `state_id`; a state's code and name live in `states` only, so "by state", "in Ohio" or
"WI counties" need a join. Made by evals/authoring/dev_derived_midwest.py. The data holds one census and no
date: other years, changes and forecasts cannot be answered.

140 turns: 92 single questions and 20 conversations of 2-3 turns (48 turns); 71 turns (51%) in Korean; 14
turns the data cannot answer (13 questions and one forecast after an answer).

Readings:
- "How many counties" counts rows of `counties`; "how many people" / "population" sums `population`; a state's
  population is the sum of its counties'.
- A percentage column averaged ("average poverty rate", "평균 대졸자 비율", "by state") is the plain mean of the
  counties' values, not weighted by population, as the table holds them. A share of people ("what percent of
  the population is Black", "전체 인구 중 ... 비중") is a ratio of totals (the counts summed, then divided).
  A share of counties ("what share of counties are metro") counts counties.
- The `_pct` columns are percentages (0-100); "poverty rate" / "빈곤율" is `below_poverty_pct`, "college
  graduates" / "대졸자 비율" is `college_pct`, "high school diploma rate" `high_school_pct`, "professional
  degree" / "전문학위 비율" `professional_pct` ("고졸 이상 비율" / "고졸 비율" is `high_school_pct`, the percent with
  a high school diploma); "metro" / "대도시권" is `in_metro`; `category` is asked only by its code (AAR...).
- Thresholds on whole numbers ("more than 100,000 people", "10만 명 넘는") are asked only at amounts no county
  has exactly (checked by `_cut`), so "over" and "at least" give the same rows.
- "Which county" answers with the county's `name` (as in the source, upper-case; "Cook county" is COOK); 70
  names are shared by counties of different states, so such questions are asked only where the answer's name
  (and every name of a top-N) is unique among the counties asked about (checked by `_ctop`). "Which state"
  answers with the state's `name`; a breakdown by state is labelled with the state's name. "In Ohio" / "Ohio에"
  is the state, not Indiana's county named OHIO.
- "Metro vs non-metro" is asked as two values (metro first), not as a breakdown labelled True/False.
"""

from evals.authoring.common import (
    BankSet,
    Conversation,
    Q,
    Table,
    best,
    entity,
    order,
    percent,
    refuse,
    rows,
    top,
    value,
    values,
    where,
)

POP, DEN, ADULTS = "population", "population_density", "adult_population"
COL, HS, PROF = "college_pct", "high_school_pct", "professional_pct"
POV, CPOV, EPOV = "below_poverty_pct", "child_poverty_pct", "elderly_poverty_pct"
BLACK, ASIAN = "black_population", "asian_population"


def _c(f):
    return f["counties"]


def _j(f):
    """Counties with their state's name as `state` and its code as `state_code`."""
    states = f["states"].rename(columns={"name": "state", "code": "state_code"})
    return _c(f).merge(states, on="state_id", how="left")


def _in(f, state, **equal):
    return where(_j(f), state=state, **equal)


def _metro(frame, yes=True):
    return frame[frame["in_metro"] == yes]


def _cut(frame, column, low=None, high=None):
    """The rows whose column is above `low` and below `high`; refuses a cut at a value some county has."""
    for amount in (low, high):
        if amount is not None and (frame[column] == amount).any():
            raise ValueError(f"a {column} of exactly {amount}: 'over' and 'at least' would differ")
    if low is not None:
        frame = frame[frame[column] > low]
    if high is not None:
        frame = frame[frame[column] < high]
    return frame


def _by_state(frame, column, how="mean"):
    return frame.groupby("state")[column].agg(how)


def _count_by_state(frame):
    return frame.groupby("state").size()


def _by_category(frame, column, how="mean"):
    return frame.groupby("category")[column].agg(how)


def _ctop(frame, column, n, largest=True):
    """The top `n` counties of the frame by the column, by name (their names unique in the frame)."""
    ranked = frame.sort_values(column, ascending=not largest)
    if len(ranked) > n and ranked[column].iloc[n - 1] == ranked[column].iloc[n]:
        raise ValueError("a tie at the cut")
    head = ranked.head(n)
    if head[column].duplicated().any():
        raise ValueError("ties inside the top")
    if frame["name"].isin(head["name"]).sum() != n:
        raise ValueError(f"a name of the top is shared by another county of the frame: {list(head['name'])}")
    return order(list(head["name"]), list(head[column]))


def _cbest(frame, column, largest=True):
    """The "which county" answer: the name and value of the frame's county with the highest (lowest) value."""
    found = _ctop(frame, column, 1, largest)
    return entity(found["order"][0], found["values"][0])


def _cfirst(frame, column, largest=True):
    """The row of the frame's county with the highest (lowest) value of the column (unique by `_ctop`)."""
    _ctop(frame, column, 1, largest)
    return frame.sort_values(column, ascending=not largest).iloc[0]


def _county(f, name, state):
    """The row of one county, by its name and its state's name."""
    found = _in(f, state, name=name)
    assert len(found) == 1, (name, state)
    return found.iloc[0]


def _people_share(frame, part, whole=POP):
    return percent(100 * frame[part].sum() / frame[whole].sum())


def _top_states_by(f, column, n):
    return list(_by_state(_j(f), column, "sum").sort_values(ascending=False).head(n).index)


SET = BankSet(
    name="dev_midwest",
    split="dev",
    tables=[Table("counties", file="dev/midwest_counties.parquet"), Table("states", file="dev/midwest_states.parquet")],
    questions=[
        # count
        Q("mw-01", "count", "How many counties are in the data?", lambda f: value(len(_c(f)))),
        Q("mw-02", "count", "인구 10만 명 넘는 카운티는 몇 개야?", lambda f: value(len(_cut(_c(f), POP, low=100000)))),
        Q("mw-03", "count", "how many counties are in a metro area", lambda f: value(len(_metro(_c(f))))),
        Q("mw-04", "count", "빈곤율 20% 이상인 카운티 몇 곳?", lambda f: value((_c(f)[POV] >= 20).sum())),
        Q(
            "mw-05",
            "count",
            "How many counties have more than 30% college educated adults?",
            lambda f: value((_c(f)[COL] > 30).sum()),
        ),
        Q("mw-06", "count", "category가 AAR인 카운티는 몇 개예요?", lambda f: value(len(where(_c(f), category="AAR")))),
        Q(
            "mw-07",
            "count",
            "흑인 비율이 10% 이상인 카운티 몇개 있어요?",
            lambda f: value((_c(f)["black_pct"] >= 10).sum()),
        ),
        # count_distinct
        Q("mw-08", "count_distinct", "How many states does the data cover?", lambda f: value(_c(f).state_id.nunique())),
        Q("mw-09", "count_distinct", "카운티 이름은 중복 빼고 몇 가지야?", lambda f: value(_c(f).name.nunique())),
        Q(
            "mw-10",
            "count_distinct",
            "how many distinct category codes are there",
            lambda f: value(_c(f).category.nunique()),
        ),
        Q(
            "mw-11",
            "count_distinct",
            "인구 100만 명 넘는 카운티가 있는 주는 몇 개?",
            lambda f: value(_cut(_c(f), POP, low=1000000).state_id.nunique()),
        ),
        Q(
            "mw-12",
            "count_distinct",
            "How many county names are used in more than one state?",
            lambda f: value((_c(f).groupby("name").state_id.nunique() > 1).sum()),
        ),
        # sum
        Q("mw-13", "sum", "total population of all counties", lambda f: value(_c(f)[POP].sum())),
        Q("mw-14", "sum", "전체 성인 인구 합계는?", lambda f: value(_c(f)[ADULTS].sum())),
        Q(
            "mw-15",
            "sum",
            "What's the total Asian population of the metro counties?",
            lambda f: value(_metro(_c(f))[ASIAN].sum()),
        ),
        Q("mw-16", "sum", "흑인 인구 총합 알려줘", lambda f: value(_c(f)[BLACK].sum())),
        # average
        Q("mw-17", "average", "average county population", lambda f: value(_c(f)[POP].mean())),
        Q("mw-18", "average", "카운티 평균 대졸자 비율은?", lambda f: value(_c(f)[COL].mean())),
        Q("mw-19", "average", "What's the median population density?", lambda f: value(_c(f)[DEN].median())),
        Q("mw-20", "average", "평균 아동 빈곤율 얼마야", lambda f: value(_c(f)[CPOV].mean())),
        Q("mw-21", "average", "mean high school diploma rate across counties", lambda f: value(_c(f)[HS].mean())),
        Q("mw-22", "average", "카운티 인구 중앙값 알려주세요", lambda f: value(_c(f)[POP].median())),
        # min_max
        Q("mw-23", "min_max", "highest poverty rate of any county", lambda f: value(_c(f)[POV].max())),
        Q("mw-24", "min_max", "인구 제일 적은 카운티는 인구가 몇 명이야?", lambda f: value(_c(f)[POP].min())),
        Q("mw-25", "min_max", "What is the maximum population density?", lambda f: value(_c(f)[DEN].max())),
        Q("mw-26", "min_max", "노인 빈곤율 최솟값은?", lambda f: value(_c(f)[EPOV].min())),
        # multi_measure
        Q(
            "mw-27",
            "multi_measure",
            "min, max and mean of college_pct",
            lambda f: values(_c(f)[COL].min(), _c(f)[COL].max(), _c(f)[COL].mean()),
        ),
        Q(
            "mw-28",
            "multi_measure",
            "대도시권이 아닌 카운티들의 평균 인구랑 평균 빈곤율",
            lambda f: values(_metro(_c(f), False)[POP].mean(), _metro(_c(f), False)[POV].mean()),
        ),
        Q(
            "mw-29",
            "multi_measure",
            "아동 빈곤율이랑 노인 빈곤율 평균 각각 보여줘",
            lambda f: values(_c(f)[CPOV].mean(), _c(f)[EPOV].mean()),
        ),
        Q(
            "mw-30",
            "multi_measure",
            "average poverty rate of metro counties vs non-metro counties",
            lambda f: values(_metro(_c(f))[POV].mean(), _metro(_c(f), False)[POV].mean()),
        ),
        # ranking
        Q("mw-31", "ranking", "the 3 least densely populated counties", lambda f: _ctop(_c(f), DEN, 3, largest=False)),
        Q("mw-32", "ranking", "빈곤율 낮은 카운티 하위 3개", lambda f: _ctop(_c(f), POV, 3, largest=False)),
        Q("mw-33", "ranking", "아시아계 인구 많은 순으로 카운티 상위 3곳", lambda f: _ctop(_c(f), ASIAN, 3)),
        # which_one
        Q(
            "mw-34",
            "which_one",
            "Which county has the highest share of college graduates?",
            lambda f: _cbest(_c(f), COL),
        ),
        Q("mw-35", "which_one", "인구가 가장 적은 카운티는 어디야?", lambda f: _cbest(_c(f), POP, largest=False)),
        Q(
            "mw-36",
            "which_one",
            "which county has the largest Asian population percentage",
            lambda f: _cbest(_c(f), "asian_pct"),
        ),
        Q("mw-37", "which_one", "고졸 이상 비율이 제일 낮은 카운티는?", lambda f: _cbest(_c(f), HS, largest=False)),
        Q("mw-38", "which_one", "카운티가 가장 많은 category는?", lambda f: best(_c(f).groupby("category").size())),
        Q("mw-39", "which_one", "What's the most densely populated county?", lambda f: _cbest(_c(f), DEN)),
        # share
        Q(
            "mw-40",
            "share",
            "what share of counties are in a metro area?",
            lambda f: percent(100 * _c(f)["in_metro"].mean()),
        ),
        Q(
            "mw-41",
            "share",
            "전체 인구 중 대도시권 카운티 인구 비중은?",
            lambda f: percent(100 * _metro(_c(f))[POP].sum() / _c(f)[POP].sum()),
        ),
        Q("mw-42", "share", "What percent of the total population is Black?", lambda f: _people_share(_c(f), BLACK)),
        Q("mw-43", "share", "빈곤율 15% 넘는 카운티 비율", lambda f: percent(100 * (_c(f)[POV] > 15).mean())),
        Q(
            "mw-44",
            "share",
            "percentage of counties with category AAR",
            lambda f: percent(100 * (_c(f).category == "AAR").mean()),
        ),
        Q(
            "mw-45",
            "share",
            "전체 아시아계 인구 중에서 Cook 카운티가 차지하는 비중",
            lambda f: percent(100 * where(_c(f), name="COOK")[ASIAN].sum() / _c(f)[ASIAN].sum()),
        ),
        # breakdown
        Q("mw-46", "breakdown", "category별 카운티 수", lambda f: rows(_c(f).groupby("category").size())),
        Q("mw-47", "breakdown", "average college_pct by category", lambda f: rows(_by_category(_c(f), COL))),
        Q("mw-48", "breakdown", "카테고리별 총인구 보여줘", lambda f: rows(_by_category(_c(f), POP, "sum"))),
        # filter_value
        Q(
            "mw-49",
            "filter_value",
            "average poverty rate of metro counties",
            lambda f: value(_metro(_c(f))[POV].mean()),
        ),
        Q(
            "mw-50",
            "filter_value",
            "인구 100만 이상 카운티들의 평균 대졸자 비율",
            lambda f: value(_cut(_c(f), POP, low=1000000)[COL].mean()),
        ),
        Q(
            "mw-51",
            "filter_value",
            "median population of counties where college_pct is below 15",
            lambda f: value(_c(f)[_c(f)[COL] < 15][POP].median()),
        ),
        Q(
            "mw-52",
            "filter_value",
            "빈곤율이 5% 미만인 카운티들 총 인구는?",
            lambda f: value(_c(f)[_c(f)[POV] < 5][POP].sum()),
        ),
        Q(
            "mw-53",
            "filter_value",
            "avg child poverty in non-metro counties with fewer than 20,000 people",
            lambda f: value(_cut(_metro(_c(f), False), POP, high=20000)[CPOV].mean()),
        ),
        # join: a state's name or code, or a breakdown by state
        Q("mw-54", "join", "Ohio에 카운티가 몇 개 있어?", lambda f: value(len(_in(f, "Ohio")))),
        Q("mw-55", "join", "total population of Michigan", lambda f: value(_in(f, "Michigan")[POP].sum())),
        Q("mw-56", "join", "주별 카운티 수", lambda f: rows(_count_by_state(_j(f)))),
        Q("mw-57", "join", "average college_pct by state", lambda f: rows(_by_state(_j(f), COL))),
        Q(
            "mw-58",
            "join",
            "Wisconsin 카운티들 평균 빈곤율은 얼마예요?",
            lambda f: value(_in(f, "Wisconsin")[POV].mean()),
        ),
        Q(
            "mw-59",
            "join",
            "Which state has the highest average poverty rate across its counties?",
            lambda f: best(_by_state(_j(f), POV)),
        ),
        Q("mw-60", "join", "주별 총인구", lambda f: rows(_by_state(_j(f), POP, "sum"))),
        Q(
            "mw-61",
            "join",
            "In Indiana, which county has the highest population density?",
            lambda f: _cbest(_in(f, "Indiana"), DEN),
        ),
        Q(
            "mw-62",
            "join",
            "how many metro counties does each state have?",
            lambda f: rows(_by_state(_j(f), "in_metro", "sum")),
        ),
        Q("mw-63", "join", "흑인 인구 합계 기준 상위 3개 주", lambda f: top(_by_state(_j(f), BLACK, "sum"), 3)),
        Q(
            "mw-64",
            "join",
            "What share of the total population lives in Illinois?",
            lambda f: percent(100 * _in(f, "Illinois")[POP].sum() / _c(f)[POP].sum()),
        ),
        Q(
            "mw-65",
            "join",
            "Michigan 대도시권 카운티들의 평균 인구밀도",
            lambda f: value(_metro(_in(f, "Michigan"))[DEN].mean()),
        ),
        Q(
            "mw-66",
            "join",
            "rank the states by total Asian population, highest first",
            lambda f: top(_by_state(_j(f), ASIAN, "sum"), 5),
        ),
        Q(
            "mw-67",
            "join",
            "Ohio에서 대졸자 비율이 가장 낮은 카운티는?",
            lambda f: _cbest(_in(f, "Ohio"), COL, largest=False),
        ),
        Q(
            "mw-68",
            "join",
            "WI 카운티 중에 인구 5만 명 넘는 곳 몇 개?",
            lambda f: value(len(_cut(where(_j(f), state_code="WI"), POP, low=50000))),
        ),
        Q("mw-69", "join", "average population per county in each state", lambda f: rows(_by_state(_j(f), POP))),
        Q("mw-70", "join", "Illinois 대졸자 비율 top 5 카운티", lambda f: _ctop(_in(f, "Illinois"), COL, 5)),
        Q(
            "mw-71",
            "join",
            "the 3 least populated counties in Ohio",
            lambda f: _ctop(_in(f, "Ohio"), POP, 3, largest=False),
        ),
        Q("mw-72", "join", "평균 고졸 비율이 가장 낮은 주는?", lambda f: best(_by_state(_j(f), HS), largest=False)),
        # loosely named columns and values
        Q(
            "mw-73",
            "loose_value",
            "how many people live in cook county",
            lambda f: value(_county(f, "COOK", "Illinois")[POP]),
        ),
        Q(
            "mw-74",
            "loose_value",
            "인디애나주에서 사람 제일 많이 사는 카운티",
            lambda f: _cbest(_in(f, "Indiana"), POP),
        ),
        Q("mw-75", "loose_value", "poorest county in Michigan", lambda f: _cbest(_in(f, "Michigan"), POV)),
        Q(
            "mw-76",
            "loose_value",
            "위스콘신에서 대학 나온 사람 비율 제일 높은 카운티는?",
            lambda f: _cbest(_in(f, "Wisconsin"), COL),
        ),
        Q(
            "mw-77",
            "loose_value",
            "Milwaukee county 인구밀도 알려줘",
            lambda f: value(_county(f, "MILWAUKEE", "Wisconsin")[DEN]),
        ),
        Q(
            "mw-78",
            "loose_value",
            "what's the population of Dane County, Wisconsin?",
            lambda f: value(_county(f, "DANE", "Wisconsin")[POP]),
        ),
        Q(
            "mw-79",
            "loose_value",
            "avg % with a professional degree in IL counties",
            lambda f: value(where(_j(f), state_code="IL")[PROF].mean()),
        ),
        # unanswerable
        Q("mw-80", "unanswerable", "2010년 카운티별 인구 알려줘", lambda f: refuse()),
        Q("mw-81", "unanswerable", "What will Cook county's population be in 2030?", lambda f: refuse()),
        Q("mw-82", "unanswerable", "median household income by state", lambda f: refuse()),
        Q("mw-83", "unanswerable", "카운티별 실업률은?", lambda f: refuse()),
        Q(
            "mw-84",
            "unanswerable",
            "how much did Ohio's population grow since the previous census?",
            lambda f: refuse(),
        ),
        Q("mw-85", "unanswerable", "Hispanic population by state", lambda f: refuse()),
        Q("mw-86", "unanswerable", "주별 연평균 기온 비교해줘", lambda f: refuse()),
        Q("mw-87", "unanswerable", "Which county has the highest crime rate?", lambda f: refuse()),
        Q("mw-88", "unanswerable", "카운티별 남녀 성비 보여줘", lambda f: refuse()),
        Q("mw-89", "unanswerable", "average age of residents in each county", lambda f: refuse()),
        Q("mw-90", "unanswerable", "주마다 병원이 몇 개 있어?", lambda f: refuse()),
        Q("mw-91", "unanswerable", "인구 증가율 상위 5개 카운티", lambda f: refuse()),
        Q("mw-92", "unanswerable", "What's the median home value in Wayne County, Michigan?", lambda f: refuse()),
        # conversations
        Conversation(
            "mw-c01",
            "followup",
            [
                ("average poverty rate by state", lambda f: rows(_by_state(_j(f), POV))),
                ("only metro counties", lambda f: rows(_by_state(_metro(_j(f)), POV))),
                ("and the max?", lambda f: rows(_by_state(_metro(_j(f)), POV, "max"))),
            ],
        ),
        Conversation(
            "mw-c02",
            "followup",
            [
                ("Illinois 총인구 얼마야?", lambda f: value(_in(f, "Illinois")[POP].sum())),
                ("Ohio는?", lambda f: value(_in(f, "Ohio")[POP].sum())),
            ],
        ),
        Conversation(
            "mw-c03",
            "followup",
            [
                (
                    "how many counties have more than 200,000 people?",
                    lambda f: value(len(_cut(_c(f), POP, low=200000))),
                ),
                ("what's their combined population?", lambda f: value(_cut(_c(f), POP, low=200000)[POP].sum())),
                (
                    "and what share of the total population is that?",
                    lambda f: percent(100 * _cut(_c(f), POP, low=200000)[POP].sum() / _c(f)[POP].sum()),
                ),
            ],
        ),
        Conversation(
            "mw-c04",
            "followup",
            [
                ("주별 평균 전문학위 비율 보여줘", lambda f: rows(_by_state(_j(f), PROF))),
                ("중앙값으로 바꿔줘", lambda f: rows(_by_state(_j(f), PROF, "median"))),
                ("대도시권 아닌 카운티만", lambda f: rows(_by_state(_metro(_j(f), False), PROF, "median"))),
            ],
        ),
        Conversation(
            "mw-c05",
            "followup",
            [
                ("top 5 counties in Michigan by population", lambda f: _ctop(_in(f, "Michigan"), POP, 5)),
                ("and by poverty rate?", lambda f: _ctop(_in(f, "Michigan"), POV, 5)),
            ],
        ),
        Conversation(
            "mw-c06",
            "followup",
            [
                ("인구가 가장 많은 카운티는?", lambda f: _cbest(_c(f), POP)),
                ("거기 빈곤율은?", lambda f: value(_cfirst(_c(f), POP)[POV])),
                ("어느 주에 있어?", lambda f: entity(_cfirst(_j(f), POP)["state"])),
            ],
        ),
        Conversation(
            "mw-c07",
            "followup",
            [
                ("Wisconsin에 카운티 몇 개야?", lambda f: value(len(_in(f, "Wisconsin")))),
                ("그중 대도시권은 몇 개?", lambda f: value(len(_metro(_in(f, "Wisconsin"))))),
                ("그 카운티들 평균 인구는?", lambda f: value(_metro(_in(f, "Wisconsin"))[POP].mean())),
            ],
        ),
        Conversation(
            "mw-c08",
            "followup",
            [
                ("What's the average college_pct in Michigan?", lambda f: value(_in(f, "Michigan")[COL].mean())),
                ("다른 질문인데, 전체 카운티의 평균 노인 빈곤율은?", lambda f: value(_c(f)[EPOV].mean())),
            ],
        ),
        Conversation(
            "mw-c09",
            "followup",
            [
                ("category별 카운티 개수", lambda f: rows(_c(f).groupby("category").size())),
                ("Ohio만 보면?", lambda f: rows(_in(f, "Ohio").groupby("category").size())),
            ],
        ),
        Conversation(
            "mw-c10",
            "followup",
            [
                ("평균 아동 빈곤율이 가장 낮은 주는?", lambda f: best(_by_state(_j(f), CPOV), largest=False)),
                ("그럼 가장 높은 주는?", lambda f: best(_by_state(_j(f), CPOV))),
            ],
        ),
        Conversation(
            "mw-c11",
            "followup",
            [
                ("average high school diploma rate of metro counties", lambda f: value(_metro(_c(f))[HS].mean())),
                ("by state?", lambda f: rows(_by_state(_metro(_j(f)), HS))),
            ],
        ),
        Conversation(
            "mw-c12",
            "followup",
            [
                ("Indiana에서 인구밀도 상위 3개 카운티", lambda f: _ctop(_in(f, "Indiana"), DEN, 3)),
                ("Michigan은?", lambda f: _ctop(_in(f, "Michigan"), DEN, 3)),
            ],
        ),
        Conversation(
            "mw-c13",
            "followup",
            [
                ("total adult population by state", lambda f: rows(_by_state(_j(f), ADULTS, "sum"))),
                ("just the top 2", lambda f: top(_by_state(_j(f), ADULTS, "sum"), 2)),
                (
                    "and their total population?",
                    lambda f: rows(_by_state(_j(f)[_j(f).state.isin(_top_states_by(f, ADULTS, 2))], POP, "sum")),
                ),
            ],
        ),
        Conversation(
            "mw-c14",
            "followup",
            [
                ("인구 1만 명 미만인 카운티 몇 개야?", lambda f: value(len(_cut(_c(f), POP, high=10000)))),
                ("그 카운티들 평균 아동 빈곤율은?", lambda f: value(_cut(_c(f), POP, high=10000)[CPOV].mean())),
                ("주별로 개수 나눠서 보여줘", lambda f: rows(_count_by_state(_cut(_j(f), POP, high=10000)))),
            ],
        ),
        Conversation(
            "mw-c15",
            "followup",
            [
                (
                    "which county has the lowest child poverty rate?",
                    lambda f: _cbest(_c(f), CPOV, largest=False),
                ),
                ("what's its population?", lambda f: value(_cfirst(_c(f), CPOV, largest=False)[POP])),
            ],
        ),
        Conversation(
            "mw-c16",
            "followup",
            [
                ("Cuyahoga county population", lambda f: value(_county(f, "CUYAHOGA", "Ohio")[POP])),
                ("what about Franklin county in Ohio?", lambda f: value(_county(f, "FRANKLIN", "Ohio")[POP])),
                ("and its poverty rate?", lambda f: value(_county(f, "FRANKLIN", "Ohio")[POV])),
            ],
        ),
        Conversation(
            "mw-c17",
            "followup",
            [
                ("Ohio 카운티 평균 빈곤율", lambda f: value(_in(f, "Ohio")[POV].mean())),
                ("10년 뒤엔 어떻게 될 것 같아?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "mw-c18",
            "followup",
            [
                ("how many counties are in the AAU category?", lambda f: value(len(where(_c(f), category="AAU")))),
                ("what share of all counties is that?", lambda f: percent(100 * (_c(f).category == "AAU").mean())),
            ],
        ),
        Conversation(
            "mw-c19",
            "followup",
            [
                (
                    "Michigan counties with a poverty rate over 20%, how many?",
                    lambda f: value((_in(f, "Michigan")[POV] > 20).sum()),
                ),
                (
                    "list them by poverty rate, highest first",
                    lambda f: _ctop(_in(f, "Michigan"), POV, int((_in(f, "Michigan")[POV] > 20).sum())),
                ),
            ],
        ),
        Conversation(
            "mw-c20",
            "followup",
            [
                ("대졸자 비율 25% 넘는 카운티 개수", lambda f: value((_c(f)[COL] > 25).sum())),
                ("그중에 대도시권 아닌 곳은 몇 개야?", lambda f: value((_metro(_c(f), False)[COL] > 25).sum())),
            ],
        ),
    ],
)
