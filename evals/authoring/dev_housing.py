"""Dev set on Ecdat::Housing (546 house sales in Windsor, Canada, a cross-section from 1987) as one table `houses`.

`houses` holds one row per house sold (`house_id` 1-546 in the source's order, `price`, `lot_size`, `bedrooms`,
`bathrooms`, `stories`, `driveway`, `rec_room`, `full_basement`, `gas_water_heating`, `air_conditioning`,
`garage_places`, `preferred_area`). Made by evals/authoring/dev_derived_housing.py. There is one table (no
join) and one cross-section (1987) with no sale date: questions on other years, months, changes over time and
forecasts cannot be answered, nor questions on things the table does not hold (the house's age, floor area,
street or neighbourhood name, taxes, time on the market, pools, ...), on causes, or on other cities.

Readings:
- "How many houses" / "몇 채" / "몇 개" counts rows of `houses` (one row a house, each sold once).
- `price` is the sale price (the number as the source holds it; no currency is named, so no question names
  one); Korean questions say 가격, 집값 or 매매가 for it, English ones "price", "sold for", "cost", "go for".
  `lot_size` is the lot size in square feet: "lot size", "lot", "property" (hs-71), 대지 면적, 대지.
  `bedrooms` is 침실 (a loose 방 in hs-72), `bathrooms` (full bathrooms) 욕실 (a loose 화장실 in hs-73),
  `stories` 층수 (단층집 = 1 story), `garage_places` 차고 자리 / 주차 대수 / garage places.
- The yes/no columns are asked by their plain meaning: "with air conditioning" / "에어컨 있는" / "central air" is
  `air_conditioning = 'yes'`, "without" / "없는" is `no`; likewise a driveway (진입로), a rec room (레크리에이션
  룸 / 오락실), a full (finished) basement (완성된 지하실 / 풀 베이스먼트), gas water heating (가스 온수 난방), and
  "in the preferred area" / "preferred neighbourhood" / 선호 지역 / 선호 동네 (`preferred_area = 'yes'`).
- "With a garage" / "차고 있는" is `garage_places` at least 1, "no garage" / "차고 없는" is 0; "a two-car
  garage" is exactly 2 garage places. On the whole-number columns (bedrooms, bathrooms, stories, garage places)
  questions ask for one value ("3 bedrooms", "침실 3개짜리"), or say "N or more" / "at least N" / "N개 이상"
  (inclusive); "more than N" there is strict.
- Cuts on `price` and `lot_size`: "more than" / "over" / "above" / "넘는" / "초과" are strict, "under" /
  "below" / "미만" strict; every such cut is at a value no house sits on exactly (checked by `_cut`), so strict
  and inclusive readings give the same rows (prices are mostly round numbers, hence cuts like 115,000 or
  37,500).
- An average ("average", "평균", "by bedrooms") is the plain mean over the houses asked about; "median" /
  "중앙값" is asked in so many words; the standard deviation (hs-30) is the sample one (n - 1), as pandas and
  SQL's STDDEV give it. "Price per square foot" is each house's `price / lot_size`, asked in so many words,
  and ranked per house (hs-33, hs-39); it is never averaged.
- "Which house" / "어느 집" answers with the house's `house_id`; it is only asked where the first house (and
  every house of a top-N) is unique without ties (checked by `_htop`). "The cheapest house" has a tie (three
  houses at the lowest price), so only the lowest price itself is asked. "Which number of bedrooms / stories /
  ..." answers with the number; such group questions are asked only without ties (`best` / `top`).
- A share ("what percentage", "비율", "비중") is of houses (rows) unless the question names another total
  (the sum of prices, hs-46); "among houses in the preferred area" / "선호 지역 집들 중" divides by that group.
- Breakdowns by a yes/no column are labelled `yes` / `no`, as the table holds them.
- "The difference between the two" (hs-c02) is the larger average minus the smaller one (positive).
- Follow-ups keep the previous turn's houses and measure unless they change one: "only in the preferred area"
  adds that filter to the breakdown, "and the maximum?" swaps the mean for the maximum, "그중 상위 2개는?" is
  the top 2 of the breakdown just shown, "없는 집은?" / "욕실 2개는?" / "and without one?" swap one value of the
  filter.
- "The most expensive house" in follow-ups (hs-c05) is the one house with the highest price ("그 집" is that
  house); "house 100" is `house_id = 100`. In hs-c11, "제일 작은 집은?" after the price of the house with the
  largest lot is the price of the house with the smallest lot.
- "The top price among them" is the highest `price` of those houses; "preferred area vs not" is a breakdown by
  `preferred_area`.
"""

