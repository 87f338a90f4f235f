"""Dev set on Canadian interprovincial migration 1966-1971 (car::Migration) as a flow table and a province table.

`migration_flows` holds one row per migration stream between two of the ten provinces (90: every ordered pair,
none from a province to itself): `origin_code`, `destination_code`, `migrants` (people who moved from the origin
to the destination over 1966-1971, living in the destination in 1971) and `distance_km` (the distance between
the two provinces' principal cities, the same both ways). It refers to `provinces` (10: `province_code`, `name`,
`name_ko`, `population_1966`, `population_1971`) twice, once as the origin and once as the destination. Made by
evals/authoring/dev_derived_migration.py. 109 turns: 71 single questions and 15 conversations (38 turns); 54
turns in Korean.

Readings:
- A "flow" / "stream" / "route" / "경로" / "흐름" / "건" is a row of `migration_flows`; "how many flows" counts rows.
  "How many provinces" / "주는 몇 곳" counts provinces (10, every one both an origin and a destination).
- "From X" / "leaving X" / "left X" / "X를 떠난" / "X에서 나간" / "전출" / "out-migrants" is `origin_code = X`;
  "to X" / "into X" / "moved to X" / "X로 들어온" / "X로 간" / "전입" / "in-migrants" / "received" is
  `destination_code = X`. "How many people left X" (X's out-migration) is the sum of `migrants` over X's
  outgoing rows; "how many moved to X" (in-migration) the sum over its incoming rows. Everything is
  interprovincial: moves within a province, to or from the territories or abroad are not in the data.
- Net migration ("net gain", "순유입", "in minus out") is a province's in-migration minus its out-migration
  (negative for a loss). "Net loss" (mg-52) is out minus in, given as a positive number; "lost the most people
  on net" (mg-c06) is the lowest net migration, and its answer is the province alone (the sign of the figure
  could be either).
- "Between A and B, counting both directions" / "두 주 사이를 오간" is A->B plus B->A.
- A share ("share", "what percentage", "비율", "비중") is of people (migrants) unless the question counts flows
  (mg-c09): "the share of X's out-migrants who went to Y" is (X->Y) / X's out-migration; "of those who came to
  Y, the share from X" is (X->Y) / Y's in-migration; "share of all migrants" divides by the 90 rows' total.
- Per-population figures are asked with the population year named: "out-migrants as a percentage of its 1966
  population", "in-migrants per 1,000 residents of its 1971 population". The 1966-1971 population growth rate
  is (population_1971 / population_1966 - 1); growth "in absolute numbers" is population_1971 -
  population_1966. "A smaller province" compares `population_1966` of the origin and the destination.
- Labels: a "which province" / "by province" answer names the province by its English `name` in English
  questions and by its Korean `name_ko` in Korean ones (the table holds both; a row giving the code as well is
  fine). A stream ("the single largest stream", "어디서 어디로") is answered with its origin name, destination
  name and its number of migrants in one row.
- Cuts: "more than" / "over" / "longer than" / "넘는" are strict, "fewer than" / "under" / "less than" /
  "shorter than" / "미만" strict; every cut is at a value no row holds exactly (checked by `_cut`: migrants 500,
  1,000, 5,000, 10,000, 20,000; distances 500, 1,000, 2,000, 3,000 km; populations 1 million), so strict and
  inclusive readings agree, "between 1,000 and 2,000 km" (mg-c11) included.
- An average is the plain mean over the rows kept ("average migrants per flow", "average distance of the flows
  out of BC"); the one weighted average (mg-17) says "weighted by the number of migrants" (sum of migrants x
  distance over the sum of migrants). Since every distance appears twice (A->B and B->A), the mean distance over
  the 90 rows equals the mean over the 45 pairs.
- "Closest" / "가장 가까운" go by `distance_km` from the named province. Rankings and which-one
  questions are asked only without ties at the cut or at the top (checked by `top`, `best` and `_stream`).
- Loose names: BC is British Columbia, PEI Prince Edward Island, Nfld Newfoundland, NS Nova Scotia.
- Follow-ups keep the previous turn's province and measure unless they change one ("and the other way?" swaps
  origin and destination; "그중 상위 3개는?" is the top 3 of the breakdown just shown; "거기" is the province
  just named).
- Time: the data holds one five-year period (1966-1971) and two population years. Questions on single years of
  migration, other periods, "last year", forecasts, causes, or what the table does not hold (the migrants' age,
  sex, cities, the territories, moves abroad or within a province) are refused.
- The data's own oddity, kept: New Brunswick's 1971 population is 534,557 in the source (census: 634,557), so in
  the data New Brunswick and Saskatchewan are the two provinces whose population fell (mg-59).
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

FLOWS, PROVINCES = "migration_flows", "provinces"
ORIGIN, DEST, MIG, KM = "origin_code", "destination_code", "migrants", "distance_km"
CODE, P66, P71 = "province_code", "population_1966", "population_1971"
ALTA, BC, MAN, NB, NFLD, NS, ONT, PEI, QUE, SASK = "ALTA", "BC", "MAN", "NB", "NFLD", "NS", "ONT", "PEI", "QUE", "SASK"


def _fl(f, **equal):
    """The flows (with these column values: `_fl(f, origin_code=ONT)`)."""
    return where(f[FLOWS], **equal)


def _from(f, code):
    return _fl(f, origin_code=code)


def _to(f, code):
    return _fl(f, destination_code=code)


def _p(f):
    """The provinces, indexed by code."""
    return f[PROVINCES].set_index(CODE)


def _name(f, code, ko=False):
    return _p(f).loc[code, "name_ko" if ko else "name"]


def _named(f, series, ko=False):
    """A Series indexed by province code, relabelled with the English (or Korean) names."""
    return series.rename(index=_p(f)["name_ko" if ko else "name"])


def _joined(f):
    """The flows with the origin's and the destination's populations (`origin_1966`, `destination_1966`, ...)."""
    provinces = f[PROVINCES][[CODE, P66, P71]]
    origin = provinces.set_axis([ORIGIN, "origin_1966", "origin_1971"], axis=1)
    destination = provinces.set_axis([DEST, "destination_1966", "destination_1971"], axis=1)
    return f[FLOWS].merge(origin, on=ORIGIN, how="left").merge(destination, on=DEST, how="left")


def _out(frame):
    """Out-migration: the migrants of the frame's rows by origin code."""
    return frame.groupby(ORIGIN)[MIG].sum()


