"""The built-in words of analysis in English and Korean, by what they ask for (lemmas: singular, stems).

Only the language of analysis lives here (aggregates, counting, ranking, shares, periods, comparisons);
the words of a particular dataset come from its schema and descriptions.
"""

from __future__ import annotations

AGGREGATES: dict[str, str] = {
    "total": "sum", "sum": "sum", "overall": "sum", "combined": "sum", "aggregate": "sum", "altogether": "sum",
    "합계": "sum", "총": "sum", "총합": "sum", "합": "sum", "총계": "sum", "누적": "sum", "총액": "sum",
    "합산": "sum", "더하": "sum", "합치": "sum",
    "average": "avg", "avg": "avg", "mean": "avg", "typical": "avg", "평균": "avg", "평균값": "avg",
    "연평균": "avg", "월평균": "avg",
    "median": "median", "중앙값": "median", "중간값": "median",
    "max": "max", "maximum": "max", "최대": "max", "최댓값": "max", "최대값": "max", "최고": "max",
    "최고치": "max", "peak": "max",
    "min": "min", "minimum": "min", "최소": "min", "최솟값": "min", "최소값": "min", "최저": "min",
    "최저치": "min",
}
"""Words naming an aggregate of a measure."""

COUNT_WORDS = frozenset({"count", "number", "개수", "갯수", "건수", "수", "몇", "횟수", "how", "many", "인원수",
                         "가짓수", "며칠"})
"""Words of counting ("how many", "number of", 몇, 건수); `how` counts only before many/much."""
DISTINCT_WORDS = frozenset({"distinct", "unique", "different", "종류", "가지"})
"""Words asking for distinct values ("how many different", 종류)."""
SHARE_WORDS = frozenset({"percentage", "percent", "share", "proportion", "fraction", "ratio", "비중", "비율",
                         "퍼센트", "점유율", "%", "pct"})
"""Words asking for a part over its total."""
TOTAL_WORDS = frozenset({"all", "entire", "whole", "전체", "모든", "전부"})
LIST_WORDS = frozenset({"list", "show", "display", "목록", "리스트", "나열", "보여주", "알려주"})
WHICH_WORDS = frozenset({"which", "what", "who", "어느", "어떤", "무슨", "누구", "뭐", "무엇"})

RANK_DESC = frozenset({"top", "most", "highest", "largest", "biggest", "greatest", "best", "maximum", "upper",
                       "상위", "최다", "1위"})
RANK_ASC = frozenset({"bottom", "least", "lowest", "smallest", "fewest", "worst", "minimum", "하위", "최소"})
SUPERLATIVE_MARKS = frozenset({"가장", "제일", "최고로", "젤"})
"""Korean marks that turn the adjective after them into a superlative (가장 비싼)."""

