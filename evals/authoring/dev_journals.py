"""Dev set on Ecdat::Journals (180 economics journals, a cross-section from 2000) as a journal and a publisher table.

`journals` holds one row per journal (`journal_id`, `title`, `publisher_id`, `society`, `library_price`,
`pages`, `characters_per_page`, `citations`, `founded`, `library_holdings`, `field`) and refers to
`publishers` (49: `publisher_id`, `name`) by `publisher_id`; a publisher's name lives in `publishers` only, so
"by publisher" or "Elsevier's journals" needs a join. Made by evals/authoring/dev_derived_journals.py. There is
one cross-section (2000) and no date but the year each journal was founded: questions on other years, changes
over time and forecasts cannot be answered; "founded in the 1980s" and the like are asked of `founded`.

Readings:
- "How many journals" counts rows of `journals`; "how many publishers" counts the rows of `publishers` (49:
  the derived table writes each of MIT Press, Oxford University Press and the American Statistical
  Association one way, where the source writes each two ways; `MIT` stays its own row, as in the source, and
  no question names it or MIT Press).
- "Society journals" / "학회 발행" are the rows with `society = 'yes'`; "not published by a society" the rows
  with `no`. "학회 발행 비중" is the share of journals (rows) unless the question names another total
  (citations, holdings).
- An average over journals ("average price", "평균 인용 수", "by field", "by publisher") is the plain mean of
  the journals' values. "Price per page" is each journal's `library_price / pages`, and "price per citation"
  `library_price / citations`, asked in so many words; their "average" is the mean of the journals' ratios
  (jr-40, jr-44 by field, jr-79), never a ratio of totals.
- `library_price` is the library subscription price (the number as the source holds it; no currency is named);
  Korean questions say 가격, 구독료 or 구독 가격 for it. `library_holdings` is 도서관 소장 수; `citations` 인용
  수; `founded` 창간 연도; `field` 분야; `publishers.name` 출판사.
- Cuts: "more than" / "over" / "넘는" / "초과" are strict, "at least" / "이상" inclusive; every cut asked on a
  number is one no journal sits on exactly (checked by `_cut`), so both readings give the same rows. Year
  cuts in Korean ("1950년 이전", "1993년 이후") are only asked at years in which no journal was founded; English
  "before 1960" / "after 1980" are strict; "between 1945 and 1965" and "1960년부터 1980년까지" include both
  ends; "the 1970s" / "1970년대" are 1970-1979.
- "Which journal" answers with the journal's `title`; `World Development` is the title of two journals, so
  such questions are only asked where the answer's title (and every title of a top-N) is unique among the
  journals asked about (checked by `_jtop`). Top-N questions are asked only without ties at the cut.
- Field names are the source's English ones; a Korean question may name a field in Korean where the match is
  plain (계량경제 = `Econometrics`, 노동 = `Labor`).
- "The difference between the two" (jr-c07, jr-c14) is the larger average minus the smaller one (positive).
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
    top,
    value,
    values,
    where,
)

PRICE, CITES, PAGES, HOLD, YEAR, CPP = (
    "library_price",
    "citations",
    "pages",
    "library_holdings",
    "founded",
    "characters_per_page",
)


def _j(f):
    return f["journals"]


def _x(f):
    """Journals with their publisher's name as `publisher`."""
    publishers = f["publishers"].rename(columns={"name": "publisher"})
    return _j(f).merge(publishers, on="publisher_id", how="left")


def _pub(f, name):
    return where(_x(f), publisher=name)


def _field(f, name):
    return where(_j(f), field=name)


def _soc(f, yes=True):
    return where(_j(f), society="yes" if yes else "no")


def _ratio(frame, numerator=PRICE, denominator=PAGES):
    """The frame with each journal's `numerator / denominator` as `ratio`."""
    return frame.assign(ratio=frame[numerator] / frame[denominator])


