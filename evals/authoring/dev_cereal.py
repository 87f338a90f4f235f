"""Dev set on MASS::UScereal (65 US breakfast cereals, 1993) as two tables, `cereals` and `makers`, in English.

`cereals` holds one row per cereal (`cereal_id`, `name`, `maker_id`, `shelf` 1-3 counted from the floor, the
nutrients per portion of one American cup: `calories`, `protein`, `fat`, `sodium`, `fibre`, `carbo`, `sugars`,
`potassium`, and `vitamins`: `100%`, `enriched` or `none`); `makers` the 6 manufacturers (`maker_id`, `code`,
`name`: General Mills, Kelloggs, Nabisco, Post, Quaker Oats, Ralston Purina). Made by
evals/authoring/dev_derived_cereal.py. Both tables have a `name`: a maker's name lives in `makers` only, so "by
manufacturer", "Kellogg's cereals" or "제조사별" need the join; maker labels are the `makers` names
(`Kelloggs`, written so in the source's help page, for "Kellogg's").

Readings:
- "How many cereals" counts rows of `cereals`; "how many makers" counts makers (all 6 have cereals).
- A cereal named in a question is the cereal of exactly that name: "Cheerios" is `Cheerios` (not Honey Nut
  Cheerios), "Corn Flakes" is `Corn Flakes` (not Total Corn Flakes).
- "Sugar" is `sugars`, "fiber" is `fibre`, "carbs" / "탄수화물" is `carbo`, "진열대" is `shelf`.
- Many values tie (a dozen cereals have 110 calories, several 0 sodium or 0 sugars): rankings and "which one"
  are asked only where the places asked have no tie (`top` and `best` refuse one). "By shelf" labels are the
  shelf numbers 1-3. A grouping of a filtered set lists only the groups that have rows (makers with no cereal
  under the filter are left out, as a GROUP BY gives).
- Sums of per-portion values are asked as totals over the cereals named ("a cup of each").
- There is no price, rating, sales, year, weight or location: such questions are refused.
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


def _c(f):
    return f["cereals"]


def _j(f):
    """Cereals with their maker's name (`maker`) and code (`maker_code`)."""
    makers = f["makers"].rename(columns={"name": "maker", "code": "maker_code"})
    return _c(f).merge(makers, on="maker_id", how="left")


def _of(f, maker, **equal):
    """The cereals of one maker (by the maker's name), optionally filtered further."""
    return where(_j(f), maker=maker, **equal)


def _shelf(f, shelf):
    return where(_c(f), shelf=shelf)


def _named(frame):
    """A frame indexed by the cereal's name."""
    return frame.set_index("name")


def _cereal(f, name, column):
    """The value of one column for the cereal of exactly this name."""
    found = where(_c(f), name=name)
    assert len(found) == 1, name
    return value(found[column].iloc[0])


def _by_maker(frame, column, how="mean"):
    return frame.groupby("maker")[column].agg(how)


def _by_shelf(frame, column, how="mean"):
    return frame.groupby("shelf")[column].agg(how)