ADJECTIVES: dict[str, tuple[str, tuple[str, ...]]] = {
    # lemma: (direction, the concepts it measures; empty = the measure named nearby)
    "expensive": ("desc", ("price", "cost", "value")), "pricey": ("desc", ("price", "cost")),
    "costly": ("desc", ("price", "cost")), "cheap": ("asc", ("price", "cost")),
    "cheapest": ("asc", ("price", "cost")), "비싸": ("desc", ("price", "cost", "가격")),
    "싸": ("asc", ("price", "cost", "가격")), "저렴하": ("asc", ("price", "cost", "가격")),
    "heavy": ("desc", ("weight", "mass", "wt")), "heaviest": ("desc", ("weight", "mass", "wt")),
    "light": ("asc", ("weight", "mass", "wt")), "lightest": ("asc", ("weight", "mass", "wt")),
    "무겁": ("desc", ("weight", "무게", "체중")), "가볍": ("asc", ("weight", "무게", "체중")),
    "tall": ("desc", ("height", "키")), "tallest": ("desc", ("height", "키")),
    "short": ("asc", ("height", "length", "duration")), "shortest": ("asc", ("height", "length", "duration")),
    "long": ("desc", ("length", "duration", "time")), "longest": ("desc", ("length", "duration", "time")),
    "길": ("desc", ("length", "duration", "길이", "시간")), "짧": ("asc", ("length", "duration", "길이", "시간")),
    "fast": ("desc", ("speed",)), "fastest": ("desc", ("speed",)), "quick": ("desc", ("speed",)),
    "slow": ("asc", ("speed",)), "slowest": ("asc", ("speed",)), "빠르": ("desc", ("speed", "속도")),
    "느리": ("asc", ("speed", "속도")),
    "old": ("desc", ("age", "나이")), "oldest": ("desc", ("age", "나이")), "young": ("asc", ("age", "나이")),
    "youngest": ("asc", ("age", "나이")), "늙": ("desc", ("age", "나이")), "젊": ("asc", ("age", "나이")),
    "나이많": ("desc", ("age", "나이")), "어리": ("asc", ("age", "나이")), "오래": ("desc", ("age", "나이")),
    "earliest": ("desc", ("age", "나이")), "newest": ("asc", ("age", "나이")),
    "densely": ("desc", ("density",)), "dense": ("desc", ("density",)), "sparsely": ("asc", ("density",)),
    "poor": ("desc", ("poverty",)), "poorest": ("desc", ("poverty",)), "가난하": ("desc", ("poverty", "빈곤")),
    "hot": ("desc", ("temperature", "temp")), "hottest": ("desc", ("temperature", "temp")),
    "warm": ("desc", ("temperature", "temp")), "cold": ("asc", ("temperature", "temp")),
    "coldest": ("asc", ("temperature", "temp")), "덥": ("desc", ("temperature", "기온", "온도")),
    "춥": ("asc", ("temperature", "기온", "온도")),
    "big": ("desc", ()), "biggest": ("desc", ()), "large": ("desc", ()), "largest": ("desc", ()),
    "small": ("asc", ()), "smallest": ("asc", ()), "크": ("desc", ()), "작": ("asc", ()),
    "high": ("desc", ()), "highest": ("desc", ()), "low": ("asc", ()), "lowest": ("asc", ()),
    "높": ("desc", ()), "낮": ("asc", ()), "many": ("desc", ()), "much": ("desc", ()), "few": ("asc", ()),
    "많": ("desc", ()), "많이": ("desc", ()), "적": ("asc", ()), "조금": ("asc", ()),
    "good": ("desc", ()), "best": ("desc", ()), "좋": ("desc", ()), "bad": ("asc", ()), "worst": ("asc", ()),
    "나쁘": ("asc", ()), "great": ("desc", ()), "popular": ("desc", ()), "rich": ("desc", ()),
    "넓": ("desc", ("area", "size", "면적")), "좁": ("asc", ("area", "size", "면적")),
    "wide": ("desc", ("width", "area")), "efficient": ("desc", ("efficiency", "mpg", "연비")),
    "최고령": ("desc", ("age", "나이", "연령")), "최연소": ("asc", ("age", "나이", "연령")),
    "priciest": ("desc", ("price", "cost")), "costliest": ("desc", ("price", "cost")), "richest": ("desc", ()),
    "wealthiest": ("desc", ()), "greatest": ("desc", ()), "widest": ("desc", ("width", "area")),
    "densest": ("desc", ("density",)), "warmest": ("desc", ("temperature", "temp")),
    "quickest": ("desc", ("speed",)),
    "common": ("desc", ("frequency",)), "frequent": ("desc", ("frequency",)), "흔하": ("desc", ("frequency",)),
    "rare": ("asc", ("frequency",)), "rarest": ("asc", ("frequency",)), "드물": ("asc", ("frequency",)),
}
"""Adjectives that rank: their direction, and what they measure when the question names nothing else."""

GROUP_WORDS = frozenset({"by", "per", "each", "every", "across", "for each", "마다", "각", "별"})
"""Words marking the grouping that follows them (by warehouse) or, in Korean, before them (창고별)."""
KOREAN_GROUP_SUFFIXES = frozenset({"별", "마다", "당"})
TREND_WORDS = frozenset({"trend", "timeline", "over time", "evolution", "history", "추이", "추세", "변화", "흐름",
                         "변동"})
GRAINS: dict[str, str] = {
    "daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter", "yearly": "year",
    "annual": "year", "annually": "year", "매일": "day", "일간": "day", "매주": "week", "주간": "week",
    "매월": "month", "월간": "month", "매년": "year", "연간": "year", "해마다": "year", "분기": "quarter",
}
GRAIN_NOUNS: dict[str, str] = {
    "day": "day", "date": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
    "일": "day", "날": "day", "날짜": "day", "일자": "day", "주": "week", "월": "month", "달": "month",
    "분기": "quarter", "년": "year", "연": "year", "연도": "year", "년도": "year", "해": "year",
    "요일": "weekday", "weekday": "weekday", "hour": "hour", "시간대": "hour", "decade": "decade", "연대": "decade",
}
"""Time units a grouping may name (by month, 월별, per year, 연도별)."""