def _in(frame):
    """In-migration: the migrants of the frame's rows by destination code."""
    return frame.groupby(DEST)[MIG].sum()


def _net(f):
    """Each province's net migration (in minus out), by code."""
    return _in(f[FLOWS]) - _out(f[FLOWS])


def _row(f, origin, destination):
    found = _fl(f, origin_code=origin, destination_code=destination)
    if len(found) != 1:
        raise ValueError(f"{origin}->{destination}: {len(found)} rows")
    return found.iloc[0]


def _flow(f, origin, destination):
    """The migrants from the origin to the destination."""
    return _row(f, origin, destination)[MIG]


def _km(f, origin, destination):
    return _row(f, origin, destination)[KM]


def _share(part, whole):
    return percent(100 * part / whole)


def _labels(found):
    """A which-one or a ranking without its value (a rate the answer may give in another scale)."""
    return {key: found[key] for key in ("order", "label") if key in found}


def _stream(f, largest=True, ko=False):
    """The one largest (smallest) stream: origin name, destination name, migrants; refuses a tie."""
    ranked = f[FLOWS].sort_values(MIG, ascending=not largest)
    if ranked[MIG].iloc[0] == ranked[MIG].iloc[1]:
        raise ValueError("a tie for the first place")
    first = ranked.iloc[0]
    return values(_name(f, first[ORIGIN], ko), _name(f, first[DEST], ko), first[MIG])


def _dests(f, code, ko=False):
    """Where the people leaving `code` went: migrants by destination name."""
    return _named(f, _from(f, code).set_index(DEST)[MIG], ko)


def _origins(f, code, ko=False):
    """Where the people arriving in `code` came from: migrants by origin name."""
    return _named(f, _to(f, code).set_index(ORIGIN)[MIG], ko)


def _second(series):
    """The second of a ranking (label and value), refusing ties in the top 2 and at its cut."""
    found = top(series, 2)
    return entity(found["order"][1], found["values"][1])


def _top_codes(series, n, largest=True):
    return top(series, n, largest)["order"]


def _population(f, column, ko=False):
    return _named(f, _p(f)[column], ko)


