"""Built-in Korean/English words for analytic intent and common data concepts."""

from __future__ import annotations

# Aggregates: surface word -> sum/avg/min/max/count.
AGGREGATES = {
    "total": "sum", "sum": "sum", "overall": "sum", "합계": "sum", "총": "sum", "총합": "sum", "전체": "sum",
    "합": "sum", "총계": "sum", "누적": "sum",
    "average": "avg", "avg": "avg", "mean": "avg", "평균": "avg",
    "max": "max", "maximum": "max", "최대": "max", "최고": "max", "최댓값": "max", "최대값": "max",
    "min": "min", "minimum": "min", "최소": "min", "최저": "min", "최솟값": "min", "최소값": "min",
    "count": "count", "몇": "count", "개수": "count", "갯수": "count", "건수": "count", "며칠": "count",
    "수": "count",
}
# Superlatives: direction of ranking (desc = most); also max/min when nothing is ranked.
SUPERLATIVES = {
    "most": "desc", "highest": "desc", "largest": "desc", "biggest": "desc", "greatest": "desc",
    "top": "desc", "best": "desc", "상위": "desc", "많은": "desc", "많이": "desc", "높은": "desc",
    "큰": "desc", "least": "asc", "lowest": "asc", "fewest": "asc", "smallest": "asc",
    "bottom": "asc", "worst": "asc", "하위": "asc", "적은": "asc", "낮은": "asc", "작은": "asc",
}
SUPERLATIVE_MARKERS = {"가장", "제일", "최다", "most", "top", "bottom"}
# Phrases an aggregate word lends to the column words right after it (max temperature -> temp_max).
AGGREGATE_CONTEXT = {"max": "max, maximum, highest", "min": "min, minimum, lowest",
                     "avg": "avg, average, mean", "sum": "total, sum"}
GRAINS = {
    "daily": "day", "일별": "day", "일간": "day", "날짜별": "day", "매일": "day",
    "weekly": "week", "주별": "week", "주간": "week", "매주": "week",
    "monthly": "month", "월별": "month", "월간": "month", "매월": "month", "달별": "month",
    "quarterly": "quarter", "분기별": "quarter", "분기": "quarter",
    "yearly": "year", "annual": "year", "annually": "year", "연도별": "year", "연간": "year",
    "년도별": "year", "연별": "year", "년별": "year", "해마다": "year", "매년": "year",
}
TREND_WORDS = {"trend", "trends", "timeline", "time", "추이", "추세", "변화", "흐름"}
"""Words asking for a trend; monthly unless a grain is named."""
GRAIN_NOUNS = {"day": "day", "date": "day", "week": "week", "month": "month", "quarter": "quarter",
               "year": "year", "일": "day", "주": "week", "월": "month", "년": "year", "연도": "year",
               "년도": "year", "날짜": "day"}
GROUP_MARKERS = {"by", "per", "each", "every", "across", "마다", "각"}
LIST_WORDS = {"list", "show", "which", "display", "목록", "리스트", "보여줘", "보여주세요", "어떤", "어느",
              "나열", "알려줘"}
COUNT_PHRASES = ("how many", "number of", "count of", "몇 개", "몇개")

# Comparators (words that are not followed by a number become column-vs-column tests).
COMPARATORS = {
    "under": "<", "below": "<", "less": "<", "fewer": "<", "lower": "<", "smaller": "<",
    "over": ">", "above": ">", "more": ">", "greater": ">", "higher": ">", "larger": ">",
    "exceeding": ">", "exceed": ">", "exceeds": ">",
    "미만": "<", "이하": "<=", "초과": ">", "이상": ">=", "넘는": ">", "넘게": ">", "넘은": ">",
    "밑도는": "<", "웃도는": ">",
}

STOPWORDS = set("""
a an the of is are was were be been being what what's whats how much many do does did we i you me my
our us it its this that these those there here in on at to for from with without and or as than then
please tell give get find see want know about into up down all any some current currently now
level levels data record records row rows info information can could would should will
has have had any also just other else may might must shall only one ones item items thing things
whose who where when why
show list display which same between during within since until till through via
현재 지금 알려줘 알려주세요 알려 보여줘 보여주세요 무엇 뭐 뭐야 무엇인가요 얼마 얼마나 얼마인가요 어떻게
되나요 됩니까 입니까 인가요 있나요 있어 있는 있습니까 인 된 한 하는 온 내린 있었던 였던 대한 대해 관련
중 중에서 동안 기간 사이 부터 까지 에서 에 기준 기준으로 해당 모든 개 곳 명 건 것 좀 주세요 줘 해줘
해주세요 보여 어때 어떤가요 인지 구해줘 계산 계산해줘 요 가요 나요 들 및 그리고 또는 값
현황 상황 분포 내역 정보 통계 breakdown distribution overview summary statistics stats
""".split())

# Korean particles and endings stripped from the end of a word, longest first.
KO_SUFFIXES = tuple(sorted("""
의 은 는 이 가 을 를 에 로 와 과 도 만 들 요 께 서 야 으로 에서 에게 까지 부터 보다 이나 나 라 이라
으로는 에서는 에는 이다 입니다 인 인가요 인가 은요 는요 이요 이고 하고 랑 이랑 처럼 마다 별로 이었던
였던 인데 이며 으로의 에서의 로는 별 량 들은 들의 들이 에서도 만큼 당
""".split(), key=len, reverse=True))