COMPARATORS: dict[str, str] = {
    "over": ">", "above": ">", "more": ">", "greater": ">", "higher": ">", "larger": ">", "exceeding": ">",
    "exceed": ">", "beyond": ">", "under": "<", "below": "<", "less": "<", "fewer": "<", "lower": "<",
    "smaller": "<", "least": ">=", "most": "<=", "within": "<=",
    "초과": ">", "이상": ">=", "넘": ">", "넘게": ">", "미만": "<", "이하": "<=", "밑": "<", "아래": "<",
    "안되": "<", "못되": "<", "넘어가": ">", "웃돌": ">", "밑돌": "<",
}
"""Words comparing a measure with a number ("over 100", "100 이상")."""
BETWEEN_WORDS = frozenset({"between", "사이"})
NEGATIONS = frozenset({"not", "except", "excluding", "without", "other", "제외", "빼", "아닌", "외", "don't",
                       "doesn't", "didn't", "dont", "doesnt", "didnt", "lack", "lacking"})
NEGATED_PAST = frozenset({"have", "has", "had", "a", "an", "any", "come", "with", "include"})
"""Words an English negation reaches past to what it negates (don't have a driveway)."""
ONLY_WORDS = frozenset({"only", "just", "만"})

RELATIVE: dict[str, tuple[str, int]] = {
    # lemma: (unit, how many units back from the latest period, 0 = the latest one itself)
    "지난달": ("month", 1), "전월": ("month", 1), "이번달": ("month", 0), "이달": ("month", 0),
    "작년": ("year", 1), "지난해": ("year", 1), "전년": ("year", 1), "올해": ("year", 0), "금년": ("year", 0),
    "지난주": ("week", 1), "이번주": ("week", 0), "어제": ("day", 1), "오늘": ("day", 0),
    "지난분기": ("quarter", 1), "이번분기": ("quarter", 0),
}
RECENT_WORDS = frozenset({"last", "past", "recent", "latest", "previous", "최근", "지난", "지나", "직전", "마지막"})
"""Words of relative periods ("last 3 months", 최근 3개월), anchored to the data's latest date."""
FORECAST_WORDS = frozenset({"forecast", "predict", "prediction", "projection", "future", "next", "will",
                            "예측", "전망", "예상", "내년", "다음달", "미래"})
"""Words asking about the future: data only holds the past."""
EVENT_NOUNS = frozenset("""
death birth case accident injury casualty sale claim crime visit order vote arrival departure baptism christening
marriage divorce 사망 출생 사고 부상 사례 판매 청구 범죄 방문 주문 투표 득표 세례 혼인 이혼 도착 출발 확진
""".split())
"""Nouns of events counted: columns `disease_deaths`, `wound_deaths` are parts of all deaths, added up."""
WHOLE_WORDS = frozenset({"total", "all", "overall", "전체", "총", "합계", "전"})
"""First words of a column holding a whole (total_deaths, 전체_세례)."""
CAUSE_WORDS = frozenset({"why", "왜"})
"""Words asking for a cause: the data holds what happened, not why."""
REASON_WORDS = frozenset({"reason", "cause", "motive", "why", "이유", "원인", "사유", "동기"})
"""Words of a column that records causes (cancel_reason, 퇴사_사유): then a why question is its breakdown."""

STOPWORDS = frozenset("""
a an the of is are was were be been being what's whats do does did we i you me my our us it its this that
these those there here in on at to for from with and or as than then please tell give get find see want
know about into up down any some current currently now has have had also just can could would should will
may might must shall one ones thing things whose where when why how much many show list display me
value values data info information among amongst
such very really it's got need ask asking answer question cover covered span include included contain
have having had
현재 지금 알려 보여 무엇 뭐 얼마 얼마나 어떻게 되 있 인 된 한 하 는 대한 대해 관련 해당 것 좀 주 줘
해주 보 어때 구하 계산 요 들 및 그리고 또는 값 데이터 정보 통계 현황 상황 분포 내역 수치 결과 기준 중 가운데 전부
포함 포함되 언제 때 시기
break breakdown split narrow restrict filter filtered instead again ok okay alright only 한정 쪽 좁히 나누 바꾸 보이 봐
controlled owned based headquartered
보면 다시 어떻 쪼개
""".split())
"""Words carrying no content of their own (a schema's own name words still count: agent.schema)."""