def _cut(frame, column, low=None, high=None):
    """The rows above `low` and below `high`; refuses a cut a journal sits on exactly (strict = inclusive)."""
    for at in (low, high):
        if at is not None and (frame[column] == at).any():
            raise ValueError(f"a journal with {column} exactly {at}: 'over' and 'at least' would differ")
    if low is not None:
        frame = frame[frame[column] > low]
    if high is not None:
        frame = frame[frame[column] < high]
    return frame


def _years(frame, first, last):
    """The journals founded from `first` to `last`, both included."""
    return frame[frame[YEAR].between(first, last)]


def _by_field(frame, column, how="mean"):
    return frame.groupby("field")[column].agg(how)


def _by_pub(frame, column, how="mean"):
    return frame.groupby("publisher")[column].agg(how)


def _jtop(frame, column, n, largest=True):
    """The top `n` journals of the frame by the column, by title (their titles unique in the frame)."""
    ranked = frame.sort_values(column, ascending=not largest)
    if len(ranked) > n and ranked[column].iloc[n - 1] == ranked[column].iloc[n]:
        raise ValueError("a tie at the cut")
    head = ranked.head(n)
    if head[column].duplicated().any():
        raise ValueError("ties inside the top")
    if frame["title"].isin(head["title"]).sum() != n:
        raise ValueError("a title of the top is shared by another journal of the frame")
    return order(list(head["title"]), list(head[column]))


def _jbest(frame, column, largest=True):
    """The title and value of the frame's journal with the highest (lowest) value ("which journal")."""
    found = _jtop(frame, column, 1, largest)
    return entity(found["order"][0], found["values"][0])


def _first(frame, column, largest=True):
    """The row of the frame's journal with the highest (lowest) value of the column (refusing a tie)."""
    ranked = frame.sort_values(column, ascending=not largest)
    if ranked[column].iloc[0] == ranked[column].iloc[1]:
        raise ValueError("a tie for the first place")
    return ranked.iloc[0]


def _titled(f, title):
    """The one row of the journal with this title (joined to its publisher)."""
    found = where(_x(f), title=title)
    if len(found) != 1:
        raise ValueError(f"{title!r}: {len(found)} journals")
    return found.iloc[0]


def _share(part, whole):
    return percent(100 * len(part) / len(whole))


def _big_publishers(f, at_least):
    """The publishers with at least `at_least` journals."""
    sizes = _x(f).groupby("publisher").size()
    return list(sizes[sizes >= at_least].index)


def _top_publishers_by_citations(f, n):
    totals = _by_pub(_x(f), CITES, "sum").sort_values(ascending=False)
    if totals.iloc[n - 1] == totals.iloc[n]:
        raise ValueError("a tie at the cut")
    return list(totals.head(n).index)


def _top_titles(frame, column, n, largest=True):
    return _jtop(frame, column, n, largest)["order"]


