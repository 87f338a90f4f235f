"""Dev set on MASS::Cars93 normalised into `cars` (93 models, maker_id) and `makers` (32 makers: name, origin).

A maker's name and origin live in `makers` only: questions naming them need the join. Prices are in $1,000.
Ford and Chevrolet tie for the most models (8 each), so "which maker has the most models" is asked among non-USA
makers only. `airbags` holds the text "None" for cars without airbags.
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
)


def _c(f):
    return f["cars"]


def _j(f):
    """Cars with their maker's name and origin."""
    return f["cars"].merge(f["makers"], on="maker_id", how="left")


def _of(f, maker):
    return _j(f)[_j(f).name == maker]


def _named(f):
    return f["cars"].set_index("model")


SET = BankSet(
    name="dev_cars93",
    split="dev",
    tables=[Table("cars", file="dev/cars.parquet"), Table("makers", file="dev/makers.parquet")],
    questions=[
        # join
        Q("c93-01", "join", "average price by origin", lambda f: rows(_j(f).groupby("origin").price.mean())),
        Q("c93-02", "join", "How many cars are from USA makers?", lambda f: value((_j(f).origin == "USA").sum())),
        Q("c93-03", "join", "Which non-USA maker has the most models?",
          lambda f: best(_j(f)[_j(f).origin == "non-USA"].groupby("name").size())),
        Q("c93-04", "join", "Ford 차량의 평균 가격", lambda f: value(_of(f, "Ford").price.mean())),
        Q("c93-05", "join", "top 3 makers by average price", lambda f: top(_j(f).groupby("name").price.mean(), 3)),
        Q("c93-06", "join", "원산지별 차량 수", lambda f: rows(_j(f).groupby("origin").size())),
        Q("c93-07", "join", "Toyota 차는 몇 대야?", lambda f: value(len(_of(f, "Toyota")))),
        Q("c93-08", "join", "most expensive car from a non-USA maker",
          lambda f: best(_j(f)[_j(f).origin == "non-USA"].set_index("model").price)),
        Q("c93-09", "join", "Chevrolet 모델 중 가장 비싼 차는?",
          lambda f: best(_of(f, "Chevrolet").set_index("model").price)),
        Q("c93-10", "join", "Honda의 평균 마력", lambda f: value(_of(f, "Honda").horsepower.mean())),
        Q("c93-11", "join", "미국 제조사 차들의 평균 시내 연비(mpg_city)",
          lambda f: value(_j(f)[_j(f).origin == "USA"].mpg_city.mean())),
        Q("c93-12", "join", "total horsepower of Volkswagen cars",
          lambda f: value(_of(f, "Volkswagen").horsepower.sum())),
        Q("c93-13", "join", "what percentage of cars come from non-USA makers?",
          lambda f: percent(100 * (_j(f).origin == "non-USA").mean())),
        Q("c93-14", "join", "제조사별 평균 가격", lambda f: rows(_j(f).groupby("name").price.mean())),
        Q("c93-15", "join", "average mpg_highway by maker", lambda f: rows(_j(f).groupby("name").mpg_highway.mean())),
        Q("c93-16", "join", "평균 가격이 가장 싼 미국 제조사는?",
          lambda f: best(_j(f)[_j(f).origin == "USA"].groupby("name").price.mean(), largest=False)),
        Q("c93-17", "join", "Midsize cars by origin: how many of each?",
          lambda f: rows(_j(f)[_j(f).type == "Midsize"].groupby("origin").size())),
        # count / count_distinct on one table
        Q("c93-18", "count", "How many Midsize cars are there?", lambda f: value((_c(f).type == "Midsize").sum())),
        Q("c93-19", "count", "에어백이 없는(None) 차는 몇 대?", lambda f: value((_c(f).airbags == "None").sum())),
        Q("c93-20", "count", "How many makers are American (origin USA)?",
          lambda f: value((f["makers"].origin == "USA").sum())),
        Q("c93-21", "count_distinct", "how many makers are there?", lambda f: value(len(f["makers"]))),
        Q("c93-22", "count_distinct", "차종(type)은 몇 가지야?", lambda f: value(_c(f).type.nunique())),
        # average / min_max / breakdown / multi_measure
        Q("c93-23", "average", "average price of a car", lambda f: value(_c(f).price.mean())),
        Q("c93-24", "min_max", "가장 싼 차의 가격은?", lambda f: value(_c(f).price.min())),
        Q("c93-25", "breakdown", "average price by type", lambda f: rows(_c(f).groupby("type").price.mean())),
        Q("c93-26", "breakdown", "구동 방식(drivetrain)별 차량 수", lambda f: rows(_c(f).groupby("drivetrain").size())),
        Q("c93-27", "multi_measure", "min and max price of Compact cars",
          lambda f: values(_c(f).query("type == 'Compact'").price.min(), _c(f).query("type == 'Compact'").price.max())),
        # ranking / which_one
        Q("c93-28", "ranking", "가장 싼 차 3대", lambda f: top(_named(f).price, 3, largest=False)),
        Q("c93-29", "ranking", "the 3 heaviest cars", lambda f: top(_named(f).weight, 3)),
        Q("c93-30", "which_one", "which car has the best city mpg?", lambda f: best(_named(f).mpg_city)),
        # filter_value / loose_value
        Q("c93-31", "filter_value", "average price of Compact cars",
          lambda f: value(_c(f).query("type == 'Compact'").price.mean())),
        Q("c93-32", "filter_value", "Van 차종의 평균 승차 인원(passengers)",
          lambda f: value(_c(f).query("type == 'Van'").passengers.mean())),
        Q("c93-33", "loose_value", "price of the crown victoria",
          lambda f: value(_named(f).loc["Crown_Victoria", "price"])),
        Q("c93-34", "loose_value", "lumina apv 마력은?", lambda f: value(_named(f).loc["Lumina_APV", "horsepower"])),
        Q("c93-35", "loose_value", "mercedes benz 차량의 평균 가격",
          lambda f: value(_of(f, "Mercedes-Benz").price.mean())),
        Q("c93-36", "loose_value", "how many volkswagen models are in the data?",
          lambda f: value(len(_of(f, "Volkswagen")))),
        # unanswerable
        Q("c93-37", "unanswerable", "How many units of each model were sold?", lambda f: refuse()),
        Q("c93-38", "unanswerable", "which car has the best crash test rating?", lambda f: refuse()),
        Q("c93-39", "unanswerable", "2030년 차량 평균 가격 예측", lambda f: refuse()),
        # conversations
        Conversation("c93-40", "followup", [
            ("average price by origin", lambda f: rows(_j(f).groupby("origin").price.mean())),
            ("and for Midsize cars only?",
             lambda f: rows(_j(f)[_j(f).type == "Midsize"].groupby("origin").price.mean())),
        ]),
        Conversation("c93-41", "followup", [
            ("Ford 차는 몇 대야?", lambda f: value(len(_of(f, "Ford")))),
            ("평균 가격은?", lambda f: value(_of(f, "Ford").price.mean())),
        ]),
        Conversation("c93-42", "followup", [
            ("avg horsepower for each type of car", lambda f: rows(_c(f).groupby("type").horsepower.mean())),
            ("just the ones with a manual transmission available",
             lambda f: rows(_c(f)[_c(f).man_trans_avail == "Yes"].groupby("type").horsepower.mean())),
        ]),
        Conversation("c93-43", "followup", [
            ("non-USA 제조사 차는 몇 대 있어?", lambda f: value((_j(f).origin == "non-USA").sum())),
            ("그 차들의 고속도로 연비 평균은?", lambda f: value(_j(f)[_j(f).origin == "non-USA"].mpg_highway.mean())),
            ("USA 쪽은?", lambda f: value(_j(f)[_j(f).origin == "USA"].mpg_highway.mean())),
        ]),
        Conversation("c93-44", "followup", [
            ("max horsepower among 4WD cars?", lambda f: value(_c(f)[_c(f).drivetrain == "4WD"].horsepower.max())),
            ("and the average?", lambda f: value(_c(f)[_c(f).drivetrain == "4WD"].horsepower.mean())),
            ("show it by origin",
             lambda f: rows(_j(f)[_j(f).drivetrain == "4WD"].groupby("origin").horsepower.mean())),
        ]),
        Conversation("c93-45", "followup", [
            ("차종별 평균 공차중량(weight) 알려줘", lambda f: rows(_c(f).groupby("type").weight.mean())),
            ("연료탱크 용량이 제일 큰 차는 어떤 모델이야?", lambda f: best(_named(f).fuel_tank_capacity)),
        ]),
        Conversation("c93-46", "followup", [
            ("average city mpg by origin", lambda f: rows(_j(f).groupby("origin").mpg_city.mean())),
            ("Small 차들만", lambda f: rows(_j(f)[_j(f).type == "Small"].groupby("origin").mpg_city.mean())),
            ("Compact는?", lambda f: rows(_j(f)[_j(f).type == "Compact"].groupby("origin").mpg_city.mean())),
            ("최댓값으로 보면?", lambda f: rows(_j(f)[_j(f).type == "Compact"].groupby("origin").mpg_city.max())),
        ]),
    ],
)