COUNTERS = frozenset({"개", "명", "건", "대", "곳", "마리", "편", "권", "종", "종류", "가지", "척", "채", "벌",
                      "잔", "병", "장", "회", "번", "팀", "개국", "그루"})
"""Korean counters: after 몇 they ask for a count; after a number they make a top-N or a value."""

ROW_NOUNS = frozenset({"row", "record", "entry", "observation", "행", "레코드", "기록", "데이터", "항목", "관측",
                       "관측치", "관측값"})
"""Words for "the table's rows" whatever the table is ("how many records", 몇 건)."""
VALUE_NOUNS = frozenset({"value", "figure", "level", "값", "수치", "기록", "것", "거"})
"""Words for "the value" after a superlative of a measure (연료 가격 제일 낮았던 값: its lowest value)."""
TABLE_WORDS = frozenset({"table", "dataset", "data", "file", "sheet", "테이블", "표", "데이터셋", "파일", "시트"})
CAREER_WORDS = frozenset({"career", "lifetime", "all-time", "통산", "평생", "역대"})
"""Totals over every row of an entity (career home runs: per player, over all seasons)."""
OPEN_AFTER = frozenset({"since", "after", "onward", "onwards", "later", "이후", "이래", "부터", "후"})
OPEN_BEFORE = frozenset({"before", "until", "prior", "earlier", "이전", "전", "까지"})
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
QUARTER_WORDS: dict[str, int] = {"q1": 1, "q2": 2, "q3": 3, "q4": 4, "first": 1, "second": 2, "third": 3,
                                 "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "1사분기": 1}
UNITS: dict[str, str] = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
                         "일": "day", "주": "week", "개월": "month", "달": "month", "분기": "quarter", "년": "year",
                         "해": "year", "주일": "week", "season": "year", "시즌": "year",
                         "연도": "year", "년도": "year"}
"""Period units after a number ("last 3 months", 최근 3개월, 2년)."""

ORDINALS: dict[str, str] = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
                            "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th"}
"""Ordinal words as values are often written (third class: 3rd; 3등석: 3rd)."""


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


OPPOSITES: dict[str, str] = {
    "died": "survived", "dead": "survived", "death": "survived", "die": "survived", "perished": "survived",
    "deceased": "survived", "non-survivor": "survived", "사망": "생존", "사망자": "생존", "죽": "생존",
    "unemployed": "employed", "single": "married", "unmarried": "married", "failed": "passed", "lost": "won",
    "nonsmoker": "smoker", "비흡연": "흡연", "비흡연자": "흡연", "미혼": "기혼", "실업": "취업", "탈락": "합격",
    "inactive": "active", "비활성": "활성", "absent": "present", "결석": "출석",
}
"""Words meaning the no of a yes/no column ("died" of survived): the column with its other value."""
MISSING_WORDS = frozenset({"missing", "null", "empty", "blank", "unknown", "unrecorded", "nan", "na", "결측",
                           "누락", "비어", "빈", "없", "모르", "미기록", "공란", "결측치", "빠지"})
"""Words asking for rows where a column has no value ("missing ozone", 오존 값이 비어 있는)."""
READING_WORDS = frozenset({"reading", "value", "record", "measurement", "data", "entry", "figure", "recorded",
                           "reported"})
"""After `no <column>`, words saying the value was not recorded (no ozone reading), not that it is zero."""
FILLERS = frozenset({"level", "reading", "recorded", "record", "inclusive", "measurement", "measured", "value",
                     "figure", "observed", "registered", "logged", "측정", "측정값", "기록", "수치",
                     "hour", "minute", "second", "kg", "km", "mile", "pound", "lb", "degree", "dollar", "usd", "won",
                     "unit", "시간", "분", "초", "킬로그램", "킬로미터", "마일", "파운드", "도", "달러", "원", "단위"})
"""Words that surround a measure without naming one ("ozone level", "highest reading recorded")."""
EXPOSURE_WORDS = frozenset({"holder", "policyholder", "population", "member", "customer", "user", "subscriber",
                            "resident", "patient", "student", "employee", "exposure", "가입자", "인구", "회원", "고객",
                            "사용자", "구독자", "주민", "환자", "학생", "직원"})