# English word -> concept phrases: "strong synonyms; weaker relatives".
CONCEPTS = {
    "stock": "inventory, quantity on hand, on hand, stock level, stock on hand; quantity, qty",
    "inventory": "stock, quantity on hand, on hand, stock level, stock on hand; quantity, qty",
    "on hand": "quantity on hand, stock, inventory", "qty": "quantity", "quantity": "qty; unit, amount",
    "price": "unit price, cost, unit cost; amount", "cost": "unit cost, price, unit price; amount",
    "sale": "revenue, sales amount; amount, unit", "revenue": "sale, sales amount; amount",
    "profit": "margin; revenue", "amount": "total; revenue", "unit": "quantity; qty",
    "shipment": "ship, shipping, shipped, outbound", "shipped": "shipment", "ship": "shipment",
    "receipt": "receive, receiving, received, inbound", "received": "receipt",
    "movement": "transaction, stock movement", "supplier": "vendor", "vendor": "supplier",
    "part": "component", "product": "item", "customer": "client", "client": "customer",
    "category": "type, kind, class, group", "type": "category, kind", "kind": "type, category",
    "country": "nation", "city": "town", "region": "area", "name": "title",
    "rain": "rainfall; precipitation", "rainy": "rain; precipitation", "rainfall": "rain, precipitation",
    "precipitation": "rain, rainfall", "snow": "snowfall", "snowy": "snow", "sunny": "sun, clear",
    "sun": "sunny, clear", "foggy": "fog", "windy": "wind", "cloudy": "cloud", "drizzle": "drizzle",
    "temperature": "temp", "temp": "temperature", "wind": "wind speed", "weather": "condition",
    "day": "date", "date": "day", "reorder point": "reorder level, reorder", "reorder": "reorder point",
    "order": "purchase", "employee": "staff", "salary": "wage, pay", "capacity": "size",
    "count": "quantity", "lead time": "lead", "discount": "rebate", "score": "rating", "rating": "score",
}
# Korean word -> English keys of CONCEPTS (or plain English phrases).
KOREAN = {
    "재고": "stock", "재고량": "stock", "보유량": "stock", "보유": "on hand", "가격": "price",
    "단가": "price, unit cost", "비용": "cost", "원가": "cost", "매출": "revenue, sale",
    "매출액": "revenue, sale", "판매": "sale", "판매량": "unit, quantity", "수익": "revenue, profit",
    "이익": "profit", "금액": "amount", "수량": "quantity, unit", "출고": "shipment", "출하": "shipment",
    "입고": "receipt", "입출고": "movement", "이동": "movement", "재고이동": "movement",
    "부품": "part", "제품": "product", "상품": "product", "품목": "item, product, part", "창고": "warehouse",
    "공급업체": "supplier", "공급사": "supplier", "공급자": "supplier", "협력사": "supplier",
    "거래처": "supplier, customer", "고객": "customer", "주문": "order", "국가": "country",
    "나라": "country", "도시": "city", "지역": "region", "범주": "category", "카테고리": "category",
    "분류": "category", "종류": "type", "유형": "type", "이름": "name", "명칭": "name",
    "날짜": "date", "일자": "date", "날": "day", "일수": "day", "날씨": "weather", "비": "rain",
    "강수량": "precipitation", "강우량": "precipitation", "눈": "snow", "맑은": "sunny", "맑음": "sunny",
    "안개": "foggy", "이슬비": "drizzle", "바람": "wind", "풍속": "wind", "기온": "temperature",
    "온도": "temperature", "최고기온": "temp max", "최저기온": "temp min", "재주문점": "reorder point",
    "재주문": "reorder point", "발주점": "reorder point", "직원": "employee", "급여": "salary",
    "용량": "capacity", "할인": "discount", "점수": "score", "평점": "rating", "량": "quantity",
    "한국": "south korea, korea", "대한민국": "south korea, korea", "일본": "japan", "중국": "china",
    "미국": "usa, united states, us", "독일": "germany", "영국": "uk, united kingdom", "프랑스": "france",
    "서울": "seoul", "부산": "busan", "인천": "incheon", "오사카": "osaka", "도쿄": "tokyo",
}
ADJECTIVE_FORMS = {"rainy": "rain", "snowy": "snow", "sunny": "sun", "foggy": "fog", "windy": "wind",
                   "cloudy": "cloud", "shipped": "shipment", "received": "receipt", "sold": "sale"}

AGGREGATE_NAMES = {
    "en": {"sum": "total", "avg": "average", "min": "minimum", "max": "maximum", "count": "number of"},
    "ko": {"sum": "합계", "avg": "평균", "min": "최소", "max": "최대", "count": "개수"},
}
GRAIN_NAMES = {
    "en": {"day": "daily", "week": "weekly", "month": "monthly", "quarter": "quarterly", "year": "yearly"},
    "ko": {"day": "일별", "week": "주별", "month": "월별", "quarter": "분기별", "year": "연도별"},
}
# Measures averaged rather than summed when the question names no aggregate.
AVERAGED_WORDS = {"temp", "temperature", "price", "cost", "rate", "ratio", "pct", "percent", "percentage",
                  "score", "rating", "age", "avg", "mean", "speed", "humidity", "pressure", "latitude",
                  "longitude", "margin", "discount", "wind", "salary", "weight", "height", "size"}
# Measures counted in pieces (Korean answers add 개).
PIECE_WORDS = {"quantity", "qty", "stock", "inventory", "unit", "count", "piece", "hand"}