SET = BankSet(
    name="dev_cereal",
    split="dev",
    tables=[Table("cereals", file="dev/cereals.parquet"), Table("makers", file="dev/cereal_makers.parquet")],
    questions=[
        # count
        Q("cer-01", "count", "How many cereals are in the data?", lambda f: value(len(_c(f)))),
        Q("cer-02", "count", "칼로리가 200 넘는 시리얼 몇 개?", lambda f: value((_c(f).calories > 200).sum())),
        Q("cer-03", "count", "how many cereals sit on shelf 3", lambda f: value(len(_shelf(f, 3)))),
        Q("cer-04", "count", "지방이 0인 시리얼은 몇 개야?", lambda f: value((_c(f).fat == 0).sum())),
        Q("cer-05", "count", "How many cereals have vitamins = 'none'?",
          lambda f: value(len(where(_c(f), vitamins="none")))),
        Q("cer-06", "count", "설탕(sugars) 10g 이상인 시리얼 개수", lambda f: value((_c(f).sugars >= 10).sum())),
        Q("cer-07", "count", "나트륨이 300mg을 넘고 진열대 3에 있는 시리얼은 몇 개인가요?",
          lambda f: value((_shelf(f, 3).sodium > 300).sum())),
        # count_distinct
        Q("cer-08", "count_distinct", "How many manufacturers are there?", lambda f: value(len(f["makers"]))),
        Q("cer-09", "count_distinct", "vitamins 컬럼에는 값이 몇 가지 있어?",
          lambda f: value(_c(f).vitamins.nunique())),
        Q("cer-10", "count_distinct", "how many different makers have at least one cereal on shelf 1?",
          lambda f: value(_shelf(f, 1).maker_id.nunique())),
        # sum
        Q("cer-11", "sum", "total sodium across all cereals", lambda f: value(_c(f).sodium.sum())),
        Q("cer-12", "sum", "General Mills 시리얼들의 칼로리 합계",
          lambda f: value(_of(f, "General Mills").calories.sum())),
        Q("cer-13", "sum", "진열대별 칼륨 합계", lambda f: rows(_by_shelf(_c(f), "potassium", "sum"))),
        # average
        Q("cer-14", "average", "average calories per cereal", lambda f: value(_c(f).calories.mean())),
        Q("cer-15", "average", "평균 당류는?", lambda f: value(_c(f).sugars.mean())),
        Q("cer-16", "average", "median sodium", lambda f: value(_c(f).sodium.median())),
        Q("cer-17", "average", "칼로리 중앙값 알려줘", lambda f: value(_c(f).calories.median())),
        Q("cer-18", "average", "시리얼 평균 식이섬유(fibre) 함량", lambda f: value(_c(f).fibre.mean())),
        # min_max
        Q("cer-19", "min_max", "highest calories of any cereal", lambda f: value(_c(f).calories.max())),
        Q("cer-20", "min_max", "나트륨 최솟값은?", lambda f: value(_c(f).sodium.min())),
        Q("cer-21", "min_max", "max sugar content", lambda f: value(_c(f).sugars.max())),
        Q("cer-22", "min_max", "탄수화물(carbo)이 제일 적은 값은 얼마?", lambda f: value(_c(f).carbo.min())),
        # breakdown
        Q("cer-23", "breakdown", "number of cereals by shelf", lambda f: rows(_c(f).groupby("shelf").size())),
        Q("cer-24", "breakdown", "진열대별 평균 당류", lambda f: rows(_by_shelf(_c(f), "sugars"))),
        Q("cer-25", "breakdown", "vitamins별 평균 칼로리", lambda f: rows(_c(f).groupby("vitamins").calories.mean())),
        # multi_measure
        Q("cer-26", "multi_measure", "min and max calories",
          lambda f: values(_c(f).calories.min(), _c(f).calories.max())),
        Q("cer-27", "multi_measure", "평균 단백질이랑 평균 지방 둘 다 알려줘",
          lambda f: values(_c(f).protein.mean(), _c(f).fat.mean())),
        Q("cer-28", "multi_measure", "sugars 최소, 최대, 평균",
          lambda f: values(_c(f).sugars.min(), _c(f).sugars.max(), _c(f).sugars.mean())),
        Q("cer-29", "multi_measure", "average sodium and average potassium for shelf 2 cereals",
          lambda f: values(_shelf(f, 2).sodium.mean(), _shelf(f, 2).potassium.mean())),
        # ranking
        Q("cer-30", "ranking", "top 3 cereals by calories", lambda f: top(_named(_c(f)).calories, 3)),
        Q("cer-31", "ranking", "식이섬유 많은 시리얼 top5", lambda f: top(_named(_c(f)).fibre, 5)),
        Q("cer-32", "ranking", "칼륨 함량 상위 5개 시리얼", lambda f: top(_named(_c(f)).potassium, 5)),
        Q("cer-33", "ranking", "What are the 3 lowest-calorie cereals?",
          lambda f: top(_named(_c(f)).calories, 3, largest=False)),
        Q("cer-34", "ranking", "제조사를 평균 당류가 높은 순으로 전부 나열해줘",
          lambda f: top(_by_maker(_j(f), "sugars"), 6)),
        Q("cer-35", "ranking", "top 3 manufacturers by number of cereals",
          lambda f: top(_j(f).groupby("maker").size(), 3)),
        # which_one
        Q("cer-36", "which_one", "Which cereal has the most calories?", lambda f: best(_named(_c(f)).calories)),
        Q("cer-37", "which_one", "나트륨이 가장 많은 시리얼은?", lambda f: best(_named(_c(f)).sodium)),
        Q("cer-38", "which_one", "지방 제일 높은 시리얼 뭐야", lambda f: best(_named(_c(f)).fat)),
        Q("cer-39", "which_one", "평균 칼로리가 가장 높은 진열대는 몇 번?",
          lambda f: best(_by_shelf(_c(f), "calories"))),
        Q("cer-40", "which_one", "which vitamins category has the highest average sugars?",
          lambda f: best(_c(f).groupby("vitamins").sugars.mean())),
        Q("cer-41", "which_one", "Which cereal is highest in fiber?", lambda f: best(_named(_c(f)).fibre)),
        # share
        Q("cer-42", "share", "what percentage of cereals are on shelf 3?",
          lambda f: percent(100 * (_c(f).shelf == 3).mean())),
        Q("cer-43", "share", "비타민이 enriched인 시리얼 비율은?",
          lambda f: percent(100 * (_c(f).vitamins == "enriched").mean())),
        Q("cer-44", "share", "share of cereals with more than 10 grams of sugars",
          lambda f: percent(100 * (_c(f).sugars > 10).mean())),
        Q("cer-45", "share", "전체 시리얼 중 General Mills 제품 비중",
          lambda f: percent(100 * (_j(f).maker == "General Mills").mean())),
        Q("cer-46", "share", "What share of the total calories comes from Kelloggs cereals?",
          lambda f: percent(100 * _of(f, "Kelloggs").calories.sum() / _c(f).calories.sum())),
        # filter_value
        Q("cer-47", "filter_value", "average calories of shelf 1 cereals",
          lambda f: value(_shelf(f, 1).calories.mean())),
        Q("cer-48", "filter_value", "지방 0인 시리얼들 평균 칼로리",
          lambda f: value(_c(f)[_c(f).fat == 0].calories.mean())),
        Q("cer-49", "filter_value", "vitamins가 100%인 시리얼의 평균 나트륨은 얼마인가요?",
          lambda f: value(where(_c(f), vitamins="100%").sodium.mean())),
        Q("cer-50", "filter_value", "average sugar of cereals with at least 5 g of fibre",
          lambda f: value(_c(f)[_c(f).fibre >= 5].sugars.mean())),
        # loose_value
        Q("cer-51", "loose_value", "calories in cheerios", lambda f: _cereal(f, "Cheerios", "calories")),
        Q("cer-52", "loose_value", "Frosted Flakes 당류는 얼마야?", lambda f: _cereal(f, "Frosted Flakes", "sugars")),
        Q("cer-53", "loose_value", "Trix 지방 함량", lambda f: _cereal(f, "Trix", "fat")),
        Q("cer-54", "loose_value", "which shelf is Lucky Charms on?", lambda f: _cereal(f, "Lucky Charms", "shelf")),
        # join
        Q("cer-55", "join", "average calories by manufacturer", lambda f: rows(_by_maker(_j(f), "calories"))),
        Q("cer-56", "join", "제조사별 시리얼 수", lambda f: rows(_j(f).groupby("maker").size())),
        Q("cer-57", "join", "How many Kellogg's cereals are there?", lambda f: value(len(_of(f, "Kelloggs")))),
        Q("cer-58", "join", "Post 시리얼의 평균 당류", lambda f: value(_of(f, "Post").sugars.mean())),
        Q("cer-59", "join", "which manufacturer's cereals have the highest average sugars?",
          lambda f: best(_by_maker(_j(f), "sugars"))),
        Q("cer-60", "join", "Quaker Oats 제품 중에 칼로리가 가장 높은 시리얼은?",
          lambda f: best(_named(_of(f, "Quaker Oats")).calories)),
        Q("cer-61", "join", "평균 나트륨이 가장 낮은 제조사는 어디야?",
          lambda f: best(_by_maker(_j(f), "sodium"), largest=False)),
        Q("cer-62", "join", "how many shelf-3 cereals does each maker have?",
          lambda f: rows(_j(f)[_j(f).shelf == 3].groupby("maker").size())),
        Q("cer-63", "join", "제조사 코드 R은 어느 회사야?", lambda f: value(where(f["makers"], code="R").name.iloc[0])),
        # unanswerable
        Q("cer-64", "unanswerable", "What is the price of Cheerios?", lambda f: refuse()),
        Q("cer-65", "unanswerable", "시리얼별 평점(rating) 순위 보여줘", lambda f: refuse()),
        Q("cer-66", "unanswerable", "내년에 나올 Kelloggs 신제품의 칼로리를 예측해줘", lambda f: refuse()),
        Q("cer-67", "unanswerable", "Which cereal sold the most boxes?", lambda f: refuse()),
        Q("cer-68", "unanswerable", "출시 연도별 시리얼 개수", lambda f: refuse()),
        Q("cer-69", "unanswerable", "시리얼 한 컵의 평균 무게(g)는?", lambda f: refuse()),
        Q("cer-70", "unanswerable", "average calories by the state where the maker is headquartered",
          lambda f: refuse()),
        Q("cer-71", "unanswerable", "What will the average sugar content of cereals be in 2030?", lambda f: refuse()),
        Q("cer-72", "unanswerable", "가격 대비 단백질이 제일 좋은 시리얼은?", lambda f: refuse()),
        # conversations
        Conversation("cer-73", "followup", [
            ("average calories by manufacturer", lambda f: rows(_by_maker(_j(f), "calories"))),
            ("and sugars?", lambda f: rows(_by_maker(_j(f), "sugars"))),
        ]),
        Conversation("cer-74", "followup", [
            ("진열대 1에 있는 시리얼은 몇 개야?", lambda f: value(len(_shelf(f, 1)))),
            ("2번 진열대는?", lambda f: value(len(_shelf(f, 2)))),
            ("그럼 3번은?", lambda f: value(len(_shelf(f, 3)))),
        ]),
        Conversation("cer-75", "followup", [
            ("average sodium by shelf", lambda f: rows(_by_shelf(_c(f), "sodium"))),
            ("only Kellogg's", lambda f: rows(_by_shelf(_of(f, "Kelloggs"), "sodium"))),
        ]),
        Conversation("cer-76", "followup", [
            ("진열대별 평균 칼로리", lambda f: rows(_by_shelf(_c(f), "calories"))),
            ("최댓값은?", lambda f: rows(_by_shelf(_c(f), "calories", "max"))),
        ]),
        Conversation("cer-77", "followup", [
            ("top 5 cereals by potassium", lambda f: top(_named(_c(f)).potassium, 5)),
            ("only General Mills ones, top 3", lambda f: top(_named(_of(f, "General Mills")).potassium, 3)),
        ]),
        Conversation("cer-78", "followup", [
            ("How many cereals have more than 5 g of fibre?", lambda f: value((_c(f).fibre > 5).sum())),
            ("what's their average calories?", lambda f: value(_c(f)[_c(f).fibre > 5].calories.mean())),
            ("by maker?", lambda f: rows(_by_maker(_j(f)[_j(f).fibre > 5], "calories"))),
        ]),
        Conversation("cer-79", "followup", [
            ("칼로리 제일 낮은 시리얼은?", lambda f: best(_named(_c(f)).calories, largest=False)),
            ("제일 높은 건?", lambda f: best(_named(_c(f)).calories)),
        ]),
        Conversation("cer-80", "followup", [
            ("Post 시리얼은 몇 개?", lambda f: value(len(_of(f, "Post")))),
            ("그중 진열대 3에 있는 건?", lambda f: value(len(_of(f, "Post", shelf=3)))),
            ("걔네 평균 칼로리는?", lambda f: value(_of(f, "Post", shelf=3).calories.mean())),
        ]),
        Conversation("cer-81", "followup", [
            ("average protein", lambda f: value(_c(f).protein.mean())),
            ("for shelf 3 only", lambda f: value(_shelf(f, 3).protein.mean())),
        ]),
        Conversation("cer-82", "followup", [
            ("제조사별 평균 나트륨", lambda f: rows(_by_maker(_j(f), "sodium"))),
            ("평균 말고 합계로", lambda f: rows(_by_maker(_j(f), "sodium", "sum"))),
        ]),
        Conversation("cer-83", "followup", [
            ("which maker has the most cereals on shelf 3?",
             lambda f: best(_j(f)[_j(f).shelf == 3].groupby("maker").size())),
            ("What's the average potassium of all the cereals?", lambda f: value(_c(f).potassium.mean())),
        ]),
        Conversation("cer-84", "followup", [
            ("median sugars", lambda f: value(_c(f).sugars.median())),
            ("by shelf", lambda f: rows(_by_shelf(_c(f), "sugars", "median"))),
        ]),
        Conversation("cer-85", "followup", [
            ("지방 0인 시리얼 몇 개?", lambda f: value((_c(f).fat == 0).sum())),
            ("그중 Kelloggs 건?", lambda f: value((_of(f, "Kelloggs").fat == 0).sum())),
        ]),
        Conversation("cer-86", "followup", [
            ("탄수화물 가장 많은 시리얼 5개", lambda f: top(_named(_c(f)).carbo, 5)),
            ("General Mills 것만, 3개", lambda f: top(_named(_of(f, "General Mills")).carbo, 3)),
        ]),
        Conversation("cer-87", "followup", [
            ("average calories of cereals with vitamins 100%",
             lambda f: value(where(_c(f), vitamins="100%").calories.mean())),
            ("enriched는?", lambda f: value(where(_c(f), vitamins="enriched").calories.mean())),
        ]),
        Conversation("cer-88", "followup", [
            ("what share of cereals are on shelf 3?", lambda f: percent(100 * (_c(f).shelf == 3).mean())),
            ("among General Mills cereals only?",
             lambda f: percent(100 * (_of(f, "General Mills").shelf == 3).mean())),
        ]),
        Conversation("cer-89", "followup", [
            ("제조사별 평균 당류", lambda f: rows(_by_maker(_j(f), "sugars"))),
            ("가격도 같이 보여줘", lambda f: refuse()),
        ]),
        Conversation("cer-90", "followup", [
            ("how many cereals does Nabisco make?", lambda f: value(len(_of(f, "Nabisco")))),
            ("and Quaker Oats?", lambda f: value(len(_of(f, "Quaker Oats")))),
            ("what's the average fibre of the Quaker ones?", lambda f: value(_of(f, "Quaker Oats").fibre.mean())),
        ]),
        Conversation("cer-91", "followup", [
            ("top 3 makers by average fibre", lambda f: top(_by_maker(_j(f), "fibre"), 3)),
            ("평균 대신 최댓값 기준으로", lambda f: top(_by_maker(_j(f), "fibre", "max"), 3)),
        ]),
        Conversation("cer-92", "followup", [
            ("Ralston Purina 시리얼 평균 칼로리", lambda f: value(_of(f, "Ralston Purina").calories.mean())),
            ("나트륨 평균은?", lambda f: value(_of(f, "Ralston Purina").sodium.mean())),
            ("새 질문: 전체 시리얼의 평균 칼륨은 얼마야?", lambda f: value(_c(f).potassium.mean())),
        ]),
        Conversation("cer-93", "followup", [
            ("시리얼이 가장 많은 진열대는?", lambda f: best(_c(f).groupby("shelf").size())),
            ("Kelloggs만 보면?", lambda f: best(_of(f, "Kelloggs").groupby("shelf").size())),
        ]),
        Conversation("cer-94", "followup", [
            ("제조사별 평균 칼로리 보여줘", lambda f: rows(_by_maker(_j(f), "calories"))),
            ("내년 신제품 칼로리도 예측해줘", lambda f: refuse()),
        ]),
        Conversation("cer-95", "followup", [
            ("average sugars of shelf 2 cereals", lambda f: value(_shelf(f, 2).sugars.mean())),
            ("split by manufacturer", lambda f: rows(_by_maker(where(_j(f), shelf=2), "sugars"))),
            ("only those with 120 calories or less",
             lambda f: rows(_by_maker(_j(f)[(_j(f).shelf == 2) & (_j(f).calories <= 120)], "sugars"))),
        ]),
        Conversation("cer-96", "followup", [
            ("단백질 평균 제조사별로", lambda f: rows(_by_maker(_j(f), "protein"))),
            ("진열대 3만", lambda f: rows(_by_maker(where(_j(f), shelf=3), "protein"))),
            ("가장 높은 곳은?", lambda f: best(_by_maker(where(_j(f), shelf=3), "protein"))),
        ]),
        Conversation("cer-97", "followup", [
            ("which cereal has the most potassium?", lambda f: best(_named(_c(f)).potassium)),
            ("how much does a box of it cost?", lambda f: refuse()),
        ]),
    ],
)
