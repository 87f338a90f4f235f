"""Dev set on Ornstein's 248 large Canadian firms of 1973-76 (car::Ornstein) as a firm table and two code tables.

`firms` holds one row per firm (248): `firm_id` (1 to 248, the source's order, which is by assets, largest first:
firm 1 is the largest), `assets_millions` (assets in millions of dollars, 62 to 147,670), `sector_code` (AGR, BNK,
CON, FIN, HLD, MAN, MER, MIN, TRN, WOD), `nation_code` (the nation of control: CAN, OTH, UK, US) and `interlocks`
(interlocking director and executive positions shared with other major firms, 0 to 107). It refers to `sectors`
(10: `sector_code`, `sector_name`) by `sector_code`: AGR 'agriculture, food and light industry', BNK 'banking',
CON 'construction', FIN 'other financial', HLD 'holding companies', MAN 'heavy manufacturing', MER
'merchandising', MIN 'mining and metals', TRN 'transport', WOD 'wood and paper'; and to `nations` (4:
`nation_code`, `country_name`) by `nation_code`: CAN 'Canada', OTH 'Other', UK 'United Kingdom', US 'United
States'. Made by evals/authoring/dev_derived_ornstein.py (which states the conversions: none but renames and the
code tables). 127 turns: 83 single questions and 16 conversations (44 turns); 46 of the 99 questions (by first
turn) are in Korean (61 turns).

Readings:
- A "firm" / "company" / "corporation" / "회사" / "기업" is a row; "how many firms" counts rows. The firms have
  no names: a firm is named by its `firm_id` (the expected label of a which-one over firms is the id).
- "Assets" / "size" / "자산" / "자산 규모" are `assets_millions`, in millions of dollars: "$10 billion" is 10,000
  (millions). "Largest" / "biggest" / "제일 큰" firm is the one with the most assets; "the top 10 firms by
  size" are `firm_id` 1 to 10 (no tie at the cut: firm 10 and 11 differ).
- "Interlocks" / "interlocking directorships" / "board ties" / "겸임" / "겸직" / "연결 임원직" are `interlocks`;
  "no interlocks" is 0.
- Sectors: a question giving a sector by its code (BNK, "MAN 섹터", "by sector code" / "섹터 코드별") filters or
  labels with `sector_code`; one naming a sector in words ('heavy manufacturing', "banks", "mining firms",
  "은행", "광업") filters on that code (banks / 은행 are BNK, mining / 광업 MIN, manufacturing / 제조업 MAN,
  transport / 운송 TRN, holding companies / 지주회사 HLD, construction / 건설 CON) and, where it asks "by
  sector name" / "섹터 이름별", labels the rows with `sector_name` (a join with `sectors`).
- Nations: "by nation code" / "국가 코드별" labels with `nation_code`; "by country" / "by country of control" /
  "국가 이름별" / "나라별 (이름으로)" labels with `country_name` (a join with `nations`). "Canadian(-controlled)"
  / "캐나다 기업" are CAN, "American" / "US-controlled" / "미국계" US, "British" / "UK" / "영국계" UK, "other
  countries" / 'Other' / "기타 국가" OTH. "Foreign-controlled" / "외국계" / "외국 기업이 지배하는" is
  `nation_code != 'CAN'` (US, UK and OTH together).
- An average is the plain mean over the rows kept, a median the median of those rows. A share is of firms
  (rows) unless it names another total (of all assets, of all interlocks). "The gap" / "차이" is the first
  named minus the second, as the question orders them, or says which.
- Cuts: "over" / "more than" / "넘는" and "under" / "미만" are strict and are used only at values no firm holds
  (assets 10,000, 1,000, 20,000; interlocks are cut with "at least" / "이상", inclusive; `cut` checks the
  strict ones). Asset ranges ("between 1,000 and 5,000", "500~2,000") include both ends and no firm lies on an
  end (checked by `_between`).
- Size bands (or-70, or-71, or-72) are `assets_millions` 0-499, 500-1999, 2000-9999 and 10000+, named so in the
  question and labelled so in the expected rows; interlock bands (or-73) are 0, 1-9, 10-29 and 30+.
- Rankings and which-one questions are over groups (sector, nation, size band) or over firms by assets (whose
  top values do not tie), never over firms by interlocks except the single firm with the most (107) and the
  transport firm with the most (77); asked only without ties at the cut or at the top (`top` and `best`).
- Time: the data is one cross-section of the mid-1970s (1973-76), without dates. A question naming 1973-76 or
  "the mid-1970s" is over the whole table (year_period); asset ranges play the part of ranges (date_range);
  trends follow a measure along the ordered size or interlock bands (`ordered` rows). Other years, changes
  between years and forecasts are refused.
- Refused: other years, forecasts, causes ("why"), and what the tables do not hold: firm names, profits or
  revenue, employees, provinces or cities, stock listings, founding years, board members' sex.
- Follow-ups keep the previous turn's filter, group and measure unless they change one ("and the UK ones?"
  swaps the nation; "광업만 보면?" adds a filter; "그중 상위 3개는?" is the top of the breakdown just shown; "it"
  / "그 회사" is the firm or group the previous answer named; a bare "비율로는?" after "그중 X는?" is X's share of
  the group the turn before counted).
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

F, S, N = "firms", "sectors", "nations"
ID, ASSETS, SECTOR, NATION, LOCKS = "firm_id", "assets_millions", "sector_code", "nation_code", "interlocks"
SNAME, CNAME = "sector_name", "country_name"
SIZE_BANDS = [("0-499", 0, 499), ("500-1999", 500, 1999), ("2000-9999", 2000, 9999), ("10000+", 10000, 10**9)]
LOCK_BANDS = [("0", 0, 0), ("1-9", 1, 9), ("10-29", 10, 29), ("30+", 30, 10**6)]


def _f(f, **equal):
    """The firms (with these column values: `_f(f, nation_code="US")`)."""
    return where(f[F], **equal)


def _j(f, **equal):
    """The firms joined to their sector's and country's names, with these column values."""
    joined = f[F].merge(f[S], on=SECTOR, how="left", validate="many_to_one")
    joined = joined.merge(f[N], on=NATION, how="left", validate="many_to_one")
    if len(joined) != len(f[F]) or joined[[SNAME, CNAME]].isna().any().any():
        raise ValueError("a firm without a sector or a country")
    return where(joined, **equal)


def _foreign(frame):
    return frame[frame[NATION] != "CAN"]


def _at_least(frame, column, n):
    return frame[frame[column] >= n]


def _between(frame, low, high):
    """The firms with assets from `low` to `high`, both included; refuses a firm on an end."""
    for at in (low, high):
        if (frame[ASSETS] == at).any():
            raise ValueError(f"a firm with assets exactly {at}: the range's ends would matter")
    return frame[frame[ASSETS].between(low, high)]


def _over(frame, low):
    return cut(frame, ASSETS, low=low)


def _under(frame, high):
    return cut(frame, ASSETS, high=high)


def _share(part, whole):
    return percent(100 * part / whole)


def _by(frame, column, measure, how="mean"):
    return frame.groupby(column)[measure].agg(how)


def _count_by(frame, column):
    return frame.groupby(column).size()


def _banded(frame, bands, column, how):
    """`how(rows of the band)` for each band of `column`, as a Series in the bands' order."""
    return pd.Series({label: how(frame[frame[column].between(low, high)]) for label, low, high in bands})