SET = BankSet(
    name="dev_journals",
    split="dev",
    tables=[
        Table("journals", file="dev/journals_journals.parquet"),
        Table("publishers", file="dev/journals_publishers.parquet"),
    ],
    questions=[
        # count
        Q("jr-01", "count", "How many journals are in the table?", lambda f: value(len(_j(f)))),
        Q("jr-02", "count", "학회에서 발행하는 저널은 몇 개야?", lambda f: value(len(_soc(f)))),
        Q("jr-03", "count", "구독료 1200 넘는 저널 몇개?", lambda f: value(len(_cut(_j(f), PRICE, low=1200)))),
        Q("jr-04", "count", "General 분야 저널은 총 몇 종인가요?", lambda f: value(len(_field(f, "General")))),
        Q(
            "jr-05",
            "count",
            "how many journals are held by fewer than 60 libraries?",
            lambda f: value(len(_cut(_j(f), HOLD, high=60))),
        ),
        # count_distinct
        Q("jr-06", "count_distinct", "How many different fields are there?", lambda f: value(_j(f)["field"].nunique())),
        Q("jr-07", "count_distinct", "출판사는 모두 몇 곳이야?", lambda f: value(len(f["publishers"]))),
        Q(
            "jr-08",
            "count_distinct",
            "Elsevier 저널들은 몇 개 분야에 걸쳐 있어?",
            lambda f: value(_pub(f, "Elsevier")["field"].nunique()),
        ),
        Q(
            "jr-09",
            "count_distinct",
            "how many distinct publishers put out at least one society journal?",
            lambda f: value(_soc(f)["publisher_id"].nunique()),
        ),
        Q(
            "jr-10",
            "count_distinct",
            "인용 수 1000건 넘는 저널이 있는 분야는 몇 가지?",
            lambda f: value(_cut(_j(f), CITES, low=1000)["field"].nunique()),
        ),
        # sum
        Q("jr-11", "sum", "total citations across all journals", lambda f: value(_j(f)[CITES].sum())),
        Q("jr-12", "sum", "전체 저널 구독료 합계 얼마야", lambda f: value(_j(f)[PRICE].sum())),
        Q("jr-13", "sum", "Finance 분야 저널들의 총 페이지 수는?", lambda f: value(_field(f, "Finance")[PAGES].sum())),
        Q(
            "jr-14",
            "sum",
            "What's the sum of library holdings for society journals?",
            lambda f: value(_soc(f)[HOLD].sum()),
        ),
        # average
        Q("jr-15", "average", "평균 구독료는 얼마예요?", lambda f: value(_j(f)[PRICE].mean())),
        Q(
            "jr-16",
            "average",
            "what's the average number of citations per journal?",
            lambda f: value(_j(f)[CITES].mean()),
        ),
        Q("jr-17", "average", "median library price", lambda f: value(_j(f)[PRICE].median())),
        Q("jr-18", "average", "페이지당 글자 수 평균 알려줘", lambda f: value(_j(f)[CPP].mean())),
        # min_max
        Q("jr-19", "min_max", "가장 오래된 저널은 몇 년에 창간됐어?", lambda f: value(_j(f)[YEAR].min())),
        Q("jr-20", "min_max", "구독료 최솟값은?", lambda f: value(_j(f)[PRICE].min())),
        Q(
            "jr-21",
            "min_max",
            "smallest number of characters per page of any journal",
            lambda f: value(_j(f)[CPP].min()),
        ),
        # multi_measure
        Q(
            "jr-22",
            "multi_measure",
            "min, max and average library price",
            lambda f: values(_j(f)[PRICE].min(), _j(f)[PRICE].max(), _j(f)[PRICE].mean()),
        ),
        Q(
            "jr-23",
            "multi_measure",
            "인용 수 평균이랑 중앙값 같이 보여줘",
            lambda f: values(_j(f)[CITES].mean(), _j(f)[CITES].median()),
        ),
        Q(
            "jr-24",
            "multi_measure",
            "Theory 분야 저널의 평균 구독료와 평균 인용 수",
            lambda f: values(_field(f, "Theory")[PRICE].mean(), _field(f, "Theory")[CITES].mean()),
        ),
        Q(
            "jr-25",
            "multi_measure",
            "For journals published by a society, what are the average price and the average library holdings?",
            lambda f: values(_soc(f)[PRICE].mean(), _soc(f)[HOLD].mean()),
        ),
        # ranking
        Q("jr-26", "ranking", "top 5 journals by citations", lambda f: _jtop(_j(f), CITES, 5)),
        Q("jr-27", "ranking", "구독료 가장 비싼 저널 상위 3개", lambda f: _jtop(_j(f), PRICE, 3)),
        Q("jr-28", "ranking", "창간이 가장 빠른 저널 3개는?", lambda f: _jtop(_j(f), YEAR, 3, largest=False)),
        Q("jr-29", "ranking", "Which 10 journals have the most pages?", lambda f: _jtop(_j(f), PAGES, 10)),
        # which_one
        Q("jr-30", "which_one", "구독료가 제일 비싼 저널은?", lambda f: _jbest(_j(f), PRICE)),
        Q("jr-31", "which_one", "which journal has the fewest pages", lambda f: _jbest(_j(f), PAGES, largest=False)),
        Q("jr-32", "which_one", "평균 구독료가 가장 높은 분야는?", lambda f: best(_by_field(_j(f), PRICE))),
        Q("jr-33", "which_one", "Which field has the most journals?", lambda f: best(_j(f).groupby("field").size())),
        Q("jr-34", "which_one", "한 페이지에 글자가 제일 많이 들어가는 저널은?", lambda f: _jbest(_j(f), CPP)),
        # share
        Q(
            "jr-35",
            "share",
            "what percentage of journals are published by a scholarly society?",
            lambda f: _share(_soc(f), _j(f)),
        ),
        Q(
            "jr-36",
            "share",
            "전체 인용 수 중에서 학회 발행 저널이 차지하는 비중은?",
            lambda f: percent(100 * _soc(f)[CITES].sum() / _j(f)[CITES].sum()),
        ),
        Q("jr-37", "share", "구독료가 500 이상인 저널 비율", lambda f: _share(_cut(_j(f), PRICE, low=500), _j(f))),
        Q("jr-38", "share", "share of journals in the General field", lambda f: _share(_field(f, "General"), _j(f))),
        Q(
            "jr-39",
            "share",
            "What share of all library holdings belongs to Elsevier journals?",
            lambda f: percent(100 * _pub(f, "Elsevier")[HOLD].sum() / _j(f)[HOLD].sum()),
        ),
        # the derived ratios, asked in so many words
        Q(
            "jr-40",
            "average",
            "average price per page across journals (each journal's library price divided by its pages, then averaged)",
            lambda f: value(_ratio(_j(f))["ratio"].mean()),
        ),
        Q(
            "jr-41",
            "which_one",
            "Which journal has the highest price per page, i.e. library price / pages?",
            lambda f: _jbest(_ratio(_j(f)), "ratio"),
        ),
        Q(
            "jr-42",
            "ranking",
            "페이지당 가격(구독료 ÷ 페이지 수)이 가장 낮은 저널 5개",
            lambda f: _jtop(_ratio(_j(f)), "ratio", 5, largest=False),
        ),
        Q(
            "jr-43",
            "which_one",
            "인용 1건당 구독료(구독료/인용 수)가 제일 높은 저널은 어디예요?",
            lambda f: _jbest(_ratio(_j(f), PRICE, CITES), "ratio"),
        ),
        Q(
            "jr-44",
            "breakdown",
            "저널별 페이지당 가격(구독료/페이지 수)을 구해서 분야별로 평균 내줘",
            lambda f: rows(_by_field(_ratio(_j(f)), "ratio")),
        ),
        # breakdown
        Q("jr-45", "breakdown", "분야별 저널 수", lambda f: rows(_j(f).groupby("field").size())),
        Q("jr-46", "breakdown", "avg library price by field", lambda f: rows(_by_field(_j(f), PRICE))),
        Q(
            "jr-47",
            "breakdown",
            "학회 발행 여부(society)별 평균 인용 수",
            lambda f: rows(_j(f).groupby("society")[CITES].mean()),
        ),
        Q("jr-48", "breakdown", "분야별 최고 인용 수", lambda f: rows(_by_field(_j(f), CITES, "max"))),
        # filter_value
        Q(
            "jr-49",
            "filter_value",
            "인용 수가 1000 넘는 저널들의 평균 구독료",
            lambda f: value(_cut(_j(f), CITES, low=1000)[PRICE].mean()),
        ),
        Q(
            "jr-50",
            "filter_value",
            "average citations of journals priced under 75",
            lambda f: value(_cut(_j(f), PRICE, high=75)[CITES].mean()),
        ),
        Q(
            "jr-51",
            "filter_value",
            "페이지가 1000쪽 넘는 저널들의 평균 도서관 소장 수",
            lambda f: value(_cut(_j(f), PAGES, low=1000)[HOLD].mean()),
        ),
        Q(
            "jr-52",
            "filter_value",
            "median citations among journals not published by a society",
            lambda f: value(_soc(f, yes=False)[CITES].median()),
        ),
        Q(
            "jr-53",
            "filter_value",
            "Public Finance 분야에서 구독료가 제일 싼 저널 가격은?",
            lambda f: value(_field(f, "Public Finance")[PRICE].min()),
        ),
        # years: founded
        Q(
            "jr-54",
            "year_period",
            "how many journals were founded in the 1990s?",
            lambda f: value(len(_years(_j(f), 1990, 1999))),
        ),
        Q("jr-55", "year_period", "1970년대에 창간된 저널은 몇 개야?", lambda f: value(len(_years(_j(f), 1970, 1979)))),
        Q(
            "jr-56",
            "year_period",
            "1950년 이전에 창간된 저널들의 평균 인용 수",
            lambda f: value(_cut(_j(f), YEAR, high=1950)[CITES].mean()),
        ),
        Q(
            "jr-57",
            "year_period",
            "average library price of journals founded after 1985",
            lambda f: value(_j(f)[_j(f)[YEAR] > 1985][PRICE].mean()),
        ),
        Q(
            "jr-58",
            "year_period",
            "1995년에 창간된 저널 이름 알려줘",
            lambda f: entity(_years(_j(f), 1995, 1995)["title"].item()),
        ),
        Q(
            "jr-59",
            "date_range",
            "How many journals were founded between 1945 and 1965?",
            lambda f: value(len(_years(_j(f), 1945, 1965))),
        ),
        Q(
            "jr-60",
            "date_range",
            "1960년부터 1980년까지 창간된 저널의 평균 구독료",
            lambda f: value(_years(_j(f), 1960, 1980)[PRICE].mean()),
        ),
        Q(
            "jr-61",
            "date_range",
            "total citations of journals founded 1900-1949",
            lambda f: value(_years(_j(f), 1900, 1949)[CITES].sum()),
        ),
        Q(
            "jr-62",
            "trend",
            "number of journals founded per year since 1990",
            lambda f: rows(_j(f)[_j(f)[YEAR] >= 1990].groupby(YEAR).size(), ordered=True),
        ),
        Q(
            "jr-63",
            "trend",
            "1985년부터 창간 연도별 평균 구독료 추이",
            lambda f: rows(_j(f)[_j(f)[YEAR] >= 1985].groupby(YEAR)[PRICE].mean(), ordered=True),
        ),
        # join: the publisher's name
        Q("jr-64", "join", "How many journals does Elsevier publish?", lambda f: value(len(_pub(f, "Elsevier")))),
        Q("jr-65", "join", "Blackwell 저널들 평균 구독료", lambda f: value(_pub(f, "Blackwell")[PRICE].mean())),
        Q("jr-66", "join", "출판사별 저널 수", lambda f: rows(_x(f).groupby("publisher").size())),
        Q(
            "jr-67",
            "join",
            "top 5 publishers by number of journals",
            lambda f: top(_x(f).groupby("publisher").size(), 5),
        ),
        Q("jr-68", "join", "인용 수 합계가 가장 많은 출판사는?", lambda f: best(_by_pub(_x(f), CITES, "sum"))),
        Q(
            "jr-69",
            "join",
            "Which publisher has the highest average library price?",
            lambda f: best(_by_pub(_x(f), PRICE)),
        ),
        Q(
            "jr-70",
            "join",
            "Kluwer에서 나오는 저널 중 인용 수가 가장 많은 건?",
            lambda f: _jbest(_pub(f, "Kluwer"), CITES),
        ),
        Q(
            "jr-71",
            "join",
            "Who publishes the Journal of Finance?",
            lambda f: entity(_titled(f, "Journal of Finance")["publisher"]),
        ),
        Q("jr-72", "join", "Econometrica 출판사가 어디야?", lambda f: entity(_titled(f, "Econometrica")["publisher"])),
        Q("jr-73", "join", "Springer 저널 중 구독료 상위 3개", lambda f: _jtop(_pub(f, "Springer"), PRICE, 3)),
        Q(
            "jr-74",
            "join",
            "Univ of Chicago Press 저널들 인용 수 합계",
            lambda f: value(_pub(f, "Univ of Chicago Press")[CITES].sum()),
        ),
        Q(
            "jr-75",
            "join",
            "average library price for each publisher that has more than 5 journals",
            lambda f: rows(_by_pub(_x(f)[_x(f)["publisher"].isin(_big_publishers(f, 6))], PRICE)),
        ),
        Q("jr-76", "join", "Springer 저널 분야별 개수", lambda f: rows(_pub(f, "Springer").groupby("field").size())),
        Q(
            "jr-77",
            "join",
            "평균 구독료가 가장 낮은 출판사 3곳",
            lambda f: top(_by_pub(_x(f), PRICE), 3, largest=False),
        ),
        Q(
            "jr-78",
            "join",
            "what share of Blackwell's journals are society journals?",
            lambda f: _share(where(_pub(f, "Blackwell"), society="yes"), _pub(f, "Blackwell")),
        ),
        Q(
            "jr-79",
            "join",
            "Academic Press 저널들의 평균 페이지당 가격 (구독료/페이지, 저널별로 계산해서 평균)",
            lambda f: value(_ratio(_pub(f, "Academic Press"))["ratio"].mean()),
        ),
        # loosely named columns and values
        Q("jr-80", "loose_value", "most cited journal in finance", lambda f: _jbest(_field(f, "Finance"), CITES)),
        Q("jr-81", "loose_value", "제일 싼 저널 어디야?", lambda f: _jbest(_j(f), PRICE, largest=False)),
        Q(
            "jr-82",
            "loose_value",
            "how many libraries carry the American Economic Review?",
            lambda f: value(_titled(f, "American Economic Review")[HOLD]),
        ),
        Q("jr-83", "loose_value", "노동 분야 저널들 평균 인용 수", lambda f: value(_field(f, "Labor")[CITES].mean())),
        Q(
            "jr-84",
            "loose_value",
            "계량경제 분야에서 제일 비싼 저널",
            lambda f: _jbest(_field(f, "Econometrics"), PRICE),
        ),
        Q(
            "jr-85",
            "loose_value",
            "oldest finance journal?",
            lambda f: _jbest(_field(f, "Finance"), YEAR, largest=False),
        ),
        # unanswerable
        Q("jr-86", "unanswerable", "2005년 예상 구독료 알려줘", lambda f: refuse()),
        Q(
            "jr-87",
            "unanswerable",
            "What was the library price of the American Economic Review in 1995?",
            lambda f: refuse(),
        ),
        Q("jr-88", "unanswerable", "저널별 임팩트 팩터 순위", lambda f: refuse()),
        Q("jr-89", "unanswerable", "which journal has the highest acceptance rate?", lambda f: refuse()),
        Q("jr-90", "unanswerable", "Econometrica 편집장이 누구야?", lambda f: refuse()),
        Q("jr-91", "unanswerable", "average number of articles per issue by field", lambda f: refuse()),
        Q("jr-92", "unanswerable", "출판사별 매출액 합계", lambda f: refuse()),
        Q("jr-93", "unanswerable", "How many issues a year does the Journal of Finance publish?", lambda f: refuse()),
        Q("jr-94", "unanswerable", "개인 구독료가 가장 싼 저널은?", lambda f: refuse()),
        Q("jr-95", "unanswerable", "Which country is each publisher based in?", lambda f: refuse()),
        Q("jr-96", "unanswerable", "2000년 이후로 인용 수가 어떻게 변했는지 보여줘", lambda f: refuse()),
        Q("jr-97", "unanswerable", "what's the average time from submission to publication?", lambda f: refuse()),
        # conversations
        Conversation(
            "jr-c01",
            "followup",
            [
                ("average library price by field", lambda f: rows(_by_field(_j(f), PRICE))),
                ("only society journals", lambda f: rows(_by_field(_soc(f), PRICE))),
                ("and the max?", lambda f: rows(_by_field(_soc(f), PRICE, "max"))),
            ],
        ),
        Conversation(
            "jr-c02",
            "followup",
            [
                ("Elsevier 저널 평균 인용 수", lambda f: value(_pub(f, "Elsevier")[CITES].mean())),
                ("Blackwell은?", lambda f: value(_pub(f, "Blackwell")[CITES].mean())),
                ("중앙값으로 바꿔줘", lambda f: value(_pub(f, "Blackwell")[CITES].median())),
            ],
        ),
        Conversation(
            "jr-c03",
            "followup",
            [
                ("how many journals cost more than 800?", lambda f: value(len(_cut(_j(f), PRICE, low=800)))),
                (
                    "what's their average number of citations?",
                    lambda f: value(_cut(_j(f), PRICE, low=800)[CITES].mean()),
                ),
                ("by publisher?", lambda f: rows(_by_pub(_cut(_x(f), PRICE, low=800), CITES))),
            ],
        ),
        Conversation(
            "jr-c04",
            "followup",
            [
                ("분야별 저널 수 알려줘", lambda f: rows(_j(f).groupby("field").size())),
                ("학회 발행 저널만 보면?", lambda f: rows(_soc(f).groupby("field").size())),
            ],
        ),
        Conversation(
            "jr-c05",
            "followup",
            [
                ("인용 수가 가장 많은 저널은?", lambda f: _jbest(_j(f), CITES)),
                ("그 저널 구독료는 얼마야?", lambda f: value(_first(_j(f), CITES)[PRICE])),
                ("출판사는 어디고?", lambda f: entity(_first(_x(f), CITES)["publisher"])),
                ("창간 연도는?", lambda f: value(_first(_j(f), CITES)[YEAR])),
            ],
        ),
        Conversation(
            "jr-c06",
            "followup",
            [
                ("Kluwer 저널 수", lambda f: value(len(_pub(f, "Kluwer")))),
                ("평균 구독료는?", lambda f: value(_pub(f, "Kluwer")[PRICE].mean())),
                (
                    "Kluwer 저널 중 페이지당 가격(구독료/페이지)이 제일 높은 건?",
                    lambda f: _jbest(_ratio(_pub(f, "Kluwer")), "ratio"),
                ),
            ],
        ),
        Conversation(
            "jr-c07",
            "followup",
            [
                (
                    "average price of journals founded before 1960",
                    lambda f: value(_j(f)[_j(f)[YEAR] < 1960][PRICE].mean()),
                ),
                ("and after 1980?", lambda f: value(_j(f)[_j(f)[YEAR] > 1980][PRICE].mean())),
                (
                    "what's the difference between the two?",
                    lambda f: value(
                        abs(_j(f)[_j(f)[YEAR] < 1960][PRICE].mean() - _j(f)[_j(f)[YEAR] > 1980][PRICE].mean())
                    ),
                ),
            ],
        ),
        Conversation(
            "jr-c08",
            "followup",
            [
                ("Finance 분야 평균 구독료", lambda f: value(_field(f, "Finance")[PRICE].mean())),
                ("다른 질문인데, 전체에서 가장 오래된 저널은 뭐야?", lambda f: _jbest(_j(f), YEAR, largest=False)),
            ],
        ),
        Conversation(
            "jr-c09",
            "followup",
            [
                ("total citations by publisher", lambda f: rows(_by_pub(_x(f), CITES, "sum"))),
                ("just the top 3", lambda f: top(_by_pub(_x(f), CITES, "sum"), 3)),
                (
                    "how many journals does each of them have?",
                    lambda f: rows(
                        _x(f)[_x(f)["publisher"].isin(_top_publishers_by_citations(f, 3))].groupby("publisher").size()
                    ),
                ),
            ],
        ),
        Conversation(
            "jr-c10",
            "followup",
            [
                ("출판사별 평균 구독료", lambda f: rows(_by_pub(_x(f), PRICE))),
                (
                    "저널이 5개 이상인 출판사만",
                    lambda f: rows(_by_pub(_x(f)[_x(f)["publisher"].isin(_big_publishers(f, 5))], PRICE)),
                ),
                (
                    "최댓값으로 바꿔봐",
                    lambda f: rows(_by_pub(_x(f)[_x(f)["publisher"].isin(_big_publishers(f, 5))], PRICE, "max")),
                ),
            ],
        ),
        Conversation(
            "jr-c11",
            "followup",
            [
                ("how many journals were founded in the 1980s?", lambda f: value(len(_years(_j(f), 1980, 1989)))),
                ("what share of all journals is that?", lambda f: _share(_years(_j(f), 1980, 1989), _j(f))),
            ],
        ),
        Conversation(
            "jr-c12",
            "followup",
            [
                ("Theory 분야에서 가장 비싼 저널은?", lambda f: _jbest(_field(f, "Theory"), PRICE)),
                ("Econometrics는?", lambda f: _jbest(_field(f, "Econometrics"), PRICE)),
            ],
        ),
        Conversation(
            "jr-c13",
            "followup",
            [
                ("Which publisher has the most journals?", lambda f: best(_x(f).groupby("publisher").size())),
                (
                    "how many of its journals are society journals?",
                    lambda f: value(
                        len(where(_pub(f, best(_x(f).groupby("publisher").size())["label"]), society="yes"))
                    ),
                ),
            ],
        ),
        Conversation(
            "jr-c14",
            "followup",
            [
                ("학회 발행 저널들 평균 인용 수는?", lambda f: value(_soc(f)[CITES].mean())),
                ("학회 발행 아닌 저널은?", lambda f: value(_soc(f, yes=False)[CITES].mean())),
                ("둘 차이는 얼마야?", lambda f: value(abs(_soc(f)[CITES].mean() - _soc(f, yes=False)[CITES].mean()))),
            ],
        ),
        Conversation(
            "jr-c15",
            "followup",
            [
                ("average characters per page by field", lambda f: rows(_by_field(_j(f), CPP))),
                (
                    "only fields with at least 10 journals",
                    lambda f: rows(_by_field(_j(f), CPP)[_j(f).groupby("field").size() >= 10]),
                ),
            ],
        ),
        Conversation(
            "jr-c16",
            "followup",
            [
                ("Blackwell 저널 인용 수 합계", lambda f: value(_pub(f, "Blackwell")[CITES].sum())),
                ("작년 대비 얼마나 늘었어?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "jr-c17",
            "followup",
            [
                ("What's the median number of pages?", lambda f: value(_j(f)[PAGES].median())),
                ("and the median library price?", lambda f: value(_j(f)[PRICE].median())),
                ("for Elsevier journals only", lambda f: value(_pub(f, "Elsevier")[PRICE].median())),
            ],
        ),
        Conversation(
            "jr-c18",
            "followup",
            [
                ("Elsevier 저널 중 인용 수 상위 3개", lambda f: _jtop(_pub(f, "Elsevier"), CITES, 3)),
                (
                    "그 저널들 구독료는?",
                    lambda f: rows(
                        _pub(f, "Elsevier")[
                            _pub(f, "Elsevier")["title"].isin(_top_titles(_pub(f, "Elsevier"), CITES, 3))
                        ].set_index("title")[PRICE]
                    ),
                ),
            ],
        ),
        Conversation(
            "jr-c19",
            "followup",
            [
                ("how many journals are in the Finance field?", lambda f: value(len(_field(f, "Finance")))),
                ("which of them is held by the most libraries?", lambda f: _jbest(_field(f, "Finance"), HOLD)),
                ("and which one is the cheapest?", lambda f: _jbest(_field(f, "Finance"), PRICE, largest=False)),
            ],
        ),
        Conversation(
            "jr-c20",
            "followup",
            [
                ("1993년 이후 창간된 저널은 몇 개?", lambda f: value(len(_cut(_j(f), YEAR, low=1993)))),
                ("그중 Elsevier 저널은?", lambda f: value(len(_cut(_pub(f, "Elsevier"), YEAR, low=1993)))),
                ("걔네 평균 구독료는?", lambda f: value(_cut(_pub(f, "Elsevier"), YEAR, low=1993)[PRICE].mean())),
            ],
        ),
        Conversation(
            "jr-c21",
            "followup",
            [
                ("분야별 평균 인용 수 상위 3개", lambda f: top(_by_field(_j(f), CITES), 3)),
                ("구독료 기준으로는?", lambda f: top(_by_field(_j(f), PRICE), 3)),
            ],
        ),
    ],
)