def _growth(f):
    """Each province's population growth 1966-1971 (a ratio minus 1), by code."""
    return _p(f)[P71] / _p(f)[P66] - 1


def _largest_1966(f):
    return best(_p(f)[P66])["label"]


def _nearest(f, code):
    """The code of the province closest to `code` (refusing a tie)."""
    return best(_from(f, code).set_index(DEST)[KM], largest=False)["label"]


def _weighted_km(frame):
    return (frame[MIG] * frame[KM]).sum() / frame[MIG].sum()


def _fewest_in(f):
    return best(_in(f[FLOWS]), largest=False)["label"]


def _most_lost(f):
    return best(_net(f), largest=False)["label"]


SET = BankSet(
    name="dev_migration",
    split="dev",
    tables=[
        Table(FLOWS, file="dev/migration_flows.parquet"),
        Table(PROVINCES, file="dev/migration_provinces.parquet"),
    ],
    questions=[
        # count
        Q(
            "mg-01",
            "count",
            "How many migration flows (origin-destination pairs) are in the table?",
            lambda f: value(len(_fl(f))),
        ),
        Q(
            "mg-02",
            "count",
            "이동 인원이 1만 명 넘는 경로는 몇 개야?",
            lambda f: value(len(cut(_fl(f), MIG, low=10000))),
        ),
        Q(
            "mg-03",
            "count",
            "온타리오에서 출발한 흐름 중에 5천 명 넘는 건 몇 건인가요?",
            lambda f: value(len(cut(_from(f, ONT), MIG, low=5000))),
        ),
        Q(
            "mg-04",
            "count",
            "how many streams into British Columbia carried more than 20,000 people?",
            lambda f: value(len(cut(_to(f, BC), MIG, low=20000))),
        ),
        Q(
            "mg-05",
            "count",
            "이주자가 500명 미만인 경로 몇 개예요?",
            lambda f: value(len(cut(_fl(f), MIG, high=500))),
        ),
        # count_distinct
        Q(
            "mg-06",
            "count_distinct",
            "데이터에 나오는 주는 모두 몇 곳이야?",
            lambda f: value(len(set(_fl(f)[ORIGIN]) | set(_fl(f)[DEST]))),
        ),
        Q(
            "mg-07",
            "count_distinct",
            "How many provinces sent at least one flow of more than 20,000 migrants?",
            lambda f: value(cut(_fl(f), MIG, low=20000)[ORIGIN].nunique()),
        ),
        Q(
            "mg-08",
            "count_distinct",
            "2만 명 넘게 들어온 경로가 하나라도 있는 도착 주는 몇 개?",
            lambda f: value(cut(_fl(f), MIG, low=20000)[DEST].nunique()),
        ),
        # sum
        Q(
            "mg-09",
            "sum",
            "What's the total number of interprovincial migrants over 1966-1971?",
            lambda f: value(_fl(f)[MIG].sum()),
        ),
        Q(
            "mg-10",
            "sum",
            "온타리오에서 다른 주로 떠난 사람은 모두 몇 명이야?",
            lambda f: value(_from(f, ONT)[MIG].sum()),
        ),
        Q("mg-11", "sum", "how many people left BC", lambda f: value(_from(f, BC)[MIG].sum())),
        Q(
            "mg-12",
            "sum",
            "서스캐처원이랑 매니토바에서 앨버타로 간 사람 합치면 몇 명?",
            lambda f: value(_flow(f, SASK, ALTA) + _flow(f, MAN, ALTA)),
        ),
        Q(
            "mg-13",
            "sum",
            "Total migrants on routes longer than 3,000 km",
            lambda f: value(cut(_fl(f), KM, low=3000)[MIG].sum()),
        ),
        # average
        Q(
            "mg-14",
            "average",
            "What's the average number of migrants per flow?",
            lambda f: value(_fl(f)[MIG].mean()),
        ),
        Q("mg-15", "average", "경로당 이주자 수 중앙값은 얼마예요?", lambda f: value(_fl(f)[MIG].median())),
        Q(
            "mg-16",
            "average",
            "앨버타로 들어온 흐름들 평균 이동 인원",
            lambda f: value(_to(f, ALTA)[MIG].mean()),
        ),
        Q(
            "mg-17",
            "average",
            "Weighted by the number of migrants, what's the average distance people moved?",
            lambda f: value(_weighted_km(_fl(f))),
        ),
        # min_max
        Q("mg-18", "min_max", "가장 큰 이동 흐름은 몇 명이야?", lambda f: value(_fl(f)[MIG].max())),
        Q("mg-19", "min_max", "smallest flow in the table - how many people?", lambda f: value(_fl(f)[MIG].min())),
        Q(
            "mg-20",
            "min_max",
            "What's the longest distance between two provinces in the data?",
            lambda f: value(_fl(f)[KM].max()),
        ),
        Q(
            "mg-21",
            "min_max",
            "노바스코샤로 들어온 흐름 중 가장 적은 인원은?",
            lambda f: value(_to(f, NS)[MIG].min()),
        ),
        # multi_measure
        Q(
            "mg-22",
            "multi_measure",
            "For flows out of Manitoba, give me the total migrants, the average per flow and the largest single flow.",
            lambda f: values(_from(f, MAN)[MIG].sum(), _from(f, MAN)[MIG].mean(), _from(f, MAN)[MIG].max()),
        ),
        Q(
            "mg-23",
            "multi_measure",
            "이동 거리 최소, 최대, 평균 알려줘",
            lambda f: values(_fl(f)[KM].min(), _fl(f)[KM].max(), _fl(f)[KM].mean()),
        ),
        Q(
            "mg-24",
            "multi_measure",
            "How many people moved into Ontario, and how many moved out?",
            lambda f: values(_to(f, ONT)[MIG].sum(), _from(f, ONT)[MIG].sum()),
        ),
        # ranking
        Q(
            "mg-25",
            "ranking",
            "top 3 destinations of people leaving Alberta",
            lambda f: top(_dests(f, ALTA), 3),
        ),
        Q(
            "mg-26",
            "ranking",
            "전입자 수 기준 상위 5개 주",
            lambda f: top(_named(f, _in(_fl(f)), ko=True), 5),
        ),
        Q(
            "mg-27",
            "ranking",
            "Which 3 provinces sent the most people to British Columbia?",
            lambda f: top(_origins(f, BC), 3),
        ),
        Q(
            "mg-28",
            "ranking",
            "순유입(전입-전출)이 가장 적은 주 3개",
            lambda f: top(_named(f, _net(f), ko=True), 3, largest=False),
        ),
        Q(
            "mg-29",
            "ranking",
            "Which three provinces are closest to Ontario?",
            lambda f: top(_named(f, _from(f, ONT).set_index(DEST)[KM]), 3, largest=False),
        ),
        # which_one
        Q(
            "mg-30",
            "which_one",
            "Which province received the most migrants?",
            lambda f: best(_named(f, _in(_fl(f)))),
        ),
        Q(
            "mg-31",
            "which_one",
            "어느 주에서 사람이 제일 많이 빠져나갔어?",
            lambda f: best(_named(f, _out(_fl(f)), ko=True)),
        ),
        Q(
            "mg-32",
            "which_one",
            "Which province had the largest net gain from migration (arrivals minus departures)?",
            lambda f: best(_named(f, _net(f))),
        ),
        Q(
            "mg-33",
            "which_one",
            "What was the single largest migration stream? Give the origin, the destination and the number of people.",
            lambda f: _stream(f),
        ),
        Q(
            "mg-34",
            "which_one",
            "이주자 수가 가장 적은 경로는 어디서 어디로 간 거야?",
            lambda f: _stream(f, largest=False, ko=True),
        ),
        # share
        Q(
            "mg-35",
            "share",
            "What share of Alberta's out-migrants went to British Columbia?",
            lambda f: _share(_flow(f, ALTA, BC), _from(f, ALTA)[MIG].sum()),
        ),
        Q(
            "mg-36",
            "share",
            "전체 이주자 중에 온타리오로 간 사람 비율은?",
            lambda f: _share(_to(f, ONT)[MIG].sum(), _fl(f)[MIG].sum()),
        ),
        Q(
            "mg-37",
            "share",
            "퀘벡을 떠난 사람들 중 온타리오로 간 비율이 얼마나 돼요?",
            lambda f: _share(_flow(f, QUE, ONT), _from(f, QUE)[MIG].sum()),
        ),
        Q(
            "mg-38",
            "share",
            "What percentage of all migrants moved between provinces less than 500 km apart?",
            lambda f: _share(cut(_fl(f), KM, high=500)[MIG].sum(), _fl(f)[MIG].sum()),
        ),
        Q(
            "mg-39",
            "share",
            "브리티시컬럼비아로 온 사람 중 앨버타 출신 비중",
            lambda f: _share(_flow(f, ALTA, BC), _to(f, BC)[MIG].sum()),
        ),
        # breakdown
        Q(
            "mg-40",
            "breakdown",
            "Number of out-migrants by origin province",
            lambda f: rows(_named(f, _out(_fl(f)))),
        ),
        Q("mg-41", "breakdown", "주별 전입자 수 보여줘", lambda f: rows(_named(f, _in(_fl(f)), ko=True))),
        Q(
            "mg-42",
            "breakdown",
            "Where did the people leaving Newfoundland end up? Migrants by destination, please.",
            lambda f: rows(_dests(f, NFLD)),
        ),
        Q(
            "mg-43",
            "breakdown",
            "온타리오로 들어온 사람들 출발 주별로 나눠줘",
            lambda f: rows(_origins(f, ONT, ko=True)),
        ),
        Q(
            "mg-44",
            "breakdown",
            "net migration for each province (in minus out)",
            lambda f: rows(_named(f, _net(f))),
        ),
        # filter_value
        Q(
            "mg-45",
            "filter_value",
            "퀘벡에서 온타리오로 이주한 사람 몇 명이야?",
            lambda f: value(_flow(f, QUE, ONT)),
        ),
        Q(
            "mg-46",
            "filter_value",
            "Total migrants into Alberta from provinces more than 2,000 km away",
            lambda f: value(cut(_to(f, ALTA), KM, low=2000)[MIG].sum()),
        ),
        Q(
            "mg-47",
            "filter_value",
            "온타리오에서 2000km 미만 떨어진 주로 간 사람은 모두 몇 명?",
            lambda f: value(cut(_from(f, ONT), KM, high=2000)[MIG].sum()),
        ),
        Q(
            "mg-48",
            "filter_value",
            "Among flows of more than 5,000 people, what's the average distance?",
            lambda f: value(cut(_fl(f), MIG, low=5000)[KM].mean()),
        ),
        # loosely named columns and values
        Q(
            "mg-49",
            "loose_value",
            "How many folks packed up and left Saskatchewan?",
            lambda f: value(_from(f, SASK)[MIG].sum()),
        ),
        Q("mg-50", "loose_value", "BC로 이사 온 사람 몇 명이야?", lambda f: value(_to(f, BC)[MIG].sum())),
        Q("mg-51", "loose_value", "How many moved from Nfld to NS?", lambda f: value(_flow(f, NFLD, NS))),
        Q(
            "mg-52",
            "loose_value",
            "What was Quebec's net loss to migration?",
            lambda f: value(_from(f, QUE)[MIG].sum() - _to(f, QUE)[MIG].sum()),
        ),
        # join: the provinces' populations
        Q(
            "mg-53",
            "join",
            "Out-migrants from Saskatchewan as a percentage of its 1966 population",
            lambda f: _share(_from(f, SASK)[MIG].sum(), _p(f).loc[SASK, P66]),
        ),
        Q(
            "mg-54",
            "join",
            "1966년 인구 대비 전출자 비율이 가장 높은 주는?",
            lambda f: _labels(best(_named(f, _out(_fl(f)) / _p(f)[P66], ko=True))),
        ),
        Q(
            "mg-55",
            "join",
            "1971년 인구가 100만 명 넘는 주로 들어간 이주자는 모두 몇 명이에요?",
            lambda f: value(cut(_joined(f), "destination_1971", low=1_000_000)[MIG].sum()),
        ),
        Q(
            "mg-56",
            "join",
            "How many people moved from a smaller province to a larger one, going by 1966 population?",
            lambda f: value(_joined(f).query("origin_1966 < destination_1966")[MIG].sum()),
        ),
        Q(
            "mg-57",
            "join",
            "1966년 인구가 가장 적은 주에서 가장 많은 주로 간 사람은 몇 명?",
            lambda f: value(_flow(f, best(_p(f)[P66], largest=False)["label"], _largest_1966(f))),
        ),
        Q(
            "mg-58",
            "join",
            "Which province received the most in-migrants per 1,000 residents of its 1971 population?",
            lambda f: best(_named(f, 1000 * _in(_fl(f)) / _p(f)[P71])),
        ),
        # year_period: the two population years
        Q(
            "mg-59",
            "year_period",
            "1966년에서 1971년 사이에 인구가 줄어든 주는 몇 개야?",
            lambda f: value(int((_p(f)[P71] < _p(f)[P66]).sum())),
        ),
        Q(
            "mg-60",
            "year_period",
            "Total population of the ten provinces in 1966 and in 1971",
            lambda f: values(_p(f)[P66].sum(), _p(f)[P71].sum()),
        ),
        Q(
            "mg-61",
            "year_period",
            "1966~1971년 인구 증가율이 가장 높은 주는 어디야?",
            lambda f: _labels(best(_named(f, _growth(f), ko=True))),
        ),
        Q(
            "mg-62",
            "year_period",
            "Which province grew the most in absolute numbers between 1966 and 1971?",
            lambda f: best(_named(f, _p(f)[P71] - _p(f)[P66])),
        ),
        # unanswerable
        Q("mg-63", "unanswerable", "How many people moved from Ontario to Quebec in 1968?", lambda f: refuse()),
        Q("mg-64", "unanswerable", "1976년부터 1981년까지 주 간 이주자 수는 몇 명이야?", lambda f: refuse()),
        Q("mg-65", "unanswerable", "Why did so many people leave Saskatchewan?", lambda f: refuse()),
        Q("mg-66", "unanswerable", "앞으로 5년 동안 BC로 올 이주자 수 예측해줘", lambda f: refuse()),
        Q("mg-67", "unanswerable", "How many people moved to the Yukon?", lambda f: refuse()),
        Q("mg-68", "unanswerable", "이주자들 평균 나이는 몇 살이에요?", lambda f: refuse()),
        Q(
            "mg-69",
            "unanswerable",
            "How many people moved from one city to another within Ontario?",
            lambda f: refuse(),
        ),
        Q("mg-70", "unanswerable", "캐나다에서 미국으로 이민 간 사람은 몇 명이야?", lambda f: refuse()),
        Q("mg-71", "unanswerable", "What share of the migrants were women?", lambda f: refuse()),
        # conversations
        Conversation(
            "mg-c01",
            "followup",
            [
                ("온타리오에서 나간 사람 몇 명이야?", lambda f: value(_from(f, ONT)[MIG].sum())),
                ("들어온 사람은?", lambda f: value(_to(f, ONT)[MIG].sum())),
                ("그럼 순유입은 얼마야?", lambda f: value(_net(f)[ONT])),
            ],
        ),
        Conversation(
            "mg-c02",
            "followup",
            [
                ("Where did people leaving Manitoba go most?", lambda f: best(_dests(f, MAN))),
                ("and the top 3?", lambda f: top(_dests(f, MAN), 3)),
                (
                    "what share of Manitoba's out-migrants went to those three?",
                    lambda f: _share(
                        _from(f, MAN).set_index(DEST)[MIG][_top_codes(_from(f, MAN).set_index(DEST)[MIG], 3)].sum(),
                        _from(f, MAN)[MIG].sum(),
                    ),
                ),
            ],
        ),
        Conversation(
            "mg-c03",
            "followup",
            [
                ("주별 전출자 수 보여줘", lambda f: rows(_named(f, _out(_fl(f)), ko=True))),
                ("그중 상위 3개는?", lambda f: top(_named(f, _out(_fl(f)), ko=True), 3)),
                (
                    "그 세 주의 1966년 인구는?",
                    lambda f: rows(
                        _population(f, P66, ko=True)[[_name(f, code, ko=True) for code in _top_codes(_out(_fl(f)), 3)]]
                    ),
                ),
            ],
        ),
        Conversation(
            "mg-c04",
            "followup",
            [
                ("How many people moved from Quebec to Ontario?", lambda f: value(_flow(f, QUE, ONT))),
                ("and the other way?", lambda f: value(_flow(f, ONT, QUE))),
                (
                    "what's the difference between the two?",
                    lambda f: value(abs(_flow(f, QUE, ONT) - _flow(f, ONT, QUE))),
                ),
            ],
        ),
        Conversation(
            "mg-c05",
            "followup",
            [
                ("브리티시컬럼비아로 들어온 사람 총 몇 명이에요?", lambda f: value(_to(f, BC)[MIG].sum())),
                ("그중 앨버타 출신은?", lambda f: value(_flow(f, ALTA, BC))),
                ("비율로 치면?", lambda f: _share(_flow(f, ALTA, BC), _to(f, BC)[MIG].sum())),
            ],
        ),
        Conversation(
            "mg-c06",
            "followup",
            [
                (
                    "Which province lost the most people to migration on net?",
                    lambda f: _labels(best(_named(f, _net(f)), largest=False)),
                ),
                ("what was its 1966 population?", lambda f: value(_p(f).loc[_most_lost(f), P66])),
                ("and in 1971?", lambda f: value(_p(f).loc[_most_lost(f), P71])),
            ],
        ),
        Conversation(
            "mg-c07",
            "followup",
            [
                ("average distance of the flows out of BC", lambda f: value(_from(f, BC)[KM].mean())),
                ("and out of Quebec?", lambda f: value(_from(f, QUE)[KM].mean())),
            ],
        ),
        Conversation(
            "mg-c08",
            "followup",
            [
                ("뉴펀들랜드에서 나간 사람들은 어느 주로 제일 많이 갔어?", lambda f: best(_dests(f, NFLD, ko=True))),
                (
                    "두 번째로 많이 간 곳은?",
                    lambda f: _second(_dests(f, NFLD, ko=True)),
                ),
                (
                    "거기까지 거리는 얼마나 돼?",
                    lambda f: value(_km(f, NFLD, _top_codes(_from(f, NFLD).set_index(DEST)[MIG], 2)[1])),
                ),
            ],
        ),
        Conversation(
            "mg-c09",
            "followup",
            [
                (
                    "How many flows had fewer than 1,000 migrants?",
                    lambda f: value(len(cut(_fl(f), MIG, high=1000))),
                ),
                (
                    "what share of all flows is that?",
                    lambda f: _share(len(cut(_fl(f), MIG, high=1000)), len(_fl(f))),
                ),
            ],
        ),
        Conversation(
            "mg-c10",
            "followup",
            [
                ("1971년 인구 상위 3개 주", lambda f: top(_population(f, P71, ko=True), 3)),
                ("1966년 기준으로는?", lambda f: top(_population(f, P66, ko=True), 3)),
            ],
        ),
        Conversation(
            "mg-c11",
            "followup",
            [
                (
                    "Total migrants on flows shorter than 1,000 km",
                    lambda f: value(cut(_fl(f), KM, high=1000)[MIG].sum()),
                ),
                (
                    "and on flows between 1,000 and 2,000 km?",
                    lambda f: value(cut(_fl(f), KM, low=1000, high=2000)[MIG].sum()),
                ),
            ],
        ),
        Conversation(
            "mg-c12",
            "followup",
            [
                ("서스캐처원에서 앨버타로 간 사람 몇 명?", lambda f: value(_flow(f, SASK, ALTA))),
                ("반대 방향은?", lambda f: value(_flow(f, ALTA, SASK))),
            ],
        ),
        Conversation(
            "mg-c13",
            "followup",
            [
                ("Which province received the fewest migrants?", lambda f: best(_named(f, _in(_fl(f))), largest=False)),
                ("and its net migration, in minus out?", lambda f: value(_net(f)[_fewest_in(f)])),
            ],
        ),
        Conversation(
            "mg-c14",
            "followup",
            [
                ("온타리오에서 퀘벡으로 간 사람 몇 명이에요?", lambda f: value(_flow(f, ONT, QUE))),
                ("작년에는 몇 명이었어요?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "mg-c15",
            "followup",
            [
                ("1966년 인구가 가장 많은 주는?", lambda f: best(_population(f, P66, ko=True))),
                (
                    "거기서 제일 가까운 주는 어디야?",
                    lambda f: entity(
                        _name(f, _nearest(f, _largest_1966(f)), ko=True),
                        _km(f, _largest_1966(f), _nearest(f, _largest_1966(f))),
                    ),
                ),
                (
                    "두 주 사이를 오간 사람은 모두 몇 명이야?",
                    lambda f: value(
                        _flow(f, _largest_1966(f), _nearest(f, _largest_1966(f)))
                        + _flow(f, _nearest(f, _largest_1966(f)), _largest_1966(f))
                    ),
                ),
            ],
        ),
    ],
)