from evals.authoring.common import (
    BankSet,
    Conversation,
    Q,
    Table,
    best,
    cut,
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

T = "houses"
PRICE, LOT, BED, BATH, STORIES, GARAGE = "price", "lot_size", "bedrooms", "bathrooms", "stories", "garage_places"
AC, PREF, DRIVE, REC, BASE, GAS = (
    "air_conditioning",
    "preferred_area",
    "driveway",
    "rec_room",
    "full_basement",
    "gas_water_heating",
)


def _h(f, **equal):
    """The houses (with these column values)."""
    return where(f[T], **equal)


def _yes(f, column, yes=True, **equal):
    """The houses with `yes` (or `no`) in the yes/no column (and these other values)."""
    return where(_h(f, **equal), **{column: "yes" if yes else "no"})


def _garage(frame, has=True):
    """The houses with at least one garage place (or none)."""
    return frame[frame[GARAGE] > 0] if has else frame[frame[GARAGE] == 0]


def _at_least(frame, column, n):
    return frame[frame[column] >= n]


def _ratio(frame):
    """The frame with each house's price per square foot of lot (`price / lot_size`) as `per_sqft`."""
    return frame.assign(per_sqft=frame[PRICE] / frame[LOT])


def _by(frame, key, column=PRICE, how="mean"):
    return frame.groupby(key)[column].agg(how)


def _count_by(frame, key):
    return frame.groupby(key).size()


def _htop(frame, column, n, largest=True):
    """The top `n` houses of the frame by the column, by `house_id` (no tie at the cut or inside)."""
    ranked = frame.sort_values(column, ascending=not largest)
    if len(ranked) > n and ranked[column].iloc[n - 1] == ranked[column].iloc[n]:
        raise ValueError("a tie at the cut")
    head = ranked.head(n)
    if head[column].duplicated().any():
        raise ValueError("ties inside the top")
    return order(list(head["house_id"]), list(head[column]))


def _hbest(frame, column, largest=True):
    """The `house_id` and value of the frame's house with the highest (lowest) value ("which house")."""
    found = _htop(frame, column, 1, largest)
    return entity(found["order"][0], found["values"][0])


def _first(frame, column, largest=True):
    """The row of the frame's house with the highest (lowest) value of the column (refusing a tie)."""
    ranked = frame.sort_values(column, ascending=not largest)
    if ranked[column].iloc[0] == ranked[column].iloc[1]:
        raise ValueError("a tie for the first place")
    return ranked.iloc[0]


def _house(f, house_id):
    """The one row of the house with this id."""
    found = _h(f, house_id=house_id)
    if len(found) != 1:
        raise ValueError(f"house {house_id}: {len(found)} rows")
    return found.iloc[0]


def _share(part, whole):
    return percent(100 * len(part) / len(whole))


def _diff(a, b):
    return value(abs(a - b))


SET = BankSet(
    name="dev_housing",
    split="dev",
    tables=[Table(T, file="dev/housing_houses.parquet")],
    questions=[
        # count
        Q("hs-01", "count", "How many houses are in the data?", lambda f: value(len(_h(f)))),
        Q("hs-02", "count", "에어컨 있는 집 몇 채야?", lambda f: value(len(_yes(f, AC)))),
        Q("hs-03", "count", "선호 지역에 있는 집은 몇 채인가요?", lambda f: value(len(_yes(f, PREF)))),
        Q(
            "hs-04",
            "count",
            "how many houses sold for more than 115,000?",
            lambda f: value(len(cut(_h(f), PRICE, low=115000))),
        ),
        Q("hs-05", "count", "침실 3개짜리 집 몇 개?", lambda f: value(len(_h(f, bedrooms=3)))),
        Q("hs-06", "count", "How many houses don't have a driveway?", lambda f: value(len(_yes(f, DRIVE, yes=False)))),
        Q("hs-07", "count", "차고 없는 집은 몇 채예요?", lambda f: value(len(_garage(_h(f), has=False)))),
        Q(
            "hs-08",
            "count",
            "대지 면적 10000 평방피트 넘는 집 몇 채?",
            lambda f: value(len(cut(_h(f), LOT, low=10000))),
        ),
        # count_distinct
        Q("hs-09", "count_distinct", "침실 수는 몇 가지 값이 있어?", lambda f: value(_h(f)[BED].nunique())),
        Q(
            "hs-10",
            "count_distinct",
            "how many distinct sale prices are there?",
            lambda f: value(_h(f)[PRICE].nunique()),
        ),
        Q("hs-11", "count_distinct", "서로 다른 대지 면적 값은 몇 개야?", lambda f: value(_h(f)[LOT].nunique())),
        Q(
            "hs-12",
            "count_distinct",
            "In the preferred area, how many different lot sizes show up?",
            lambda f: value(_yes(f, PREF)[LOT].nunique()),
        ),
        # sum
        Q("hs-13", "sum", "total of all sale prices", lambda f: value(_h(f)[PRICE].sum())),
        Q("hs-14", "sum", "선호 지역 집들 매매가 합계 얼마야?", lambda f: value(_yes(f, PREF)[PRICE].sum())),
        Q(
            "hs-15",
            "sum",
            "What's the combined lot area of all the houses, in square feet?",
            lambda f: value(_h(f)[LOT].sum()),
        ),
        Q("hs-16", "sum", "차고 자리 다 합치면 몇 대분이야?", lambda f: value(_h(f)[GARAGE].sum())),
        Q(
            "hs-17",
            "sum",
            "total number of bedrooms in the houses that have a full basement",
            lambda f: value(_yes(f, BASE)[BED].sum()),
        ),
        # average
        Q("hs-18", "average", "평균 집값 얼마예요?", lambda f: value(_h(f)[PRICE].mean())),
        Q("hs-19", "average", "What's the average lot size?", lambda f: value(_h(f)[LOT].mean())),
        Q("hs-20", "average", "median sale price", lambda f: value(_h(f)[PRICE].median())),
        Q("hs-21", "average", "침실 수 평균 알려줘", lambda f: value(_h(f)[BED].mean())),
        Q("hs-22", "average", "대지 면적 중앙값은?", lambda f: value(_h(f)[LOT].median())),
        # min_max
        Q("hs-23", "min_max", "제일 비싼 집 가격은?", lambda f: value(_h(f)[PRICE].max())),
        Q("hs-24", "min_max", "What's the smallest lot in the data?", lambda f: value(_h(f)[LOT].min())),
        Q("hs-25", "min_max", "max number of bedrooms in any house", lambda f: value(_h(f)[BED].max())),
        Q("hs-26", "min_max", "최저 매매가 얼마야", lambda f: value(_h(f)[PRICE].min())),
        Q("hs-27", "min_max", "욕실이 가장 많은 집은 욕실이 몇 개야?", lambda f: value(_h(f)[BATH].max())),
        # multi_measure
        Q(
            "hs-28",
            "multi_measure",
            "min, max and mean price",
            lambda f: values(_h(f)[PRICE].min(), _h(f)[PRICE].max(), _h(f)[PRICE].mean()),
        ),
        Q(
            "hs-29",
            "multi_measure",
            "대지 면적 평균이랑 중앙값 같이 보여줘",
            lambda f: values(_h(f)[LOT].mean(), _h(f)[LOT].median()),
        ),
        Q(
            "hs-30",
            "multi_measure",
            "집값 평균과 표준편차 알려줘",
            lambda f: values(_h(f)[PRICE].mean(), _h(f)[PRICE].std()),
        ),
        Q(
            "hs-31",
            "multi_measure",
            "선호 지역 집들의 평균 가격과 평균 대지 면적은 얼마인가요?",
            lambda f: values(_yes(f, PREF)[PRICE].mean(), _yes(f, PREF)[LOT].mean()),
        ),
        Q(
            "hs-32",
            "multi_measure",
            "For houses without a driveway, what are the lowest and highest prices?",
            lambda f: values(_yes(f, DRIVE, yes=False)[PRICE].min(), _yes(f, DRIVE, yes=False)[PRICE].max()),
        ),
        # ranking
        Q(
            "hs-33",
            "ranking",
            "the 5 houses with the highest price per square foot of lot (price divided by lot size)",
            lambda f: _htop(_ratio(_h(f)), "per_sqft", 5),
        ),
        Q("hs-34", "ranking", "대지 면적 제일 큰 집 2개 보여줘", lambda f: _htop(_h(f), LOT, 2)),
        Q("hs-35", "ranking", "대지가 가장 작은 집 4채", lambda f: _htop(_h(f), LOT, 4, largest=False)),
        Q(
            "hs-36",
            "ranking",
            "Top 3 most expensive houses in the preferred area",
            lambda f: _htop(_yes(f, PREF), PRICE, 3),
        ),
        Q(
            "hs-37",
            "ranking",
            "선호 지역 아닌 곳에서 제일 비싸게 팔린 집 3채는?",
            lambda f: _htop(_yes(f, PREF, yes=False), PRICE, 3),
        ),
        Q(
            "hs-38",
            "ranking",
            "rank the numbers of stories by average price, highest first",
            lambda f: top(_by(_h(f), STORIES), 4),
        ),
        Q(
            "hs-39",
            "ranking",
            "평방피트당 가격(가격 ÷ 대지 면적)이 가장 낮은 집 3채",
            lambda f: _htop(_ratio(_h(f)), "per_sqft", 3, largest=False),
        ),
        # which_one
        Q("hs-40", "which_one", "Which house sold for the highest price?", lambda f: _hbest(_h(f), PRICE)),
        Q(
            "hs-41",
            "which_one",
            "대지 면적이 가장 작은 집은 어느 거야? house_id로 알려줘",
            lambda f: _hbest(_h(f), LOT, largest=False),
        ),
        Q(
            "hs-42",
            "which_one",
            "침실 수별로 보면 평균 가격이 제일 높은 건 침실 몇 개짜리야?",
            lambda f: best(_by(_h(f), BED)),
        ),
        Q(
            "hs-43",
            "which_one",
            "which number of stories is the most common?",
            lambda f: best(_count_by(_h(f), STORIES)),
        ),
        Q(
            "hs-44",
            "which_one",
            "Among houses with gas water heating, which one has the biggest lot?",
            lambda f: _hbest(_yes(f, GAS), LOT),
        ),
        Q(
            "hs-45",
            "which_one",
            "차고 자리 수별 평균 대지 면적이 가장 큰 그룹은?",
            lambda f: best(_by(_h(f), GARAGE, LOT)),
        ),
        # share
        Q(
            "hs-46",
            "share",
            "전체 매매가 합계에서 선호 지역 집들이 차지하는 비중은?",
            lambda f: percent(100 * _yes(f, PREF)[PRICE].sum() / _h(f)[PRICE].sum()),
        ),
        Q("hs-47", "share", "what percentage of houses have air conditioning?", lambda f: _share(_yes(f, AC), _h(f))),
        Q("hs-48", "share", "진입로 있는 집 비율", lambda f: _share(_yes(f, DRIVE), _h(f))),
        Q(
            "hs-49",
            "share",
            "Share of houses priced above 67,500",
            lambda f: _share(cut(_h(f), PRICE, low=67500), _h(f)),
        ),
        Q(
            "hs-50",
            "share",
            "What fraction of the houses have a garage (at least one garage place)?",
            lambda f: _share(_garage(_h(f)), _h(f)),
        ),
        Q("hs-51", "share", "완성된 지하실 있는 집은 몇 %야?", lambda f: _share(_yes(f, BASE), _h(f))),
        Q(
            "hs-52",
            "share",
            "선호 지역 집들 중 에어컨 있는 비율은?",
            lambda f: _share(_yes(f, AC, preferred_area="yes"), _yes(f, PREF)),
        ),
        # breakdown
        Q("hs-53", "breakdown", "침실 수별 집 개수", lambda f: rows(_count_by(_h(f), BED))),
        Q("hs-54", "breakdown", "average price by number of stories", lambda f: rows(_by(_h(f), STORIES))),
        Q("hs-55", "breakdown", "에어컨 유무별 평균 가격", lambda f: rows(_by(_h(f), AC))),
        Q(
            "hs-56",
            "breakdown",
            "median lot size for each number of bathrooms",
            lambda f: rows(_by(_h(f), BATH, LOT, "median")),
        ),
        Q("hs-57", "breakdown", "차고 자리 수별 최고가 보여줘", lambda f: rows(_by(_h(f), GARAGE, PRICE, "max"))),
        Q("hs-58", "breakdown", "선호 지역 여부별 평균 대지 면적", lambda f: rows(_by(_h(f), PREF, LOT))),
        Q(
            "hs-59",
            "breakdown",
            "how many houses are there for each number of garage places?",
            lambda f: rows(_count_by(_h(f), GARAGE)),
        ),
        # filter_value: one or several conditions
        Q(
            "hs-60",
            "filter_value",
            "에어컨 있고 선호 지역에 있는 집들 평균 가격",
            lambda f: value(_yes(f, AC, preferred_area="yes")[PRICE].mean()),
        ),
        Q(
            "hs-61",
            "filter_value",
            "How many houses have 3 bedrooms, 2 bathrooms and a driveway?",
            lambda f: value(len(_yes(f, DRIVE, bedrooms=3, bathrooms=2))),
        ),
        Q(
            "hs-62",
            "filter_value",
            "대지 면적 5250 평방피트 넘는 집들의 평균 가격은?",
            lambda f: value(cut(_h(f), LOT, low=5250)[PRICE].mean()),
        ),
        Q(
            "hs-63",
            "filter_value",
            "median price of 2-story houses with a full basement",
            lambda f: value(_yes(f, BASE, stories=2)[PRICE].median()),
        ),
        Q(
            "hs-64",
            "filter_value",
            "차고 자리 2개 이상이고 진입로 있는 집 중 가장 싼 가격은?",
            lambda f: value(_at_least(_yes(f, DRIVE), GARAGE, 2)[PRICE].min()),
        ),
        Q(
            "hs-65",
            "filter_value",
            "가스 온수 난방 쓰는 집들 평균 욕실 수는?",
            lambda f: value(_yes(f, GAS)[BATH].mean()),
        ),
        Q(
            "hs-66",
            "filter_value",
            "houses with a rec room but no full basement: how many are there, and what's their average price?",
            lambda f: values(
                len(_yes(f, REC, full_basement="no")),
                _yes(f, REC, full_basement="no")[PRICE].mean(),
            ),
        ),
        Q(
            "hs-67",
            "filter_value",
            "침실 4개 이상인 집들의 평균 대지 면적 알려줘",
            lambda f: value(_at_least(_h(f), BED, 4)[LOT].mean()),
        ),
        Q(
            "hs-68",
            "filter_value",
            "Average price of houses with no garage, no driveway and no air conditioning",
            lambda f: value(_garage(_yes(f, AC, yes=False, driveway="no"), has=False)[PRICE].mean()),
        ),
        Q(
            "hs-69",
            "filter_value",
            "대지 3250 평방피트 미만이면서 에어컨 있는 집 몇 채야?",
            lambda f: value(len(cut(_yes(f, AC), LOT, high=3250))),
        ),
        # loosely named columns and values
        Q(
            "hs-70",
            "loose_value",
            "how much did the priciest place with AC go for?",
            lambda f: value(_yes(f, AC)[PRICE].max()),
        ),
        Q("hs-71", "loose_value", "How big is the biggest property?", lambda f: value(_h(f)[LOT].max())),
        Q("hs-72", "loose_value", "방 5개짜리 집 몇 채야?", lambda f: value(len(_h(f, bedrooms=5)))),
        Q("hs-73", "loose_value", "화장실 2개 있는 집 평균 얼마?", lambda f: value(_h(f, bathrooms=2)[PRICE].mean())),
        Q(
            "hs-74",
            "loose_value",
            "what do houses with central air cost on average?",
            lambda f: value(_yes(f, AC)[PRICE].mean()),
        ),
        Q("hs-75", "loose_value", "단층집 평균 가격", lambda f: value(_h(f, stories=1)[PRICE].mean())),
        Q(
            "hs-76",
            "loose_value",
            "how many places have a two-car garage?",
            lambda f: value(len(_h(f, garage_places=2))),
        ),
        # unanswerable
        Q("hs-77", "unanswerable", "What was the average house price in Windsor in 1995?", lambda f: refuse()),
        Q("hs-78", "unanswerable", "내년 집값 예측해줘", lambda f: refuse()),
        Q("hs-79", "unanswerable", "집들 평균 건축 연도는 언제야?", lambda f: refuse()),
        Q("hs-80", "unanswerable", "what's the average living area in square feet?", lambda f: refuse()),
        Q("hs-81", "unanswerable", "월별 거래 건수 보여줘", lambda f: refuse()),
        Q("hs-82", "unanswerable", "Which street has the most expensive houses?", lambda f: refuse()),
        Q("hs-83", "unanswerable", "수영장 있는 집은 몇 채야?", lambda f: refuse()),
        Q(
            "hs-84",
            "unanswerable",
            "How long were the houses on the market before they sold, on average?",
            lambda f: refuse(),
        ),
        Q("hs-85", "unanswerable", "토론토 평균 집값이랑 비교하면 어때?", lambda f: refuse()),
        Q("hs-86", "unanswerable", "what property tax did house 10 pay?", lambda f: refuse()),
        Q("hs-87", "unanswerable", "선호 지역 집이 왜 더 비싼지 이유 설명해줘", lambda f: refuse()),
        Q("hs-88", "unanswerable", "How far is each house from downtown Windsor?", lambda f: refuse()),
        Q("hs-89", "unanswerable", "가장 비싼 집 판 사람 이름이 뭐야?", lambda f: refuse()),
        # conversations
        Conversation(
            "hs-c01",
            "followup",
            [
                ("average price by number of bedrooms", lambda f: rows(_by(_h(f), BED))),
                ("only in the preferred area", lambda f: rows(_by(_yes(f, PREF), BED))),
                ("and the maximum?", lambda f: rows(_by(_yes(f, PREF), BED, PRICE, "max"))),
            ],
        ),
        Conversation(
            "hs-c02",
            "followup",
            [
                ("에어컨 있는 집 평균 가격", lambda f: value(_yes(f, AC)[PRICE].mean())),
                ("없는 집은?", lambda f: value(_yes(f, AC, yes=False)[PRICE].mean())),
                ("둘 차이는 얼마야?", lambda f: _diff(_yes(f, AC)[PRICE].mean(), _yes(f, AC, yes=False)[PRICE].mean())),
            ],
        ),
        Conversation(
            "hs-c03",
            "followup",
            [
                ("how many houses sold for over 102,500?", lambda f: value(len(cut(_h(f), PRICE, low=102500)))),
                (
                    "how many of them are in the preferred area?",
                    lambda f: value(len(cut(_yes(f, PREF), PRICE, low=102500))),
                ),
                (
                    "and what's their average lot size?",
                    lambda f: value(cut(_yes(f, PREF), PRICE, low=102500)[LOT].mean()),
                ),
            ],
        ),
        Conversation(
            "hs-c04",
            "followup",
            [
                ("층수별 집 수 알려줘", lambda f: rows(_count_by(_h(f), STORIES))),
                ("선호 지역만 보면?", lambda f: rows(_count_by(_yes(f, PREF), STORIES))),
            ],
        ),
        Conversation(
            "hs-c05",
            "followup",
            [
                ("가장 비싼 집은 어느 집이야?", lambda f: _hbest(_h(f), PRICE)),
                ("그 집 대지 면적은?", lambda f: value(_first(_h(f), PRICE)[LOT])),
                ("침실은 몇 개고?", lambda f: value(_first(_h(f), PRICE)[BED])),
                ("에어컨은 있어?", lambda f: value(_first(_h(f), PRICE)[AC])),
            ],
        ),
        Conversation(
            "hs-c06",
            "followup",
            [
                ("What's the median price of houses with a rec room?", lambda f: value(_yes(f, REC)[PRICE].median())),
                ("and without one?", lambda f: value(_yes(f, REC, yes=False)[PRICE].median())),
            ],
        ),
        Conversation(
            "hs-c07",
            "followup",
            [
                ("차고 자리 수별 평균 가격", lambda f: rows(_by(_h(f), GARAGE))),
                ("그중 상위 2개는?", lambda f: top(_by(_h(f), GARAGE), 2)),
            ],
        ),
        Conversation(
            "hs-c08",
            "followup",
            [
                ("How many houses have 2 bathrooms?", lambda f: value(len(_h(f, bathrooms=2)))),
                ("what share of all houses is that?", lambda f: _share(_h(f, bathrooms=2), _h(f))),
                ("and their average price?", lambda f: value(_h(f, bathrooms=2)[PRICE].mean())),
            ],
        ),
        Conversation(
            "hs-c09",
            "followup",
            [
                ("선호 지역 집들 평균 대지 면적", lambda f: value(_yes(f, PREF)[LOT].mean())),
                ("다른 얘긴데, 침실 6개인 집은 몇 채야?", lambda f: value(len(_h(f, bedrooms=6)))),
            ],
        ),
        Conversation(
            "hs-c10",
            "followup",
            [
                ("average lot size of houses with gas water heating", lambda f: value(_yes(f, GAS)[LOT].mean())),
                ("what about the maximum?", lambda f: value(_yes(f, GAS)[LOT].max())),
            ],
        ),
        Conversation(
            "hs-c11",
            "followup",
            [
                ("대지 면적 제일 큰 집 가격은?", lambda f: value(_first(_h(f), LOT)[PRICE])),
                ("제일 작은 집은?", lambda f: value(_first(_h(f), LOT, largest=False)[PRICE])),
            ],
        ),
        Conversation(
            "hs-c12",
            "followup",
            [
                (
                    "how many houses have both air conditioning and a full basement?",
                    lambda f: value(len(_yes(f, AC, full_basement="yes"))),
                ),
                (
                    "only those in the preferred area",
                    lambda f: value(len(_yes(f, AC, full_basement="yes", preferred_area="yes"))),
                ),
                (
                    "what's the top price among them?",
                    lambda f: value(_yes(f, AC, full_basement="yes", preferred_area="yes")[PRICE].max()),
                ),
            ],
        ),
        Conversation(
            "hs-c13",
            "followup",
            [
                (
                    "What share of houses without a driveway are in the preferred area?",
                    lambda f: _share(_yes(f, PREF, driveway="no"), _yes(f, DRIVE, yes=False)),
                ),
                (
                    "and among houses with a driveway?",
                    lambda f: _share(_yes(f, PREF, driveway="yes"), _yes(f, DRIVE)),
                ),
            ],
        ),
        Conversation(
            "hs-c14",
            "followup",
            [
                ("선호 지역 집 평균 가격 알려줘", lambda f: value(_yes(f, PREF)[PRICE].mean())),
                ("작년에는 얼마였어?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "hs-c15",
            "followup",
            [
                ("what did house 100 sell for?", lambda f: value(_house(f, 100)[PRICE])),
                ("how big is its lot?", lambda f: value(_house(f, 100)[LOT])),
            ],
        ),
        Conversation(
            "hs-c16",
            "followup",
            [
                ("욕실 1개인 집 중 가장 비싼 집 가격", lambda f: value(_h(f, bathrooms=1)[PRICE].max())),
                ("욕실 2개는?", lambda f: value(_h(f, bathrooms=2)[PRICE].max())),
            ],
        ),
        Conversation(
            "hs-c17",
            "followup",
            [
                ("how many houses have 4 stories?", lambda f: value(len(_h(f, stories=4)))),
                ("what's the average price of those?", lambda f: value(_h(f, stories=4)[PRICE].mean())),
                ("how many of them have air conditioning?", lambda f: value(len(_yes(f, AC, stories=4)))),
            ],
        ),
        Conversation(
            "hs-c18",
            "followup",
            [
                ("대지 면적 4250 평방피트 미만인 집 몇 채?", lambda f: value(len(cut(_h(f), LOT, high=4250)))),
                ("그중 차고 있는 집은?", lambda f: value(len(_garage(cut(_h(f), LOT, high=4250))))),
                ("걔네 평균 가격은?", lambda f: value(_garage(cut(_h(f), LOT, high=4250))[PRICE].mean())),
            ],
        ),
        Conversation(
            "hs-c19",
            "followup",
            [
                ("average number of bedrooms, preferred area vs not", lambda f: rows(_by(_h(f), PREF, BED))),
                ("and bathrooms?", lambda f: rows(_by(_h(f), PREF, BATH))),
            ],
        ),
        Conversation(
            "hs-c20",
            "followup",
            [
                ("침실 수별 평균 가격 상위 3개", lambda f: top(_by(_h(f), BED), 3)),
                ("대지 면적 기준으로는?", lambda f: top(_by(_h(f), BED, LOT), 3)),
            ],
        ),
    ],
)