def _pct_canadian(frame):
    return 100 * (frame[NATION] == "CAN").sum() / len(frame)


def _most_locks(f):
    """The firm with the most interlocks (a row), refusing a tie."""
    return _f(f).set_index(ID).loc[best(_f(f).set_index(ID)[LOCKS])["label"]]


def _top_transport(f):
    """The transport firm with the most interlocks (a row), refusing a tie."""
    transport = _f(f, sector_code="TRN").set_index(ID)
    return transport.loc[best(transport[LOCKS])["label"]]


def _richest_sector(f):
    return best(_by(_f(f), SECTOR, ASSETS))["label"]


SET = BankSet(
    name="dev_ornstein",
    split="dev",
    tables=[
        Table(F, file="dev/ornstein_firms.parquet"),
        Table(S, file="dev/ornstein_sectors.parquet"),
        Table(N, file="dev/ornstein_nations.parquet"),
    ],
    questions=[
        # count
        Q("or-01", "count", "How many firms are in the data?", lambda f: value(len(_f(f)))),
        Q("or-02", "count", "미국 기업이 지배하는 회사는 몇 개야?", lambda f: value(len(_f(f, nation_code="US")))),
        Q(
            "or-03",
            "count",
            "how many companies have no interlocks at all",
            lambda f: value(len(_f(f, interlocks=0))),
        ),
        Q(
            "or-04",
            "count",
            "자산이 100억 달러(10,000백만 달러)를 넘는 기업은 몇 곳인가요?",
            lambda f: value(len(_over(_f(f), 10000))),
        ),
        Q(
            "or-05",
            "count",
            "How many mining firms (sector MIN) are controlled from outside Canada?",
            lambda f: value(len(_foreign(_f(f, sector_code="MIN")))),
        ),
        # count_distinct
        Q(
            "or-06",
            "count_distinct",
            "How many different sectors are represented?",
            lambda f: value(_f(f)[SECTOR].nunique()),
        ),
        Q(
            "or-07",
            "count_distinct",
            "외국계 기업이 하나라도 있는 섹터는 몇 개야",
            lambda f: value(_foreign(_f(f))[SECTOR].nunique()),
        ),
        Q(
            "or-08",
            "count_distinct",
            "How many distinct interlock counts occur among the US-controlled firms?",
            lambda f: value(_f(f, nation_code="US")[LOCKS].nunique()),
        ),
        # sum
        Q(
            "or-09",
            "sum",
            "What are the combined assets of all 248 firms, in millions of dollars?",
            lambda f: value(_f(f)[ASSETS].sum()),
        ),
        Q(
            "or-10",
            "sum",
            "은행(BNK) 섹터 총자산 합계는 얼마예요?",
            lambda f: value(_f(f, sector_code="BNK")[ASSETS].sum()),
        ),
        Q(
            "or-11",
            "sum",
            "Total interlocks held by UK-controlled firms?",
            lambda f: value(_f(f, nation_code="UK")[LOCKS].sum()),
        ),
        Q(
            "or-12",
            "sum",
            "캐나다 기업들 겸임 임원직(interlocks) 다 합치면 몇 개?",
            lambda f: value(_f(f, nation_code="CAN")[LOCKS].sum()),
        ),
        # average
        Q("or-13", "average", "What's the average asset size per firm?", lambda f: value(_f(f)[ASSETS].mean())),
        Q("or-14", "average", "기업당 평균 interlocks 수는?", lambda f: value(_f(f)[LOCKS].mean())),
        Q("or-15", "average", "median assets", lambda f: value(_f(f)[ASSETS].median())),
        Q(
            "or-16",
            "average",
            "미국이 지배하는 기업들 자산 중앙값 알려줘",
            lambda f: value(_f(f, nation_code="US")[ASSETS].median()),
        ),
        # min_max
        Q(
            "or-17",
            "min_max",
            "What is the highest number of interlocks held by a single firm?",
            lambda f: value(_f(f)[LOCKS].max()),
        ),
        Q("or-18", "min_max", "제일 작은 회사 자산은 얼마야?", lambda f: value(_f(f)[ASSETS].min())),
        Q(
            "or-19",
            "min_max",
            "smallest asset figure among the banks?",
            lambda f: value(_f(f, sector_code="BNK")[ASSETS].min()),
        ),
        Q(
            "or-20",
            "min_max",
            "광업(MIN) 회사들 중 interlocks 최댓값은?",
            lambda f: value(_f(f, sector_code="MIN")[LOCKS].max()),
        ),
        # multi_measure
        Q(
            "or-21",
            "multi_measure",
            "Give me the mean, the median and the maximum number of interlocks.",
            lambda f: values(_f(f)[LOCKS].mean(), _f(f)[LOCKS].median(), _f(f)[LOCKS].max()),
        ),
        Q(
            "or-22",
            "multi_measure",
            "건설(CON) 섹터 기업 수랑 평균 자산 같이 보여줘",
            lambda f: values(len(_f(f, sector_code="CON")), _f(f, sector_code="CON")[ASSETS].mean()),
        ),
        Q(
            "or-23",
            "multi_measure",
            "For the foreign-controlled firms: how many are there, what are their total assets and their average "
            "interlocks?",
            lambda f: values(len(_foreign(_f(f))), _foreign(_f(f))[ASSETS].sum(), _foreign(_f(f))[LOCKS].mean()),
        ),
        # ranking
        Q(
            "or-24",
            "ranking",
            "Rank all sector codes by average interlocks, highest first.",
            lambda f: top(_by(_f(f), SECTOR, LOCKS), 10),
        ),
        Q(
            "or-25",
            "ranking",
            "총자산 기준 상위 3개 섹터 코드는?",
            lambda f: top(_by(_f(f), SECTOR, ASSETS, "sum"), 3),
        ),
        Q(
            "or-26",
            "ranking",
            "top 5 firms by assets",
            lambda f: top(_f(f).set_index(ID)[ASSETS], 5),
        ),
        Q(
            "or-27",
            "ranking",
            "평균 자산이 가장 작은 섹터 코드 3개 뽑아줘",
            lambda f: top(_by(_f(f), SECTOR, ASSETS), 3, largest=False),
        ),
        Q(
            "or-28",
            "ranking",
            "Order the nation codes by number of firms, most first",
            lambda f: top(_count_by(_f(f), NATION), 4),
        ),
        Q(
            "or-29",
            "ranking",
            "미국계 기업 중 자산 상위 3개 회사 firm_id랑 자산",
            lambda f: top(_f(f, nation_code="US").set_index(ID)[ASSETS], 3),
        ),
        # which_one
        Q("or-30", "which_one", "Which sector code has the most firms?", lambda f: best(_count_by(_f(f), SECTOR))),
        Q(
            "or-31",
            "which_one",
            "평균 interlocks가 제일 낮은 국가 코드는 어디야?",
            lambda f: best(_by(_f(f), NATION, LOCKS), largest=False),
        ),
        Q(
            "or-32",
            "which_one",
            "Which firm has the most interlocks? Give its firm_id.",
            lambda f: best(_f(f).set_index(ID)[LOCKS]),
        ),
        Q(
            "or-33",
            "which_one",
            "미국이 지배하는 회사 중 자산이 가장 큰 곳의 firm_id는?",
            lambda f: best(_f(f, nation_code="US").set_index(ID)[ASSETS]),
        ),
        Q(
            "or-34",
            "which_one",
            "among the UK-controlled firms, which sector code has the most firms",
            lambda f: best(_count_by(_f(f, nation_code="UK"), SECTOR)),
        ),
        # share
        Q(
            "or-35",
            "share",
            "What percentage of the firms are Canadian-controlled?",
            lambda f: _share(len(_f(f, nation_code="CAN")), len(_f(f))),
        ),
        Q(
            "or-36",
            "share",
            "전체 자산 중에서 은행(BNK)이 차지하는 비중은 몇 %야?",
            lambda f: _share(_f(f, sector_code="BNK")[ASSETS].sum(), _f(f)[ASSETS].sum()),
        ),
        Q(
            "or-37",
            "share",
            "share of firms with zero interlocks",
            lambda f: _share(len(_f(f, interlocks=0)), len(_f(f))),
        ),
        Q(
            "or-38",
            "share",
            "미국계 기업 가운데 MAN 섹터 비율은?",
            lambda f: _share(len(_f(f, nation_code="US", sector_code="MAN")), len(_f(f, nation_code="US"))),
        ),
        Q(
            "or-39",
            "share",
            "Of all interlocks in the data, what share belongs to the 10 largest firms by assets?",
            lambda f: _share(_f(f)[_f(f)[ID] <= 10][LOCKS].sum(), _f(f)[LOCKS].sum()),
        ),
        # breakdown
        Q("or-40", "breakdown", "Number of firms by nation code", lambda f: rows(_count_by(_f(f), NATION))),
        Q("or-41", "breakdown", "섹터 코드별 평균 자산 보여줘", lambda f: rows(_by(_f(f), SECTOR, ASSETS))),
        Q(
            "or-42",
            "breakdown",
            "total interlocks for each nation code",
            lambda f: rows(_by(_f(f), NATION, LOCKS, "sum")),
        ),
        Q(
            "or-43",
            "breakdown",
            "광업(MIN) 기업 수를 국가 코드별로 나눠줘",
            lambda f: rows(_count_by(_f(f, sector_code="MIN"), NATION)),
        ),
        Q(
            "or-44",
            "breakdown",
            "Median interlocks by sector code, please.",
            lambda f: rows(_by(_f(f), SECTOR, LOCKS, "median")),
        ),
        # filter_value
        Q(
            "or-45",
            "filter_value",
            "What's the average number of interlocks for firms with assets over 10,000 million dollars?",
            lambda f: value(_over(_f(f), 10000)[LOCKS].mean()),
        ),
        Q(
            "or-46",
            "filter_value",
            "자산 1,000 미만인 캐나다 기업들 평균 겸임직 수",
            lambda f: value(_under(_f(f, nation_code="CAN"), 1000)[LOCKS].mean()),
        ),
        Q(
            "or-47",
            "filter_value",
            "How many US-controlled MAN firms have at least 10 interlocks?",
            lambda f: value(len(_at_least(_f(f, nation_code="US", sector_code="MAN"), LOCKS, 10))),
        ),
        Q(
            "or-48",
            "filter_value",
            "interlocks 20개 이상인 회사들의 평균 자산은?",
            lambda f: value(_at_least(_f(f), LOCKS, 20)[ASSETS].mean()),
        ),
        # loose_value
        Q("or-49", "loose_value", "How many banks are there?", lambda f: value(len(_f(f, sector_code="BNK")))),
        Q(
            "or-50",
            "loose_value",
            "미국계 회사들 평균 자산 규모는?",
            lambda f: value(_f(f, nation_code="US")[ASSETS].mean()),
        ),
        Q(
            "or-51",
            "loose_value",
            "how many british-owned companys are there",
            lambda f: value(len(_f(f, nation_code="UK"))),
        ),
        Q("or-52", "loose_value", "외국계 기업 몇 개임?", lambda f: value(len(_foreign(_f(f))))),
        Q(
            "or-53",
            "loose_value",
            "What's the average number of board ties of the holding companies?",
            lambda f: value(_f(f, sector_code="HLD")[LOCKS].mean()),
        ),
        # join: sector and country names
        Q(
            "or-54",
            "join",
            "Avergae interlocks by sector name",
            lambda f: rows(_by(_j(f), SNAME, LOCKS)),
        ),
        Q(
            "or-55",
            "join",
            "국가 이름별로 기업 수 세어줘",
            lambda f: rows(_count_by(_j(f), CNAME)),
        ),
        Q(
            "or-56",
            "join",
            "Total assets of 'heavy manufacturing' firms controlled from the United States?",
            lambda f: value(_j(f, sector_name="heavy manufacturing", country_name="United States")[ASSETS].sum()),
        ),
        Q(
            "or-57",
            "join",
            "'wood and paper' 섹터 기업들 평균 interlocks는?",
            lambda f: value(_j(f, sector_name="wood and paper")[LOCKS].mean()),
        ),
        Q(
            "or-58",
            "join",
            "Which country of control has the highest average assets?",
            lambda f: best(_by(_j(f), CNAME, ASSETS)),
        ),
        Q(
            "or-59",
            "join",
            "United Kingdom이 지배하는 기업들을 섹터 이름별로 몇 개씩인지",
            lambda f: rows(_count_by(_j(f, country_name="United Kingdom"), SNAME)),
        ),
        Q(
            "or-60",
            "join",
            "Among firms controlled from the United States, which sector name has the largest total assets?",
            lambda f: best(_by(_j(f, country_name="United States"), SNAME, ASSETS, "sum")),
        ),
        Q(
            "or-61",
            "join",
            "'other financial' 기업 중 Canada가 지배하는 곳 비율이 얼마야?",
            lambda f: _share(
                len(_j(f, sector_name="other financial", country_name="Canada")),
                len(_j(f, sector_name="other financial")),
            ),
        ),
        Q(
            "or-62",
            "join",
            "What share of all assets is held by firms whose country of control is 'Other'?",
            lambda f: _share(_j(f, country_name="Other")[ASSETS].sum(), _f(f)[ASSETS].sum()),
        ),
        Q(
            "or-63",
            "join",
            "'merchandising' 섹터 자산 합계랑 평균 자산",
            lambda f: values(
                _j(f, sector_name="merchandising")[ASSETS].sum(), _j(f, sector_name="merchandising")[ASSETS].mean()
            ),
        ),
        # year_period: the data is 1973-76
        Q("or-64", "year_period", "How many firms were studied in 1973-76?", lambda f: value(len(_f(f)))),
        Q(
            "or-65",
            "year_period",
            "1973~76년 자료 기준으로 캐나다 은행들 interlocks 합계는?",
            lambda f: value(_f(f, sector_code="BNK", nation_code="CAN")[LOCKS].sum()),
        ),
        Q(
            "or-66",
            "year_period",
            "In the mid-1970s data, what were the average assets of US-controlled mining firms?",
            lambda f: value(_f(f, sector_code="MIN", nation_code="US")[ASSETS].mean()),
        ),
        # date_range: asset ranges
        Q(
            "or-67",
            "date_range",
            "How many firms have assets between 1,000 and 5,000 million dollars?",
            lambda f: value(len(_between(_f(f), 1000, 5000))),
        ),
        Q(
            "or-68",
            "date_range",
            "자산 500~2,000 사이 기업들의 평균 interlocks",
            lambda f: value(_between(_f(f), 500, 2000)[LOCKS].mean()),
        ),
        Q(
            "or-69",
            "date_range",
            "Total interlocks of the Canadian firms with assets from 2,000 to 9,000 million dollars",
            lambda f: value(_between(_f(f, nation_code="CAN"), 2000, 9000)[LOCKS].sum()),
        ),
        # trend: along size and interlock bands
        Q(
            "or-70",
            "trend",
            "How do average interlocks change with firm size? Use the asset bands 0-499, 500-1999, 2000-9999 and "
            "10000+ (millions), smallest first.",
            lambda f: rows(_banded(_f(f), SIZE_BANDS, ASSETS, lambda b: b[LOCKS].mean()), ordered=True),
        ),
        Q(
            "or-71",
            "trend",
            "자산 구간(0-499, 500-1999, 2000-9999, 10000+)별 기업 수를 작은 구간부터 순서대로",
            lambda f: rows(_banded(_f(f), SIZE_BANDS, ASSETS, len), ordered=True),
        ),
        Q(
            "or-72",
            "trend",
            "share of canadian-controlled firms (%) in each asset band 0-499, 500-1999, 2000-9999, 10000+",
            lambda f: rows(_banded(_f(f), SIZE_BANDS, ASSETS, _pct_canadian), ordered=True),
        ),
        Q(
            "or-73",
            "trend",
            "interlocks 구간(0, 1-9, 10-29, 30+)별 평균 자산 추이 보여줘",
            lambda f: rows(_banded(_f(f), LOCK_BANDS, LOCKS, lambda b: b[ASSETS].mean()), ordered=True),
        ),
        # unanswerable
        Q("or-74", "unanswerable", "What were the profits of the five largest firms?", lambda f: refuse()),
        Q("or-75", "unanswerable", "자산 제일 큰 회사 이름이 뭐야?", lambda f: refuse()),
        Q("or-76", "unanswerable", "Why do banks have so many interlocking directorships?", lambda f: refuse()),
        Q("or-77", "unanswerable", "내년 은행 섹터 평균 자산 예측해줘", lambda f: refuse()),
        Q("or-78", "unanswerable", "How many employees does the average firm have?", lambda f: refuse()),
        Q("or-79", "unanswerable", "1985년 기업 수는 몇 개였어?", lambda f: refuse()),
        Q("or-80", "unanswerable", "Number of firms by province of head office", lambda f: refuse()),
        Q("or-81", "unanswerable", "1973년부터 1976년까지 은행 자산이 얼마나 늘었어?", lambda f: refuse()),
        Q("or-82", "unanswerable", "이사회에서 여성 임원 비율은 얼마야?", lambda f: refuse()),
        Q("or-83", "unanswerable", "회사들 평균 설립 연도는?", lambda f: refuse()),
        # conversations
        Conversation(
            "or-c01",
            "followup",
            [
                ("국가 코드별 기업 수 알려줘", lambda f: rows(_count_by(_f(f), NATION))),
                ("평균 자산도 국가 코드별로", lambda f: rows(_by(_f(f), NATION, ASSETS))),
                ("그중 제일 큰 곳은?", lambda f: best(_by(_f(f), NATION, ASSETS))),
            ],
        ),
        Conversation(
            "or-c02",
            "followup",
            [
                ("How many banks are in the data?", lambda f: value(len(_f(f, sector_code="BNK")))),
                ("what are there total assets?", lambda f: value(_f(f, sector_code="BNK")[ASSETS].sum())),
                ("and their average interlocks?", lambda f: value(_f(f, sector_code="BNK")[LOCKS].mean())),
            ],
        ),
        Conversation(
            "or-c03",
            "followup",
            [
                ("Average interlocks by sector code", lambda f: rows(_by(_f(f), SECTOR, LOCKS))),
                ("just the top 3 of those", lambda f: top(_by(_f(f), SECTOR, LOCKS), 3)),
            ],
        ),
        Conversation(
            "or-c04",
            "followup",
            [
                (
                    "How many US-controlled firms have no interlocks?",
                    lambda f: value(len(_f(f, nation_code="US", interlocks=0))),
                ),
                ("and the UK ones?", lambda f: value(len(_f(f, nation_code="UK", interlocks=0)))),
                ("what about Canadian firms?", lambda f: value(len(_f(f, nation_code="CAN", interlocks=0)))),
            ],
        ),
        Conversation(
            "or-c05",
            "followup",
            [
                ("캐나다 기업 평균 자산은?", lambda f: value(_f(f, nation_code="CAN")[ASSETS].mean())),
                ("광업(MIN)만 보면?", lambda f: value(_f(f, nation_code="CAN", sector_code="MIN")[ASSETS].mean())),
                (
                    "interlocks 10개 이상인 곳으로 좁히면?",
                    lambda f: value(_at_least(_f(f, nation_code="CAN", sector_code="MIN"), LOCKS, 10)[ASSETS].mean()),
                ),
            ],
        ),
        Conversation(
            "or-c06",
            "followup",
            [
                ("Which sector code has the highest average assets?", lambda f: best(_by(_f(f), SECTOR, ASSETS))),
                ("how many firms are in it?", lambda f: value(len(_f(f, sector_code=_richest_sector(f))))),
                (
                    "and what share of all assets do they hold?",
                    lambda f: _share(_f(f, sector_code=_richest_sector(f))[ASSETS].sum(), _f(f)[ASSETS].sum()),
                ),
            ],
        ),
        Conversation(
            "or-c07",
            "followup",
            [
                (
                    "자산 기준 상위 10개 기업의 interlocks 합계는?",
                    lambda f: value(_f(f)[_f(f)[ID] <= 10][LOCKS].sum()),
                ),
                (
                    "그중 캐나다가 아닌 나라가 지배하는 회사는 몇 개야?",
                    lambda f: value(len(_foreign(_f(f)[_f(f)[ID] <= 10]))),
                ),
                ("비율로는?", lambda f: _share(len(_foreign(_f(f)[_f(f)[ID] <= 10])), 10)),
            ],
        ),
        Conversation(
            "or-c08",
            "followup",
            [
                ("Number of firms by country of control", lambda f: rows(_count_by(_j(f), CNAME))),
                ("now only the mining and metals sector", lambda f: rows(_count_by(_j(f, sector_code="MIN"), CNAME))),
            ],
        ),
        Conversation(
            "or-c09",
            "followup",
            [
                (
                    "'heavy manufacturing' 기업은 몇 개예요?",
                    lambda f: value(len(_j(f, sector_name="heavy manufacturing"))),
                ),
                (
                    "그중 미국계는?",
                    lambda f: value(len(_j(f, sector_name="heavy manufacturing", nation_code="US"))),
                ),
                (
                    "비율은?",
                    lambda f: _share(
                        len(_j(f, sector_name="heavy manufacturing", nation_code="US")),
                        len(_j(f, sector_name="heavy manufacturing")),
                    ),
                ),
            ],
        ),
        Conversation(
            "or-c10",
            "followup",
            [
                ("자산 중앙값 얼마야", lambda f: value(_f(f)[ASSETS].median())),
                ("평균은?", lambda f: value(_f(f)[ASSETS].mean())),
                ("평균에서 중앙값 빼면?", lambda f: value(_f(f)[ASSETS].mean() - _f(f)[ASSETS].median())),
            ],
        ),
        Conversation(
            "or-c11",
            "followup",
            [
                ("Total interlocks in the 1973-76 data?", lambda f: value(_f(f)[LOCKS].sum())),
                ("and in 1980?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "or-c12",
            "followup",
            [
                ("interlocks 제일 많은 회사 어디야? firm_id로", lambda f: best(_f(f).set_index(ID)[LOCKS])),
                ("그 회사 섹터 코드는?", lambda f: value(_most_locks(f)[SECTOR])),
                ("자산은 얼마야?", lambda f: value(_most_locks(f)[ASSETS])),
            ],
        ),
        Conversation(
            "or-c13",
            "followup",
            [
                (
                    "How many firms have assets over 20,000 million?",
                    lambda f: value(len(_over(_f(f), 20000))),
                ),
                ("break them down by sector code", lambda f: rows(_count_by(_over(_f(f), 20000), SECTOR))),
                (
                    "ok, different question: average interlocks of UK-controlled firms?",
                    lambda f: value(_f(f, nation_code="UK")[LOCKS].mean()),
                ),
            ],
        ),
        Conversation(
            "or-c14",
            "followup",
            [
                ("섹터 이름별 총자산 보여줘", lambda f: rows(_by(_j(f), SNAME, ASSETS, "sum"))),
                ("합계 말고 평균으로", lambda f: rows(_by(_j(f), SNAME, ASSETS))),
            ],
        ),
        Conversation(
            "or-c15",
            "followup",
            [
                ("average interlocks of foreign-controlled firms", lambda f: value(_foreign(_f(f))[LOCKS].mean())),
                ("and of the Canadian ones?", lambda f: value(_f(f, nation_code="CAN")[LOCKS].mean())),
                (
                    "what's the gap, Canadian minus foreign?",
                    lambda f: value(_f(f, nation_code="CAN")[LOCKS].mean() - _foreign(_f(f))[LOCKS].mean()),
                ),
            ],
        ),
        Conversation(
            "or-c16",
            "followup",
            [
                ("운송(TRN) 기업 중 interlocks 최댓값은?", lambda f: value(_f(f, sector_code="TRN")[LOCKS].max())),
                ("그 회사 자산은?", lambda f: value(_top_transport(f)[ASSETS])),
                (
                    "어느 나라가 지배하는 회사야? 나라 이름으로",
                    lambda f: entity(f[N].set_index(NATION).loc[_top_transport(f)[NATION], CNAME]),
                ),
            ],
        ),
    ],
)