"""Name words of a column counting those a rate is per (claims per policyholder: holders, 가입자 수)."""
RECORDED_WORDS = frozenset({"recorded", "reported"})
"""English words saying a row's value is there (people with a recorded wage)."""
RECORDING_NOUNS = frozenset({"기록", "입력", "측정", "응답", "기입"})
"""Korean nouns of recording: 기록된 (the value is there), 기록되지 않은 / 기록 안 된 (it is missing)."""
CURRENCY_WORDS = frozenset({"pound", "dollar", "usd", "won", "파운드", "달러", "원"})
"""Fillers as units (in dollars, 5달러) that name a thing of their own when said alone (원-달러 환율, the pound)."""
PEOPLE_NOUNS = frozenset({"people", "person", "passenger", "individual", "respondent", "participant", "사람", "인원",
                          "승객", "탑승자", "응답자", "참가자"})
"""Words for the people a table of people counts (rows, or the sum of a column of counts)."""
PEOPLE_COUNTS = frozenset({"인원수", "인원", "사람수", "명수"})
"""Korean count words that name people: what they count is rows of people, never a category's values."""

TEMPERATURE = ("temperature", "temp", "기온", "온도")
WEIGHT = ("weight", "wt", "mass", "무게", "체중")
MONEY = ("price", "amount", "cost", "revenue", "sales", "가격", "금액", "매출")
DISTANCE = ("distance", "거리")
AREA = ("area", "면적")
UNIT_CONCEPTS: dict[str, tuple[str, ...]] = {
    "degree": TEMPERATURE, "degrees": TEMPERATURE, "°": TEMPERATURE, "°f": TEMPERATURE, "°c": TEMPERATURE,
    "℃": TEMPERATURE, "℉": TEMPERATURE, "도": TEMPERATURE, "kg": WEIGHT, "kilogram": WEIGHT, "kilograms": WEIGHT,
    "킬로": WEIGHT, "킬로그램": WEIGHT, "lb": WEIGHT, "lbs": WEIGHT, "pound": WEIGHT, "pounds": WEIGHT,
    "파운드": WEIGHT, "mph": ("wind", "speed", "풍속", "속도"), "살": ("age", "나이", "연령"),
    "세": ("age", "나이", "연령"),
    "cm": ("height", "length", "키", "길이"), "inch": ("height", "length", "키", "길이"),
    "inches": ("height", "length", "키", "길이"), "인치": ("height", "length", "키", "길이"),
    "people": ("population", "인구"), "residents": ("population", "인구"), "inhabitants": ("population", "인구"),
    "resident": ("population", "인구"), "inhabitant": ("population", "인구"),
    "unit": ("quantity", "수량"), "piece": ("quantity", "수량"),
    "dollar": MONEY, "usd": MONEY, "$": MONEY, "달러": MONEY, "원": MONEY,
    "km": DISTANCE, "kilometre": DISTANCE, "kilometres": DISTANCE, "kilometer": DISTANCE, "kilometers": DISTANCE,
    "mile": DISTANCE, "miles": DISTANCE, "mi": DISTANCE, "킬로미터": DISTANCE, "km²": AREA, "km2": AREA,
    "sq": AREA, "㎢": AREA, "m²": AREA, "m2": AREA, "평": AREA, "제곱킬로미터": AREA,
}
"""Units after a number ("above 90 degrees", "30살 이상"): the concept of the column it compares."""

MEASURE_UNITS = frozenset({"g", "mg", "mcg", "µg", "ml", "cl", "l", "mm", "m", "km", "kcal", "cal", "oz", "ft", "mi",
                           "gb", "mb", "kb", "tb", "kwh", "kw", "w", "hz", "ms"})
"""Unit abbreviations written after a number (5 g, 300mg): they name no value or column of their own."""
NUMBER_UNITS = MEASURE_UNITS | {"kg", "cm", "lb", "lbs", "mph", "inch"}
"""Units written right after a number in Korean text (10g, 80kg): a word of their own, not part of a code."""

SIGNS: dict[str, tuple[str, float]] = {
    "negative": ("<", 0.0), "positive": (">", 0.0), "음수": ("<", 0.0), "마이너스": ("<", 0.0), "양수": (">", 0.0),
    "플러스": (">", 0.0), "zero": ("=", 0.0),
}
"""Words comparing a measure with zero ("a negative savings rate", 음수인 달)."""

SCALE_NAMES = {1_000: frozenset({"thousand", "thousands", "천"}),
               1_000_000: frozenset({"million", "millions", "mn", "백만"}),
               1_000_000_000: frozenset({"billion", "billions", "bn", "십억"})}
"""Words of a column named in a scale (assets_millions, revenue_thousands): numbers said with it are in it."""
