"""One reading of a question on one base table: a job for every mention, the plan's shape, what it explains.

The jobs are measure, group, condition and subject; the shape comes from the cues.

The planner (agent.analysts.offline.planning.planner) makes readings for each candidate base table and
each close alternative, and keeps the best by score.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any, cast

from agent.analysts.offline.planning.defaults import default_aggregate
from agent.analysts.offline.planning.plan import Col, Condition, Measure, Plan, compared, distinct, extremes
from agent.analysts.offline.planning.time import period_conditions, time_column
from agent.analysts.offline.question import lexicon
from agent.analysts.offline.question.cues import Comparison, Cues, Ranking
from agent.analysts.offline.question.tokens import HANGUL, singular
from agent.analysts.offline.schema.facts import ColumnFacts, Link
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.schema.links import several_references
from agent.analysts.offline.schema.matching import ALONE_WORDS, PEOPLE_COUNTERS, RATE, Mention, exposure, name_said
from agent.analysts.offline.schema.roles import EVENT_WORDS

NEAR = 3
"""How many tokens apart a number and the column it qualifies may be."""
PERIOD_NOUNS = {**lexicon.GRAIN_NOUNS, "개월": "month"}
"""Nouns naming a period to count or rank (연도는 몇 개, 가장 높았던 3개월)."""
ID_NAMES = (("id",), ("code",), ("key",), ("아이디",), ("번호",))
"""Names of a column that is an identifier and nothing else."""
QUANTITY_SUFFIXES = ("량", "액", "율", "률", "값", "비용", "금액", "가격", "수치")
"""Korean nouns ending so name a quantity (강수량, 판매액), never the things a count or ranking is of."""


WHOLE_ENDS = frozenset({"have", "has", "had", "are", "is", "were", "was", "do", "does", "did", "own", "owns", "live",
                        "lives", "work", "works", "worked", "speak", "speaks", "can", "could", "will", "would"})
"""Verbs after `what share of <the whole>`: what stands before them names the whole."""
AMONG_FILLERS = frozenset({"with", "a", "an", "the", "those", "who", "that", "have", "has", "are", "is", "whose",
                           "aged", "over", "under", "above", "below", "between", "more", "less", "than", "at", "least",
                           "most"})
"""Words between `among` and the condition it names the whole by (among those with a recorded wage)."""
GROUP_FILLERS = frozenset({"빈도", "여부", "유무", "정도", "수준", "구분", "유형", "가입", "상태"})
"""Korean nouns after what is grouped by that name no column of their own (운동 빈도별: by 운동)."""
TIME_ORDER = {"earliest": "min", "first": "min", "latest": "max", "newest": "max", "last": "max"}
"""Superlatives of time before a date column: its first or last date (the earliest diagnosis)."""
WEAK_FLAG = 0.5
"""A flag column named this loosely or less keeps no rows (household is not home_owned)."""
OVER_GROUPS = ("avg", "median", "max", "min", "sum")
"""Aggregates a question may take of each group's count (the average number of students per school)."""
PERCENT_UNITS = frozenset({"%", "percent", "퍼센트", "프로", "pct"})
"""Words of a share that are also a unit (몇 %, in percent), unlike share, proportion, 비중."""
PERCENT_WORDS = frozenset({"pct", "percent", "percentage", "rate", "율", "률", "비율", "문해율", "%"})
"""Words of a column's name that say its values are percentages (literacy_pct, 문해율)."""
RANGE_JOINERS = frozenset({"and", "or", "to", "through", "thru", "~", "-"})
"""Words between a range's two numbers, before its unit (18 and 24 years old)."""
AGE_WORDS = frozenset({"older", "younger"})
"""Comparatives of age beside a number (20 or younger, older than 60): a cut on the age."""
SCORE_WORDS = frozenset({"점", "점수", "score", "scores", "point", "points"})
"""Words for a score said after the measure that is one (드로잉 점수, 15점, the drawing score)."""
COUNTED_VALUES = 60
"""At most this many values has a number column ranked by how many rows hold each (years of schooling)."""
AGGREGATE_REACH = 4
"""How far from a column an aggregate word may be said and still be its aggregate (the sum of all the recorded X)."""
UNBOUND_AGGREGATE = 0.4
"""Taken off a reading that counts rows where the question asked a total or an average of something unfound."""
QUALIFIER_NOT_HELD = 0.3
"""Taken off a reading whose measure is qualified by a word naming nothing in the data (science score)."""
PRICE_CONCEPTS = ("price", "cost", "가격")
"""What 얼마 and how much ask of rows when no measure is named."""
UNASKED_COUNTS = 0.1
"""Taken off a reading that averages each group's row count where no count was asked (코드별 평균 총지출)."""
PERIOD_ROWS = frozenset({"달", "날", "날짜", "month", "day", "date"})
"""Words naming a table's rows when each row is one month or day (the months with the most unemployed)."""
SIZE_ADJECTIVES = {"largest": "desc", "biggest": "desc", "크": "desc", "smallest": "asc", "작": "asc"}
"""The size adjectives that pick groups by their size column, else by their rows (the largest schools)."""
SIZE_WORDS = frozenset({"size", "area", "capacity", "population", "규모", "면적", "인구", "정원", "수용"})
"""Words of a column that is its table's size (floor_area, capacity, 인구): what `largest` ranks by."""


@dataclass
class Reading:
    """A plan and what it rests on."""

    plan: Plan | None
    score: float
    explained: set[int] = field(default_factory=set)
    unexplained: list[int] = field(default_factory=list)
    penalties: list[tuple[str, float]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    refusal: str | None = None
    """Why the data cannot answer (a key of the writer's texts), when it cannot."""
    refusal_words: list[str] = field(default_factory=list)
    subject_table: str | None = None
    """The table the question names as its subject (cars, 부품), if any."""
    dropped_number: bool = False
    """A number the question says is in no part of the plan (4번 지역 read for every district)."""

    def penalise(self, why: str, amount: float) -> None:
        """Notes an amount to take off the score, and why."""
        self.penalties.append((why, amount))


CODE_WORDS = frozenset({"code", "codes", "id", "ids", "코드", "번호", "아이디"})
"""Words saying a group is by the code itself (insurance code, 지역코드), not the name it stands for."""


SaidBy = dict[tuple[frozenset[int], str], list[tuple[str, float]]]
"""(span of the question's words, table) -> the table's columns its mentions name, with their scores."""


def columns_said_by(mentions: list[Mention]) -> SaidBy:
    """For each span of the question's words and each table, the columns its mentions name and their scores."""
    found: SaidBy = {}
    for m in mentions:
        if m.kind == "column" and m.column is not None:
            found.setdefault((m.tokens, m.column.table), []).append((m.column.name, m.score))
    return found


def col(c: ColumnFacts) -> Col:
    return Col(c.table, c.name)


class Reader:
    """Reads the question on base table `base` with the chosen mentions."""

    def __init__(self, cues: Cues, index: SchemaIndex, base: str, mentions: list[Mention],
                 every: list[Mention] | None = None,
                 said_by: SaidBy | None = None) -> None:
        self.cues, self.index, self.base = cues, index, base
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.every = every or mentions
        self.said_by = said_by
        """`columns_said_by(every)`, worked out once per question by the planner (or here when first needed)."""
        """Every mention the question made, chosen or not (a table word may also name a measure)."""
        self.table = index.tables[base]
        self.reading = Reading(None, 0.0, mentions=self.mentions)
        self.used: set[int] = set()
        """Mention positions (index in self.mentions) given a job."""
        self.conditions: list[Condition] = []
        self.said_at: dict[int, frozenset[int]] = {}
        """The question's words each value condition was read from."""
        self.measures: list[Measure] = []
        self.unbound_aggregates: list[tuple[str, int]] = []
        """Aggregate words no measure took (an average of what?)."""
        self.groups: list[Col] = []
        self.subject: Mention | None = None
        self.others: list[Mention] = []
        """Tables other than the base the question names (공급업체 of 부품이 가장 많은 공급업체)."""

    # --- helpers --------------------------------------------------------------------------------------

    def at(self, token: int) -> tuple[int, Mention] | None:
        """The mention covering a token, with its position in self.mentions, or None."""
        for n, m in enumerate(self.mentions):
            if token in m.tokens:
                return n, m
        return None

    def take(self, n: int) -> Mention:
        """Marks mention `n` as given a job (its tokens explained) and returns it."""
        self.used.add(n)
        self.reading.explained |= set(self.mentions[n].tokens)
        return self.mentions[n]

    def free(self, *kinds: str) -> list[tuple[int, Mention]]:
        """The mentions not yet given a job, with their positions; only of these kinds when any are named."""
        return [(n, m) for n, m in enumerate(self.mentions) if n not in self.used and (not kinds or m.kind in kinds)]

    @property
    def dates_named(self) -> frozenset[tuple[str, str]]:
        """The date columns a word of the question names (death in deaths in 1989: death_date)."""
        return frozenset(m.column.ref for m in self.every if m.kind == "column" and m.column is not None
                         and m.column.role == "date")

    def nearest_column(self, token: int, roles: tuple[str, ...], numeric: bool = False,
                       past_cues: bool = False) -> tuple[int, Mention] | None:
        """The free column nearest a token (within NEAR) with one of these roles, or a number measure if `numeric`.

        With `past_cues`, cue and filler words between do not count (a sample size of at least 2000).
        """
        best = None
        skipped = self.cues.used | self.cues.stop if past_cues else set()
        for n, m in self.free("column"):
            c = m.column
            assert c is not None
            if c.role not in roles and not (numeric and c.kind == "number" and c.role == "measure"):
                continue
            reach = min(abs(i - token) - sum(1 for k in range(min(i, token) + 1, max(i, token)) if k in skipped)
                        for i in m.tokens)
            distance = min(abs(i - token) for i in m.tokens)
            if reach <= NEAR and (best is None or distance < best[0]):
                best = (distance, n, m)
        return (best[1], best[2]) if best else None

    # --- jobs -----------------------------------------------------------------------------------------

    def read(self) -> Reading:
        """The reading: each job in turn, then the plan's shape, then what it explains."""
        c = self.cues
        if c.forecast:
            self.reading.refusal = "forecast"
            return self.reading
        if c.cause and not any(set(f.words) & lexicon.REASON_WORDS for t in self.index.tables.values()
                               for f in t.columns):
            self.reading.refusal = "cause"  # why did crime go up: the data holds the figures, not the reasons
            return self.reading
        if c.count is not None and any(m.kind == "column" and c.count in m.tokens and len(m.tokens) > 1
                                       for m in self.mentions):
            other = next((i for i, t in enumerate(c.tokens) if i != c.count and (t.lemma == "몇" or t.lemma.lower(
            ) == "how" and i + 1 < len(c.tokens) and c.tokens[i + 1].lemma.lower() == "many")), None)
            self.cues = c = replace(c, count=other)  # 청구 건수 (청구_건수): the column's name, not a count
        if c.count is not None and c.count_unit == "day" and any(
                m.kind == "column" and m.column is not None and m.column.span for m in self.mentions):
            self.reading.explained.add(c.count)
            self.cues = c = replace(c, count=None)  # 재임 기간은 며칠: a duration in days, not a count of days
        if self._percent_is_the_unit():
            self.cues = c = replace(c, share=None)  # 문해율 최저값은 몇 %야: the lowest rate, in its unit
        self.values()
        self.numbers()
        self.alone()
        self.comparisons()
        time_ok = self.periods()
        self._grain_as_group()
        self.group_cues()
        if self.reading.refusal:
            return self.reading
        self.subjects()
        self.flags()
        self.missing()
        self.present()
        self.activities()
        self.which_column()
        self.days_with()
        self.ranked_codes()
        self.count_target()
        self.measures_from_mentions()
        self.priced()
        self.in_largest_groups()
        self.measured_by_adjectives()
        self.implicit_groups()
        plan = self.shape()
        if plan is not None and c.group_order and plan.shape == "group" and plan.groups and plan.limit is None:
            plan.group_order = c.group_order  # from youngest to oldest: in the groups' own order
        if plan is not None:
            plan.measures = self._wholes_of_parts(distinct(plan.measures))
            self._roles(plan)
            self._labels_in_language(plan)
        if plan is not None and not time_ok:
            self.reading.penalise("period not placed", 0.3)
        if plan is not None and c.per_people:
            self._per_people(plan)
        self.reading.plan = plan
        if plan is not None and ARITHMETIC.search(c.text):
            self.reading.penalise("arithmetic on columns not made", 0.3)  # 구독료/인용 수, price divided by pages
        self.finish()
        self.refuse_outside(plan)
        return self.reading

    def _wholes_of_parts(self, measures: list[Measure]) -> list[Measure]:
        """Each measure, or the whole of the parts its word names alike; none the parts' own word names again.

        Deaths from wounds: the wounds' deaths, one measure, not deaths of every cause and those of wounds.
        """
        made = [(m, self._whole_of_parts(m)) for m in measures]
        named = {m.column for m, whole in made if not whole.plus}
        return [whole for m, whole in made
                if not (whole.plus and named & {whole.column, *whole.plus} and len(made) > 1)]

    def _whole_of_parts(self, m: Measure) -> Measure:
        """Deaths, on a table of 질병_사망, 부상_사망 and 기타_사망 with no column of all deaths: the parts added.

        The question's word names several count columns equally (one event, each with its own qualifier) and no
        column holds their whole (전체_세례 does: it is taken instead).
        """
        if m.column is None or m.plus or m.agg not in ("sum", "avg", "min", "max", "median", "share"):
            return m
        said = [x for x in self.every if x.kind == "column" and x.column is not None and col(x.column) == m.column
                and x.text == m.said]
        if not said:
            return m
        parts = self._parts_named_alike(max(said, key=lambda x: x.score))
        return replace(m, plus=tuple(col(p) for p in parts)) if parts else m

    def _parts_named_alike(self, best: Mention) -> list[ColumnFacts]:
        """The other count columns the mention's word names as well as its own: parts of one event's whole.

        disease_deaths, wound_deaths, other_deaths for `deaths`: each a qualifier and the event, scored alike,
        with no column of the whole (total_deaths, 전체_세례) in their table.
        """
        if best.column is None or not best.column.integer or best.column.role != "measure":
            return []
        words = best.column.words
        if len(words) != 2 or words[-1] not in lexicon.EVENT_NOUNS and singular(words[-1]) not in lexicon.EVENT_NOUNS:
            return []
        parts = [x.column for x in self.every if x.kind == "column" and x.column is not None
                 and x.tokens == best.tokens and x.column.table == best.column.table
                 and x.column.name != best.column.name and abs(x.score - best.score) < 1e-9
                 and x.column.role == "measure" and x.column.integer and len(x.column.words) == 2
                 and x.column.words[-1] == words[-1]]
        table = self.index.tables[best.column.table]
        whole = any(f.words == (words[-1],) or len(f.words) == 2 and f.words[-1] == words[-1]
                    and f.words[0] in lexicon.WHOLE_WORDS for f in table.columns)
        return [] if whole else list(dict.fromkeys(parts))

    def _per_people(self, plan: Plan) -> None:
        """Police per 1,000 residents: each per-person measure times 1,000; with none, the rate is not made."""
        scaled = [replace(m, scale=self.cues.per_people) if m.column is not None and m.agg in (
            "avg", "median", "min", "max", "sum") and self._per_person(m.column) else m for m in plan.measures]
        if scaled == plan.measures:
            self.reading.penalise("a figure per so many people not computed", 0.3)
        plan.measures = scaled

    def _per_person(self, column: Col) -> bool:
        words = set(self.index.column(column.table, column.name).words)
        return "capita" in words or "per" in words and bool(words & {"person", "people", "resident", "head"}) \
            or any(w.startswith("1인당") or w == "인당" for w in words)

    def refuse_outside(self, plan: Plan | None) -> None:
        """1988년 노조원 수 when the data ends in 1987: no figure, but the years it holds."""
        outside = self._outside_years(plan)
        if outside is not None:
            self.reading.refusal, self.reading.refusal_words = "out_of_range", list(outside)

    def _outside_years(self, plan: Plan | None) -> tuple[str, str] | None:
        """(asked, held) when the plan asks for a year the data does not hold."""
        for cond in plan.conditions if plan is not None else []:
            if cond.column.name == "*":
                continue  # a condition on the count of rows
            facts = self.index.column(cond.column.table, cond.column.name)
            low, high = facts.minimum, facts.maximum
            if cond.op == "range" and (isinstance(low, dt.date) or facts.role == "date"):
                start, end = (_as_date(v) for v in cond.value)  # 1988년 on dates that end in 1987: none of them
                first, last = _as_date(low), _as_date(high)
                if start is not None and end is not None and first is not None and last is not None and (
                        end <= first or start > last):
                    return cond.said or str(start), f"{first.isoformat()}–{last.isoformat()}"
                continue
            if cond.part == "year" and hasattr(low, "year") and hasattr(high, "year"):
                low, high = low.year, high.year
            elif facts.role != "year" or cond.part is not None:
                continue
            if cond.op != "=" or not isinstance(cond.value, int | float) or isinstance(cond.value, bool) \
                    or not isinstance(low, int | float) or not isinstance(high, int | float):
                continue
            if not low <= cond.value <= high:
                return str(int(cond.value)), f"{int(low)}–{int(high)}"
        return None

    def values(self) -> None:
        """Values named in the question become conditions (several of one column: IN)."""
        by_column: dict[tuple[str, str], list[tuple[int, Mention]]] = {}
        for n, m in self.free("value"):
            if m.column is None:
                continue
            if any(t in self.cues.groups for t in m.tokens) and not self.cues.rankings:
                pass  # "paid by card": a value after `by` is a condition all the same
            by_column.setdefault(m.column.ref, []).append((n, m))
        for (t, name), items in by_column.items():
            for n, m in self.free("column"):  # "Ideal cut", "cut Ideal": the column's own name says the same
                if m.column is not None and m.column.ref == (t, name) and any(
                        abs(a - b) <= 1 for a in m.tokens for _, v in items for b in v.tokens):
                    self.take(n)
            values = list(dict.fromkeys(m.value for _, m in items if m.value is not None))
            negated = any(tok in self.cues.negated for _, m in items for tok in m.tokens)
            for n, _ in items:
                self.take(n)
            said = ", ".join(m.text for _, m in items)
            facts = self.index.column(t, name)
            if len(values) > 1 and not negated and facts.distinct == len(values) == len(facts.values) and \
                    {str(v) for v in values} == {str(v) for v in facts.values}:  # by jail (yes / no): every value
                if self.label_for(facts) not in self.groups:
                    self.groups.append(self.label_for(facts))
                continue
            if len(values) == 1:
                cond = Condition(Col(t, name), "!=" if negated else "=", values[0], said=said)
            else:
                cond = Condition(Col(t, name), "not in" if negated else "in", values, said=said)
            self.conditions.append(cond)
            self.said_at[id(cond)] = frozenset(tok for _, m in items for tok in m.tokens)

    def numbers(self) -> None:
        """A number next to a discrete column (8 cylinders, 8기통, gear 4) is that column's value."""
        c = self.cues
        for i, token in enumerate(c.tokens):
            if token.kind != "num" or i in c.used or token.number is None or i in self.reading.explained:
                continue  # (3 of "3rd class" is a value's word)
            if self._age_band(i):
                continue
            people = self._people_counted(i)
            found = people or self.nearest_column(
                i, ("category", "id", "flag", "year", "month", "day", "quarter"), numeric=True)
            measured = found is not None and found[1].column is not None and found[1].column.role == "measure" \
                and not found[1].column.discrete and not self._says_equal(i, found[1]) and people is None
            if (found is None or measured) and self._numbered_row(i):
                continue  # county 1's crime rate: county 1, not a crime rate of 1
            if found is None or measured:
                continue
            n, m = found
            facts = m.column
            assert facts is not None
            value = token.number
            stored: object = int(value) if value.is_integer() else value
            if facts.kind == "text":
                stored = str(stored)
                if facts.values and stored not in {str(v) for v in facts.values}:
                    continue  # died 3: Survived holds Yes and No, not 3
            self.take(n)
            self.reading.explained.add(i)
            after = c.tokens[i + 1] if i + 1 < len(c.tokens) else None
            if after is not None and after.kind == "counter" and after.joined:
                self.reading.explained.add(i + 1)  # 0년인: the number's unit
            self.conditions.append(Condition(col(facts), "=", stored, said=f"{m.text} {token.text}"))

    def _age_band(self, at: int) -> bool:
        """40대 가구주: ages 40 to 49, on the base's age measure (a number of tens before 대), as 30살 이상 is."""
        c = self.cues
        number = c.tokens[at].number
        after = c.tokens[at + 1] if at + 1 < len(c.tokens) else None
        if after is None or after.lemma != "대" or not after.joined or number is None or not number.is_integer() \
                or number % 10 or not 10 <= number <= 90:
            return False
        age = self._concept_measure(lexicon.UNIT_CONCEPTS["살"], numeric=True, named=True)
        if age is None:
            return False
        self.reading.explained |= {at, at + 1}
        low = int(number)
        self.conditions.append(Condition(col(age[0]), "between", [low, low + 9], said=f"{low}{after.text}"))
        return True

    def alone(self) -> None:
        """혼자 사는 가구, living alone: a household of one, on its size column."""
        for n, m in self.free("column"):
            if m.column is not None and len(m.tokens) == 1 and self.cues.tokens[min(m.tokens)].lemma.lower() in \
                    ALONE_WORDS and m.text == self.cues.tokens[min(m.tokens)].text:
                self.take(n)
                self.conditions.append(Condition(col(m.column), "=", 1, said=m.text))

    def _people_counted(self, at: int) -> tuple[int, Mention] | None:
        """1인 가구: the household size column the number and its counter name (see matching's people counted)."""
        c = self.cues
        if at + 1 >= len(c.tokens) or c.tokens[at + 1].lemma not in PEOPLE_COUNTERS:
            return None
        said = c.text[c.tokens[at].start:c.tokens[at + 1].end]
        return next(((n, m) for n, m in self.free("column") if m.tokens == {at + 1} and m.text == said), None)

    def _numbered_row(self, at: int) -> bool:
        """County 119, 119번 카운티, store 5: the row of the named table whose numeric key is that number."""
        c = self.cues
        number = c.tokens[at].number
        counter = at + 1 < len(c.tokens) and c.tokens[at + 1].lemma == "번"
        near = [at - 1] if c.language != "ko" else [at + 2 if counter else at + 1]
        for n, m in self.free("table"):
            if not set(m.tokens) & set(near) or m.table not in self.index.tables:
                continue
            facts = self.index.tables[m.table]
            key = facts.column(facts.key) if facts.key else None
            if key is None or key.kind != "number" or number is None or not number.is_integer() or not (
                    key.minimum is not None and key.minimum <= number <= key.maximum):
                return False
            column = Col(m.table, key.name)
            for link in self.index.tables[self.base].links:
                if link.target == m.table and link.key == key.name:
                    column = Col(self.base, link.column)  # county_years.county_id, not a join for the key
            self.take(n)
            self.reading.explained |= {at} | ({at + 1} if counter else set())
            self.conditions.append(Condition(column, "=", int(number), said=f"{m.text} {c.tokens[at].text}"))
            return True
        return False

    def _says_equal(self, at: int, m: Mention) -> bool:
        """재고가 0인, stock = 0, quantity of 5: a number said to be a measure's value."""
        c = self.cues
        token = c.tokens[at]
        before = max(m.tokens) == at - 1
        after = c.tokens[at + 1] if at + 1 < len(c.tokens) else None
        korean = c.language == "ko" and before and (token.has("인", "ᆫ") or after is not None and (
            after.lemma in ("인", "이") or after.kind == "counter" and after.joined and after.has("ᆫ")))  # 0년인
        said_of = max(m.tokens) == at - 2 and c.tokens[at - 1].lemma in ("=", "of", "is", "was", "were", "equal")
        english = c.language != "ko" and (said_of or (before or at > 0 and c.tokens[at - 1].lemma in (
            "=", "of", "is", "equal")) and token.number == 0)  # a drinking age of 21, the age was 21; stock 0
        aged = c.language != "ko" and before and (c.tokens[at - 1].lemma.lower() == "aged" or at > 1 and c.tokens[
            at - 2].lemma.lower() == "at" and c.tokens[at - 1].lemma.lower() == "age")  # aged 30, at age 30
        return korean or english or aged

    def comparisons(self) -> None:
        """"over 2 carats", "무게가 3캐럿 넘는": the number compares the nearest measure column."""
        for comparison in self.cues.comparisons:
            value = _in_units(comparison, None)
            rows = self._rows_counted(comparison.at)
            if rows is not None:  # publishers with more than 5 journals, 저널이 5개 이상인: each group's rows
                self.take(rows)
                self.sized = next((o.table for n, o in self.free("table") if o.table != self.base), None)
                self.conditions.append(Condition(Col(self.base, "*"), comparison.op, value, having=True,
                                                 said=self._said(comparison.at), rows=True))
                self.grouped_having = True
                continue
            unit = self._unit_column(comparison.at)  # 50~64세: the age, whichever column is named nearer
            found = self.nearest_column(comparison.at, ("measure", "year"), numeric=True, past_cues=True)
            if unit is not None:
                if found is not None and found[1].column is not None and found[1].column.ref == unit.ref:
                    self.take(found[0])
                cond = Condition(col(unit), comparison.op, _in_units(comparison, unit), said=self._said(comparison.at))
                self.conditions.append(cond)
                self.said_at[id(cond)] = frozenset({comparison.at})  # among women aged 40 to 49: the whole
                continue
            main = self._main_measure() if found is None and not self.cues.groups else None
            if main is not None and main.kind == "number":  # 출고량이 1000000 넘는: the quantity the table is about
                self.conditions.append(Condition(col(main), comparison.op, _in_units(comparison, main),
                                                 said=self._said(comparison.at)))
                self.reading.penalise("compared the table's main measure, not named", 0.1)
                continue
            if found is None:
                if self.cues.groups:
                    self.conditions.append(Condition(Col(self.base, "*"), comparison.op, value,
                                                     having=True, said=self._said(comparison.at)))
                else:
                    self.reading.penalise("comparison without a column", 0.4)
                continue
            n, m = found
            self.take(n)
            assert m.column is not None
            agg = next((a for a, at in self.cues.aggregates if 0 < m.start - at <= 2), None)
            if agg is not None:  # warehouses with total stock over 20000: a condition on each group's total
                self.measures.append(Measure(agg, col(m.column), said=m.text))
                self.conditions.append(Condition(col(m.column), comparison.op, _in_units(comparison, m.column),
                                                 having=True, said=self._said(comparison.at)))
                self.grouped_having = True
                continue
            cond = Condition(col(m.column), comparison.op, _in_units(comparison, m.column),
                             said=self._said(comparison.at))
            self.conditions.append(cond)
            self.said_at[id(cond)] = m.tokens | {comparison.at}
        for at in self.cues.zero:  # no stock
            found = self.at(at)
            if found is not None and found[1].kind in ("column", "table") and found[0] not in self.used:
                facts = found[1].column or self._main_measure(found[1].table)
                if facts is not None and facts.kind == "number":
                    self.take(found[0])
                    self.conditions.append(Condition(col(facts), "=", 0, said=found[1].text))
                elif found[1].column is not None and found[1].column.kind == "text" and found[1].column.nulls:
                    self.take(found[0])  # observations with no region: the rows where it is empty
                    self.conditions.append(Condition(col(found[1].column), "is null", None, said=found[1].text))
        for op, at in self.cues.against:
            found = self.at(at) if self.cues.language != "ko" else self.at(at)
            if found is None or found[1].column is None or found[1].column.kind != "number":
                continue
            n, other = found
            assert other.column is not None
            self.take(n)
            left = next((m.column for k, m in self.free("column") if m.column is not None and m.column.kind == "number"
                         and m.column.table == other.column.table and m.column.ref != other.column.ref), None)
            left = left or self._main_measure(other.column.table, exclude=other.column.name)
            if left is not None:
                for k, m in self.free("column"):
                    if m.column is not None and m.column.ref == left.ref:
                        self.take(k)
                self.conditions.append(Condition(col(left), op, col(other.column), said=other.text))

    def _percent_is_the_unit(self) -> bool:
        """몇 %, "in %", 몇 퍼센트 after an aggregate of a column of percentages: the unit, not a share asked.

        "서부 지역에서 문해율 최저값은 몇 %야?" is the lowest literacy_pct, not the West's share of all literacy.
        """
        c = self.cues
        if c.share is None or not (c.aggregates or c.rankings):
            return False
        said = c.tokens[c.share]
        unit = said.lemma.lower() in PERCENT_UNITS or said.lemma == "몇" or said.has("%") and said.kind != "num"
        return unit and any(m.column is not None and m.column.kind == "number" and set(m.column.words) & PERCENT_WORDS
                            for m in self.mentions if m.kind == "column" and c.share not in m.tokens)

    grouped_having = False
    sized: str | None = None
    """The other table whose rows are sized by a count of the base's rows (schools with more than 90 students)."""

    def _rows_counted(self, at: int) -> int | None:
        """The base table's noun counted by a number: right after it (5 journals), or before it (저널이 5개)."""
        c = self.cues
        if c.language == "ko":
            after = c.tokens[at + 1] if at + 1 < len(c.tokens) else None
            counted = after is not None and after.kind == "counter" and at > 0
            spots = [at - 1] if counted and c.tokens[at - 1].has("이", "가") else []
            if counted and at > 1 and c.tokens[at - 1].lemma == "수":  # 학생 수가 90명 넘는 학교
                spots = [at - 2]
                self.reading.explained.add(at - 1)
        else:
            spots = [at + 1]
        others = c.groups or any(o.table != self.base for _, o in self.free("table"))  # grouped by another table
        for n, m in self.free("table"):
            if m.table == self.base and set(m.tokens) & set(spots) and others:
                return n
        return None

    def _years_in_names(self) -> bool:
        """Every period is a year that names one of the question's columns (population_1966, population_1971)."""
        years = [p.year for p in self.cues.periods] + [p.until.year for p in self.cues.periods if p.until]
        named = " ".join(m.column.name for m in self.mentions if m.kind == "column" and m.column is not None)
        return bool(years) and all(y is not None and str(y) in named for y in years) and all(
            p.kind == "year" for p in self.cues.periods)

    def _main_measure(self, table: str | None = None, exclude: str = "") -> ColumnFacts | None:
        """The one quantity a table is about (quantity_on_hand, quantity, amount), when it has one."""
        facts = self.index.tables[table or self.base]
        measures = [c for c in facts.columns if c.role == "measure" and c.name != exclude]
        named = [c for c in measures if set(c.words) & MAIN_WORDS]
        if len(named) == 1:
            return named[0]
        return measures[0] if len(measures) == 1 else None

    def _said(self, at: int) -> str:
        t = self.cues.tokens
        lo, hi = max(0, at - 2), min(len(t) - 1, at + 2)
        return self.cues.text[t[lo].start:t[hi].end]

    def periods(self) -> bool:
        """Periods become conditions on the base's time column (a date, a year, a month column)."""
        c = self.cues
        if not c.periods:
            return True
        if self._years_in_names():
            return True  # 1971년 인구 on population_1971: the column the year names, no date to filter
        column = time_column(self.index, self.base, c.periods, named=self.dates_named)
        if column is None and all(p.implied for p in c.periods):
            return True  # the latest, on a table with no dates: nothing to place
        if column is None:
            self.reading.refusal = "no_time"
            self.reading.refusal_words = [p.text for p in c.periods]
            return False
        conditions = period_conditions(self.index, column, c.periods)
        if conditions is None:
            return False
        self.conditions += conditions
        self.time = column
        self._drop_time_mentions(column)
        return True

    def _drop_time_mentions(self, column: ColumnFacts) -> None:
        for n, m in self.free("column"):
            if m.column is not None and m.column.ref == column.ref:
                self.take(n)

    def _grain_as_group(self) -> None:
        """주별 on a table with no dates but a state table (주: state, not week): group by what the word names.

        A grain word inside a column's name (annual income: annual_income) is that name, not a grain; before a
        measure of a table with no dates (monthly income: 월소득), it says what the measure is.
        """
        c, at = self.cues, self.cues.grain_at
        found = self.at(at) if c.grain is not None and at is not None else None
        if at is not None and found is not None and found[1].kind == "column" and len(found[1].tokens) > 1:
            self.cues = replace(c, grain=None, grain_at=None)
            return
        after = self.at(at + 1) if at is not None and c.tokens[at].lemma.lower() in lexicon.GRAINS else None
        if after is not None and after[1].kind == "column" and after[1].column is not None \
                and after[1].column.role == "measure" and after[1].score >= 0.9 \
                and not set(after[1].column.words) & (set(lexicon.GRAINS) | {"hourly"}) \
                and time_column(self.index, self.base, [], grain=c.grain) is None:
            self.cues = replace(c, grain=None, grain_at=None)  # monthly income with no dates: what the income is
            return
        if at is None or found is None or found[1].kind not in ("table", "column") or \
                time_column(self.index, self.base, [], grain=c.grain) is not None:
            return
        self.cues = replace(c, grain=None, grain_at=None, groups=[*c.groups, at])

    def group_cues(self) -> None:
        """What follows `by`, `per`, `each` or carries 별/마다 is grouped by (a measure there ranks instead)."""
        c = self.cues
        for token in c.groups:
            found = self.at(token)
            if found is None and token > 0 and c.tokens[token].lemma in GROUP_FILLERS and self.at(token - 1):
                found = self.at(token - 1)  # 운동 빈도별, 노조 가입 여부별: by the noun the filler is of
                self.reading.explained.add(token)
            if found is None:
                if c.tokens[token].kind in ("noun", "word") and token not in c.used:
                    self.reading.refusal = "no_group"  # 전공별: the data has nothing to group by
                    self.reading.refusal_words = [c.tokens[token].text]
                    return
                continue
            n, m = found
            if n in self.used:
                continue
            if m.kind == "column" and m.column is not None:
                facts = m.column
                if len(m.tokens) > 1 and "per" in facts.words and c.tokens[token].has("당"):
                    continue  # 학생당 지출: expenditure_per_student, a name, not grouped by students
                if self._per_in_name(token, facts):  # income per capita: one column's name, nothing grouped
                    if token - 2 not in m.tokens:
                        self.take(n)  # the name's last word alone; the measure takes its first
                    continue
                if facts.role == "measure" and not facts.discrete and c.rankings:
                    continue  # top 5 invoices by amount: the measure ranks
                if facts.role in ("date",):
                    self.take(n)
                    self.grain_column = facts
                    continue
                if facts.role == "measure" and not facts.discrete and token > 0 and \
                        c.tokens[token - 1].lemma.lower() in ("per", "a"):
                    self.reading.penalise("a ratio read as a grouping", 0.3)  # price per page: not by pages
                self.take(n)
                grouped = self.label_for(facts, m.text)
                if grouped not in self.groups:
                    self.groups.append(grouped)
            elif m.kind == "table":
                target = self.index.tables[m.table]
                link = self.link_to(m.table)
                coded = _says_code(m.text)
                if link is not None and target.label and not coded:
                    self.take(n)
                    self.groups.append(Col(m.table, target.label))
                elif link is not None:  # 국가 코드별: the codes said, not the names they stand for
                    self.take(n)
                    self.groups.append(Col(self.base, link))

    def _per_in_name(self, token: int, facts: ColumnFacts) -> bool:
        """`X per Y` where the word before `per` names the same column as Y (income_per_capita)."""
        if token < 2 or self.cues.tokens[token - 1].lemma.lower() not in ("per", "a"):
            return False
        return any(token - 2 in m.tokens and m.column is not None and m.column.ref == facts.ref
                   for m in self.mentions)

    def link_to(self, table: str) -> str | None:
        """The base column that refers to `table`'s key, if any."""
        for link in self.table.links:
            if link.target == table:
                return link.column
        return None

    def label_for(self, facts: ColumnFacts, said: str = "") -> Col:
        """A column to group by as people read it: a code referring to another table shows that table's name.

        Not when the question says the code column's own name (기업_번호별): then the codes themselves.
        """
        if said and re.sub(r"[\s_]+", "_", said.strip().lower()) == facts.name.lower():
            return col(facts)
        if said and _says_code(said):
            return col(facts)  # by insurance codes, 보험 코드별: the codes said, not the names they stand for
        if facts.role == "id" and facts.table == self.base:
            for link in self.table.links:
                if link.column == facts.name:
                    target = self.index.tables[link.target]
                    if target.label:
                        return Col(link.target, target.label)
        return col(facts)

    def subjects(self) -> None:
        """The table noun (cars, 다이아몬드) is the subject: what is counted, ranked or listed.

        So is the entity word of a unique identifier said alone (학생 of 학생_번호, car of car_id).
        """
        for n, m in self.free("table"):
            if m.table == self.base or self.link_to(m.table):
                measure = self._measure_instead(m)
                if measure is not None:  # Seoul Central inventory, Sensors stock: the word names the measure
                    self.mentions[n] = measure
                    continue
                self.take(n)
                if m.table != self.base:
                    self.others.append(m)
                if self.subject is None or m.table == self.base:
                    self.subject = m
        self._per_row_noun()
        for n, m in self.free("column"):
            facts = m.column
            if facts is not None and facts.role == "id" and facts.unique and m.score < 1.0 \
                    and facts.table == self.base:
                self.take(n)
                if self.subject is None:
                    self.subject = Mention("table", m.tokens, m.score, self.base, text=m.text)

    def _per_row_noun(self) -> None:
        """가구당 평균 총지출 on a table of households: each row is one household already, nothing more to do."""
        if not self.cues.aggregates:
            return
        for i, t in enumerate(self.cues.tokens):
            head = t.lemma.removesuffix("당").lstrip("1")
            if t.korean and t.kind == "noun" and t.lemma.endswith("당") and head in self.table.words \
                    and i not in self.reading.explained:
                self.reading.explained.add(i)

    def flags(self) -> None:
        """A yes/no column in a question that counts or measures is a condition on its yes (`not`/안: its no).

        For example "how many survived" (survived), "average age of smokers" (흡연).
        """
        if self.cues.groups and any((found := self.at(t)) and found[1].kind == "column" and found[1].column
                                    and found[1].column.role == "flag" for t in self.cues.groups):
            return
        for n, m in self.free("column"):
            facts = m.column
            if facts is None or facts.role != "flag" or len(facts.values or ()) not in (0, 2):
                continue
            yes, no = _yes_no(facts)
            if yes is None or m.score < WEAK_FLAG:
                continue  # other household income: household only resembles home_owned, no filter on it
            negated = m.negated or any(t in self.cues.negated or t - 1 in self.cues.negated or t in self.cues.zero
                                       for t in m.tokens) or any(
                self.cues.tokens[t - 1].lemma in ("안", "못", "not", "non", "never") for t in m.tokens if t > 0)
            self.take(n)
            self.reading.explained |= {t - 1 for t in m.tokens if t > 0 and self.cues.tokens[t - 1].lemma == "non"}
            condition = Condition(col(facts), "=", no if negated else yes, said=m.text)  # non-metro: its no
            if m.suffix in ("율", "률"):  # 생존율: the share of yes
                self.rate = condition
            else:
                self.conditions.append(condition)
                self.said_at[id(condition)] = m.tokens

    def missing(self) -> None:
        """"missing ozone", 오존 값이 비어 있는: rows where the nearest column has no value."""
        for at in self.cues.missing:
            found = self.nearest_column(at, ("measure", "category", "label", "flag", "date", "year", "id"),
                                        numeric=True)
            if found is None:
                continue
            n, m = found
            assert m.column is not None
            if any(cond.column == col(m.column) and cond.op in ("=", "in") for cond in self.conditions):
                continue  # 에어백이 없는(None): the value said, not a missing one
            self.take(n)
            self.conditions.append(Condition(col(m.column), "is null", None, said=self._said(at)))

    def present(self) -> None:
        """"people with a recorded wage", 시급이 기록된: rows where the nearest column that has gaps has a value."""
        for at in self.cues.present:
            found = self.nearest_column(at, ("measure", "category", "label", "date", "year"), numeric=True)
            if found is None or not found[1].column or not found[1].column.nulls:
                continue
            n, m = found
            assert m.column is not None
            if self.cues.tokens[at].lemma == "있" and max(m.tokens) != at - 1:
                continue  # 시급 있는: the column right before 있
            if not self._aggregated_near(m.tokens | {at}):
                self.take(n)  # people with a recorded wage: the wage only keeps the rows; the sum of recorded wages
            self.reading.explained.add(at)
            cond = Condition(col(m.column), "is not null", None, said=self._said(at))
            self.conditions.append(cond)
            self.said_at[id(cond)] = m.tokens | {at}

    def activities(self) -> None:
        """"women who worked", "didn't work at all": rows where some of the measure the verb names was done.

        A verb naming a measure of how much was done keeps the rows where some was (hours_worked > 0), or none
        when negated (= 0).
        """
        c = self.cues
        if c.language == "ko":
            return
        for n, m in self.free("column"):
            facts = m.column
            if facts is None or facts.role != "measure" or len(m.tokens) != 1 or facts.minimum != 0:
                continue
            at = min(m.tokens)
            t = c.tokens[at]
            before = c.tokens[at - 1].lemma.lower() if at > 0 else ""
            after = " ".join(x.lemma.lower() for x in c.tokens[at + 1:at + 3])
            last = all(x.kind == "mark" for x in c.tokens[at + 1:])  # what percentage of women aged 30 to 39 worked?
            past = t.text.lower().endswith("ed") and (before in ("who", "that", "which") or self._names_base(at - 1)
                                                      or c.share is not None and last)
            verb = past or before in ("did", "didnt", "not", "never") or after == "at all"  # women (who) worked
            if not verb or self._aggregated_near(m.tokens) or t.lemma.lower() not in facts.words and not any(
                    w.startswith(t.lemma.lower()) for w in facts.words):
                continue
            negated = at in c.negated or before in ("didnt", "never") or m.negated
            self.take(n)
            if after == "at all":
                self.reading.explained |= {at + 1, at + 2}
            cond = Condition(col(facts), "=" if negated else ">", 0, said=m.text)
            self.conditions.append(cond)
            self.said_at[id(cond)] = m.tokens

    def _aggregated_near(self, tokens: frozenset[int] | set[int]) -> bool:
        """An aggregate, a superlative or a distinct count is said within a few words of these tokens."""
        c = self.cues
        cued = [at for _, at in c.aggregates] + [r.at for r in c.rankings if r.at is not None] + (
            [c.count] if c.distinct and c.count is not None else [])
        return any(abs(at - t) <= AGGREGATE_REACH for at in cued for t in tokens)

    def _counted_by(self, facts: ColumnFacts) -> bool:
        """Which ages have the most respondents: whole numbers (age, years of schooling) ranked by their rows."""
        c = self.cues
        if facts.kind != "number" or not (facts.integer or facts.distinct <= COUNTED_VALUES) or not c.rankings:
            return False
        ranking = c.rankings[0]
        if ranking.at is None:
            return False
        near = [ranking.at + 1] if c.language != "ko" else [ranking.at - 1, ranking.at - 2]
        return any(0 <= i < len(c.tokens) and (c.tokens[i].lemma.lower() in lexicon.PEOPLE_NOUNS | lexicon.ROW_NOUNS
                                               or self._names_base(i)) for i in near)

    def _names_base(self, at: int) -> bool:
        return any(m.kind == "table" and m.table == self.base and at in m.tokens for m in self.every)

    def which_column(self) -> None:
        """"which month ...", "which class ...", 어느 달: the column right after `which` is what is ranked."""
        c = self.cues
        for i, t in enumerate(c.tokens):
            if t.lemma.lower() not in ("which", "what", "어느", "어떤", "무슨"):
                continue
            for j in (i + 1, i + 2):
                found = self.at(j) if j < len(c.tokens) else None
                if found is not None and found[0] not in self.used and found[1].kind == "column":
                    facts = found[1].column
                    assert facts is not None
                    if facts.groupable and facts.role not in ("id",) or self._counted_by(facts):
                        self.take(found[0])
                        self.groups.append(self.label_for(facts))
                        return
                if j < len(c.tokens) and self._which_period(j, i):
                    return
        if self._korean_counted_column():
            return
        words = [k for k, t in enumerate(c.tokens) if t.kind != "mark" and t.lemma not in ("언제", "때")]
        if c.language == "ko" and c.rankings and c.rankings[0].limit is None and len(words) >= 2 \
                and c.tokens[words[-2]].kind == "adj":  # 가장 길었던 달은?: the month is what is asked for
            self._which_period(words[-1], words[-1])
            return
        for k, t in enumerate(c.tokens[:-1]):  # the 2 months with the most polls, 가장 높았던 3개월
            if t.kind == "num" and t.number is not None and any(r.explicit_n and r.limit == t.number
                                                                for r in c.rankings) and not self.groups:
                self._which_period(k + 1, k)

    def _korean_counted_column(self) -> bool:
        """응답자가 제일 많은 나이 상위 3개: the number column the superlative of people describes is grouped."""
        c = self.cues
        if c.language != "ko" or not c.rankings or c.rankings[0].at is None or self.groups:
            return False
        at = c.rankings[0].at + 1
        if at >= len(c.tokens) or c.tokens[at].kind != "adj" or c.tokens[at].lemma not in ("많", "적"):
            return False  # 가장 많은 (the most of them), not 가장 비싼 가격 (the price itself)
        found = self.at(at + 1) if at + 1 < len(c.tokens) else None
        if found is None or found[0] in self.used or found[1].kind != "column" or found[1].column is None:
            return False
        facts = found[1].column
        if facts.role in ("id", "label") or facts.kind != "number" or not self._counted_by(facts):
            return False
        self.take(found[0])
        self.groups.append(self.label_for(facts))
        return True

    def _which_period(self, j: int, i: int) -> bool:
        """The grain noun at `j` (month, 달) ranks its periods: a month column, or the date column's months."""
        c = self.cues
        grain = PERIOD_NOUNS.get(c.tokens[j].lemma.lower())
        if grain is None:
            return False
        part = self._part_column(grain)
        if part is not None:
            self.groups.append(col(part))
            self.reading.explained.add(j)
            return True
        dated = time_column(self.index, self.base, [], grain=grain, named=self.dates_named)
        if dated is not None and (dated.role == "date" or grain == "decade" and dated.role == "year"):
            self.which_grain = (grain, dated)  # which month: months of the date column; which decade: of years
            self.reading.explained |= {i, j}
            return True
        return False

    def days_with(self) -> None:
        """"rainy days", 비 온 날: a measure said of the days, in a table of one row per day, keeps those above zero."""
        c = self.cues
        for n, m in self.free("column"):
            facts = m.column
            if facts is None or facts.role != "measure" or facts.kind != "number" or facts.table != self.base:
                continue
            after = max(m.tokens) + 1
            while after < len(c.tokens) and c.language == "ko" and c.tokens[after].kind == "verb":
                after += 1  # 비 온 날, 눈이 내린 날
            if after >= len(c.tokens) or not self._days_are_rows(after) or any(
                    0 < min(m.tokens) - at <= 1 for _, at in c.aggregates):
                continue
            self.take(n)
            found = self.at(after)
            if found is not None:
                self.take(found[0])
            self.reading.explained |= set(range(max(m.tokens) + 1, after + 1))
            self.conditions.append(Condition(col(facts), ">", 0, said=c.text[c.tokens[min(m.tokens)].start:
                                                                            c.tokens[after].end]))

    def _part_column(self, grain: str) -> ColumnFacts | None:
        return next((c for c in self.table.columns if c.role == grain), None)

    def _measure_instead(self, table: Mention) -> Mention | None:
        """The measure a table word also names, when the question names no other measure and asks for no list."""
        c = self.cues
        ranked_other = any(m.kind == "table" and m.table != table.table for m in self.mentions)
        held = self._total_a_period_row_holds(table) if table.table == self.base else None
        if held is not None and (c.aggregates or c.rankings) and not c.listing and c.count is None \
                and c.rows is None:
            return held  # 세례 합계, 세례가 가장 많은 해 on one row per year: the christenings the rows hold
        if c.listing or c.count is not None or c.rows is not None or c.rankings and not c.groups and not \
                ranked_other:  # which warehouse has the most stock: warehouses ranked by the stock
            return None
        if any(m.kind == "column" and m.column is not None and m.column.role == "measure" and not (
                m.tokens & table.tokens) for m in self.mentions):
            return None
        for m in self.every:
            if m.kind == "column" and m.tokens == table.tokens and m.column is not None \
                    and m.column.role == "measure" and m.column.table == table.table and m.score >= 0.85:
                return m
        for m in self.every:  # deaths on monthly_deaths of disease_deaths, wound_deaths, ...: all of them
            if m.kind == "column" and m.tokens == table.tokens and m.column is not None \
                    and m.column.table == table.table and self._parts_named_alike(m):
                return m
        last = max(table.tokens)
        for m in self.every:  # 교수 연봉 (the table 교수_연봉): its last word is its measure 연봉
            if m.kind == "column" and m.tokens == {last} and len(table.tokens) > 1 and m.column is not None \
                    and m.column.role == "measure" and m.column.table == table.table and m.score >= 0.95 \
                    and c.aggregates:
                return replace(m, tokens=table.tokens, text=table.text)
        return None

    def rows_measure(self) -> Measure:
        """Counting rows: the rows themselves, or the sum of a column of counts (a frequency table)."""
        weight = self.table.weight
        if weight and self.cues.rows is None:
            return Measure("sum", Col(self.base, weight), said="count")
        return Measure("count")

    rate: Condition | None = None
    which_grain: tuple[str, ColumnFacts] | None = None
    time: ColumnFacts | None = None
    """The column the question's periods were placed on."""
    grain_column: ColumnFacts | None = None
    """A date column named after `by` (by order date): the trend's time axis."""

    def count_target(self) -> None:
        """What `how many X` counts: rows, distinct values, or a total.

        Rows when X is the subject, distinct values when X is a column of repeated values, a total when X is a
        measure (how many hits).
        """
        c = self.cues
        self.counting: str | None = None
        if c.count is None:
            return
        unit = self._count_grain()
        if unit is not None:  # 연도는 몇 개, how many months: the distinct periods
            grain, dated = unit
            agg = f"count_{grain}" if dated.role == "date" else "count_distinct"  # a year column: its values
            self.measures.append(Measure(agg, col(dated), said=grain))
            self.counting = "distinct"
            return
        if c.rows is not None and not c.distinct:  # how many records ..., 기록은 몇 건: the rows
            self.counting = "rows"
            return
        if self._people_living():
            return
        target = self._count_word()
        entity = self._entity_column()
        noun = self._unknown_noun_near(c.count)
        near = range(max(0, c.count - 3), c.count) if c.language == "ko" else range(c.count + 1, c.count + 4)
        people = c.language == "ko" and c.count + 1 < len(c.tokens) and c.tokens[c.count + 1].lemma == "명" or any(
            i < len(c.tokens) and c.tokens[i].lemma.lower() in lexicon.PEOPLE_NOUNS for i in near)
        if (target is None or target[1].kind == "table" and target[1].table == self.base and noun is not None) \
                and entity is not None and c.rows is None and (noun is not None or people) \
                and all(agg == "sum" for agg, _ in c.aggregates):  # 총 몇 명, not 평균 자녀 수
            if noun is not None:
                self.reading.explained.add(noun)
            self.measures.append(Measure("count_distinct", Col(self.base, entity.name), said=entity.name))
            self.counting = "distinct"
            self.reading.penalise("counted the distinct ids of an unnamed entity", 0.1)
            return
        if target is None:
            self.counting = "rows"
            return
        n, m = target
        if m.kind == "column" and m.column is not None and m.column.role in ("day", "date") and not c.distinct:
            self.take(n)  # how many days: the rows are days
            self.counting = "rows"
            return
        if m.kind == "column" and m.column is not None:
            facts = m.column
            if facts.role == "measure" and c.distinct and not c.aggregates:
                self.take(n)  # 재직_연수 값은 몇 가지: its distinct values
                self.measures.append(Measure("count_distinct", col(facts), said=m.text))
                self.counting = "distinct"
                return
            if facts.role == "measure" and c.aggregates and (not facts.discrete or facts.counts_things or any(
                    agg in ("avg", "min", "max", "median") and at in (c.count + 1, min(m.tokens) - 1)
                    for agg, at in c.aggregates)):
                self.counting = None  # 실업자 수 평균, 글자 수 평균: the number is the measure, averaged
                return
            if facts.role == "measure" and not facts.discrete:
                self.take(n)
                self.measures.append(Measure("sum", col(facts), said=m.text))
                self.counting = "total"
                return
            if any(cond.column == col(facts) and cond.op == "=" for cond in self.conditions):
                self.take(n)  # how many animals have a conservation status of lc: the rows, not the one value
                self.counting = "rows"
                return
            if facts.role in ("category", "label", "id", "year", "month", "quarter", "flag") or facts.discrete:
                self.take(n)
                self.measures.append(Measure("count_distinct", col(facts), said=m.text))
                self.counting = "distinct"
                return
        if m.kind == "table" and m.table == self.base and (total := self._total_a_period_row_holds(m)) is not None:
            self.take(n)  # 1700년 세례 건수 on one row per year: the year's christenings, not its one row
            aggs = [agg for agg, _ in c.aggregates if agg != "sum"][:1] or ["sum"]  # 연평균 세례 건수: their mean
            self.measures.append(Measure(aggs[0], col(total.column), said=m.text))  # type: ignore[arg-type]
            self.counting = "total"
            return
        if m.kind == "table" and m.table != self.base:
            link = self.link_to(m.table)
            if link is not None:
                self.measures.append(Measure("count_distinct", Col(self.base, link), said=m.text))
                self.counting = "distinct"
                return
            self.reading.penalise("counted other rows than the table asked about", 0.2)  # 주 개수 on divisions
        self.counting = "rows"

    def _total_a_period_row_holds(self, table: Mention) -> Mention | None:
        """On a table of one row per period, the column of counts the table's word also names (세례: 전체_세례).

        Counting such a table's rows counts periods; what is asked is the count its row holds. Several columns
        named by the word (남아_세례, 여아_세례, 전체_세례): the best named, a total when scores tie.
        """
        if not any(f.unique and f.role in ("year", "date") for f in self.table.columns):
            return None
        named = [m for m in self.every if m.kind == "column" and m.tokens == table.tokens and m.column is not None
                 and m.column.table == self.base and m.column.role == "measure" and m.column.integer]
        return max(named, key=lambda m: m.score, default=None)

    def _count_grain(self) -> tuple[str, ColumnFacts] | None:
        """How many years (months) the data covers: distinct periods of the date column."""
        c = self.cues
        assert c.count is not None
        span = range(c.count + 1, min(len(c.tokens), c.count + 4)) if c.language != "ko" else range(
            max(0, c.count - 3), min(len(c.tokens), c.count + 3))  # 연도는 몇 개, 몇 개 연도
        if c.aggregates:
            return None  # 실업자 수 평균: the number is the measure
        for i in span:
            if i in c.used or c.tokens[i].kind in ("verb", "adj"):
                continue  # 보여 줘: 주 of 주다, not a week
            word = c.tokens[i].lemma.lower()
            grain = PERIOD_NOUNS.get(word)
            if grain not in ("year", "month", "quarter", "week"):
                continue
            dated = time_column(self.index, self.base, [], grain=grain, named=self.dates_named)
            found = self.at(i)
            if found is None and dated is not None and dated.role == "date" and (
                    c.distinct or grain != self._row_grain(dated)):
                self.reading.explained.add(i)
                return grain, dated
            if dated is not None and dated.role == grain == "year" and dated.table == self.base and (
                    found is None or found[1].column is not None and found[1].column.ref == dated.ref):
                if found is not None:
                    self.take(found[0])
                self.reading.explained.add(i)  # 몇 개 연도: the distinct values of a year column
                return grain, dated
        return None

    def _row_grain(self, dated: ColumnFacts) -> str:
        """The period one row stands for, from the date column's distinct dates over its span."""
        low, high = dated.minimum, dated.maximum
        if not isinstance(low, dt.date) or not isinstance(high, dt.date) or dated.distinct < 2:
            return "day"
        days = max(1, (high - low).days)
        per = days / dated.distinct
        return "year" if per > 300 else "quarter" if per > 80 else "month" if per > 25 else "week" if per > 6 \
            else "day"

    def _entity_column(self) -> ColumnFacts | None:
        """An identifier that repeats (a player's id over seasons): what "how many players" counts."""
        linked = {link.column for link in self.table.links}
        ids = [c for c in self.table.columns if c.role == "id" and not c.unique and c.distinct > 1
               and c.name not in linked]  # not maker_id: that counts the makers
        plain = [c for c in ids if c.words in ID_NAMES]
        if len(plain) == 1:
            return plain[0]
        named = [c for c in ids if c.words[-1:] in (("id",), ("번호",), ("아이디",), ("nr",))]
        return named[0] if len(named) == 1 else None  # person_id over the years

    def _unknown_noun_near(self, at: int) -> int | None:
        """A content noun no mention explains, right after (English) or before (Korean) position `at`."""
        c = self.cues
        span = range(at + 1, min(len(c.tokens), at + 4)) if c.language != "ko" else range(max(0, at - 3), at)
        for i in span:
            if i in c.content() and self.at(i) is None and c.tokens[i].kind in ("noun", "word") and not (
                    c.tokens[i].korean and c.tokens[i].lemma.endswith(QUANTITY_SUFFIXES)):
                return i
        return None

    def _count_word(self) -> tuple[int, Mention] | None:
        """The mention counting is about: after `how many`/`number of`, before 몇/수/건수 in Korean."""
        c = self.cues
        assert c.count is not None
        candidates = []
        for n, m in enumerate(self.mentions):
            if m.kind == "value" or (n in self.used and m.kind != "table"):
                continue
            distance: float = (m.start - c.count) if c.language != "ko" else (c.count - max(m.tokens))
            if c.language == "ko" and m.start == c.count + 2 and c.tokens[c.count + 1].kind == "counter":
                distance = 0.5  # 몇 개 분야: the noun after the counter is what is counted
            elif c.language == "ko" and distance < 0:
                distance = 10 + abs(distance)
            if c.language == "ko" and c.tokens[c.count].lemma in lexicon.PEOPLE_COUNTS and m.kind == "column" \
                    and m.column is not None and m.column.role in ("category", "flag"):
                continue  # 성별 인원수: the people of each sex, not how many sexes
            if c.language == "ko" and distance > 1 and any(  # 성별 생존자 수: 수 counts what is right before it
                    i in self.reading.explained or not c.distinct and c.tokens[i].lemma in lexicon.PEOPLE_NOUNS
                    for i in range(max(m.tokens) + 1, c.count)):  # 성별 탑승자 수: passengers by sex
                continue
            if distance > 0:
                candidates.append((distance, n, m))
        if not candidates:
            return None
        candidates.sort(key=lambda x: (x[0], -x[2].score))
        return candidates[0][1], candidates[0][2]

    def measures_from_mentions(self) -> None:
        """Numeric columns left are measures; each aggregate word goes to the measure nearest it."""
        c = self.cues
        free = [(n, m) for n, m in self.free("column") if m.column is not None and m.column.kind == "number"
                and m.column.role == "measure"]
        aggregates = list(c.aggregates)
        filtered = compared(self.conditions)
        free = [(n, m) for n, m in free if not self._verb_before_ranking(m, free)]
        rows_shared = self._share_of_rows()
        for n, m in free:
            assert m.column is not None
            if (self.counting == "rows" or rows_shared) and not aggregates and col(m.column) not in filtered:
                continue  # how many counties are in a metro area: the rows are counted, area is not summed
            self.take(n)
            per = exposure(self.index.tables[m.column.table].columns, m.column) if m.suffix == RATE else None
            if per is not None:  # 청구율, claim rate: the claims over the holders of the rows kept
                self.measures.append(Measure("ratio", col(m.column), said=m.text, per=col(per)))
                continue
            if self.counting == "rows" and not aggregates and col(m.column) in filtered:
                continue  # how many records have 50 or more home runs (hr): the filter's column, said again
            mine = [(agg, at) for agg, at in aggregates if _closest(at, free, self.mentions) == n]
            if any(at not in m.tokens for _, at in mine):  # average max temperature: max is the name's
                mine = [(agg, at) for agg, at in mine if at not in m.tokens]
            if mine:
                for agg, _ in mine:
                    self.measures.append(Measure(agg, col(m.column), said=m.text))
            else:
                self.measures.append(Measure(default_aggregate(m.column), col(m.column), said=m.text, assumed=True))
        self.unbound_aggregates = [] if free else aggregates

    def measured_by_adjectives(self) -> None:
        """The youngest and oldest respondents: the ends of what the adjectives measure (age), none named."""
        if self.measures or not self.unbound_aggregates:
            return
        for agg, at in self.unbound_aggregates:
            concepts = lexicon.ADJECTIVES.get(self.cues.tokens[at].lemma.lower(), ("", ()))[1]
            found = self._concept_measure(tuple(concepts), numeric=True) if concepts else None
            if found is None:
                return
            self.measures.append(Measure(agg, col(found[0]), said=found[1]))
        self.unbound_aggregates = []

    def priced(self) -> None:
        """얼마, how much, with no measure named: what the rows cost (price, cost), when the table has that."""
        c = self.cues
        if self.measures or self.counting or c.rankings or c.count is not None:
            return
        asked = [i for i, t in enumerate(c.tokens) if t.lemma == "얼마" or (
            t.lemma.lower() == "much" and i > 0 and c.tokens[i - 1].lemma.lower() == "how")]
        found = self._concept_measure(PRICE_CONCEPTS, numeric=True) if asked else None
        if found is None:
            return
        aggregates = [agg for agg, _ in self.unbound_aggregates]  # how much on average: cues keep the average
        for agg in aggregates or [default_aggregate(found[0])]:
            self.measures.append(Measure(agg, col(found[0]), said=found[1], assumed=not aggregates))
        self.unbound_aggregates = []
        self.reading.explained |= set(asked)

    def _people_living(self) -> bool:
        """`how many people live in Cook county`, 몇 명이 살아: a table of places with a population sums it."""
        c = self.cues
        assert c.count is not None
        near = range(c.count + 1, min(len(c.tokens), c.count + 3)) if c.language != "ko" else range(
            max(0, c.count - 2), min(len(c.tokens), c.count + 3))
        people = next((i for i in near if c.tokens[i].lemma.lower() in ("people", "person", "resident", "inhabitant",
                                                                         "사람", "주민", "명")), None)
        lives = {i for i, t in enumerate(c.tokens) if t.lemma.lower() in LIVING_WORDS}
        moves = {i for i, t in enumerate(c.tokens) if t.lemma.lower() in MOVING_WORDS}
        if people is None and c.language != "ko" and c.count + 2 in moves:
            people = c.count + 2  # how many moved from Nfld to NS: people, said by the verb alone
        found = self._concept_measure(("population", "인구"), numeric=True) if people is not None and lives else None
        if found is None and people is not None and moves:  # how many people moved from Quebec: the migrants
            found = self._concept_measure(("migrant", "migration", "이주자"), numeric=True)
            lives = moves
            if found is None:
                self.reading.penalise("people who moved counted as rows of another table", 0.1)
        if found is None or people is None:
            return False
        self.reading.explained |= {people} | lives
        self.measures.append(Measure("sum", col(found[0]), said=found[1]))
        self.counting = "total"
        return True

    def ranked_codes(self) -> None:
        """시리얼이 가장 많은 진열대: the shelves ranked (1 to 3), not the cereals by their shelf."""
        c = self.cues
        ranked = self._ranked_codes(c.rankings[0]) if c.rankings and not self.groups else None
        if ranked is not None:
            self.take(ranked[0])
            self.groups.append(col(ranked[1]))
            if c.count is not None and c.tokens[c.count].lemma == "몇":  # 진열대는 몇 번: which one, not how many
                self.cues = replace(c, count=None)

    def in_largest_groups(self) -> None:
        """가장 큰 학교의 평균 수학 점수, in the three largest schools: the rows of the groups with the most rows.

        A size adjective right before another table the base refers to, while the question asks a figure of the
        base's rows (a measure, or a count): the ranking picks the groups, it does not rank by the figure.
        """
        c = self.cues
        if len(c.rankings) != 1 or c.rankings[0].every or not (self.measures or c.count is not None):
            return
        ranking = c.rankings[0]
        sized = next((i for i in (ranking.at, ranking.at + 1) if i < len(c.tokens)
                      and c.tokens[i].lemma.lower() in SIZE_ADJECTIVES), None)
        if sized is None:
            return
        found = self.at(sized + 1) if sized + 1 < len(c.tokens) else None
        if found is None or found[1].kind != "table" or found[1].table == self.base or found[0] in self.used and not (
                found[1] is self.subject or found[1] in self.others):
            return
        link = self.link_to(found[1].table) if found[1].table else None
        measured = c.language == "ko" and any(  # 평균 총비용이 가장 큰 항공사: ranked by the measure said before
            m.kind == "column" and m.column is not None and m.column.kind == "number"
            and max(m.tokens) < min(ranking.at, sized) for m in self.every)
        if link is None or ranking.concepts or measured:
            return
        self.take(found[0])
        self.subject = None if found[1] is self.subject else self.subject  # the students of the school, not it
        self.others = [m for m in self.others if m is not found[1]]
        smallest = SIZE_ADJECTIVES[c.tokens[sized].lemma.lower()] == "asc"
        start = min(ranking.at, sized)
        start -= ranking.explicit_n and start > 0 and c.language != "ko"  # the three largest schools
        said = c.text[c.tokens[start].start:c.tokens[sized + 1].end]
        op, n = "smallest" if smallest else "largest", ranking.limit or 1
        sizes = [f for f in self.index.tables[found[1].table].columns if f.role == "measure" and f.kind == "number"
                 and set(f.words) & SIZE_WORDS]
        self.conditions.append(Condition(col(sizes[0]), op, n, said=said, via=link) if len(sizes) == 1 else
                               Condition(Col(self.base, link), op, n, said=said, rows=True))  # by its size, or rows
        self.reading.explained |= {ranking.at, sized}
        self.cues = replace(c, rankings=[])

    def _ranked_codes(self, ranking: Ranking) -> tuple[int, ColumnFacts] | None:
        """Korean `A가 가장 많은 B`: B right after the adjective, a number column of a few values (shelf 1-3).

        With people counted before it (인원이 가장 많은 교육 연수), any number column's values are the groups.
        """
        c = self.cues
        if c.language != "ko" or ranking.at is None:
            return None
        people = (c.people is not None and 0 < ranking.at - c.people <= 2 or c.count is not None and 0 < (
            ranking.at - c.count) <= 2 and c.tokens[c.count].lemma in lexicon.PEOPLE_COUNTS) and any(
            t.lemma in ("많", "적") for t in c.tokens[ranking.at:ranking.at + 2])  # not 응답자 중 가장 높은 월소득
        for i in (ranking.at + 1, ranking.at + 2):
            found = self.at(i) if i < len(c.tokens) else None
            if found is None or found[0] in self.used or found[1].kind != "column" or found[1].column is None:
                continue
            facts = found[1].column
            if facts.kind == "number" and facts.role == "measure" and (
                    facts.discrete and 1 < facts.distinct <= 20 or people and not facts.unique):
                return found[0], facts
            return None
        return None

    def _share_of_rows(self) -> bool:
        """`what share of counties are ...`: the share word, `of` and the base table's noun: a share of rows."""
        c = self.cues
        if c.share is None or c.language == "ko":
            return False
        at = c.share + 1
        if at < len(c.tokens) and c.tokens[at].lemma.lower() == "of":
            at += 1
            while at < len(c.tokens) and c.tokens[at].lemma.lower() in ("all", "the"):
                at += 1
            return any(m.kind == "table" and m.table == self.base and at in m.tokens for m in self.mentions)
        return False

    def _all_of(self, m: Mention, facts: ColumnFacts) -> bool:
        """"all the states", 모든 주, 48개 주 (as many as the column holds): the whole, not a breakdown."""
        t, start = self.cues.tokens, min(m.tokens)
        at = start - 1
        while at >= 0 and t[at].lemma.lower() == "the":
            at -= 1
        if at >= 0 and t[at].lemma.lower() in ("all", "모든", "전체"):
            return True
        if at >= 1 and t[at].kind == "counter" and t[at - 1].number == facts.distinct:
            self.reading.explained |= {at - 1, at}
            return True
        return False

    def implicit_groups(self) -> None:
        """A category left over in a question with a measure groups it (성별 평균 연봉, average mpg cyl)."""
        if not (self.measures or self.cues.count is not None or self.cues.rankings):
            return
        placed = {(m.column.table, m.column.name) for m in self.measures if m.column} | {
            (c.column.table, c.column.name) for c in self.conditions} | {(g.table, g.name) for g in self.groups}
        early = any(_earliest_first(r) for r in self.cues.rankings)
        for n, m in self.free("column"):
            facts = m.column
            assert facts is not None
            if early and facts.role in ("year", "date"):
                continue  # 창간이 가장 빠른 저널: the founding year ranks the journals, it groups nothing
            if facts.ref in placed:  # 차종(type): the same column said twice
                self.take(n)
                continue
            if facts.groupable and self._all_of(m, facts):  # of all states, 48개 주: every state together
                self.take(n)
                continue
            if facts.role == "flag" and m.score < WEAK_FLAG:
                continue  # other household income: household only resembles home_owned, no breakdown by it
            if facts.groupable and facts.role != "label" and not (facts.role == "id" and facts.unique):
                self.take(n)
                self.groups.append(self.label_for(facts, m.text))
                placed.add(facts.ref)
                self.reading.penalise("grouping read from a category word", 0.05)

    # --- shape ----------------------------------------------------------------------------------------

    def shape(self) -> Plan | None:
        """The plan the jobs and cues make: a share, trend, ranking, group, value or list; None when none fits."""
        c = self.cues
        if self.grouped_having:
            self._sized_rows()  # students at schools with more than 90 students: the rows of those schools
        ranking = c.rankings[0] if c.rankings else None
        if ranking is not None and not ranking.soft and ranking.limit is None and not ranking.every and self.groups \
                and not c.which and not c.aggregates and self._ranks_its_measure(ranking):
            ranking = replace(ranking, soft=True)  # 컷별로 제일 비싼 가격: each cut's highest price
        if ranking is not None and ranking.soft and (self.groups or c.grain) and self.measures:
            self.measures = extremes(self.measures, ranking.direction)  # 월별 최고 기온: each month's max
            ranking = None
        if self.rate is not None:
            measure = [m for m in self.measures if m.column is not None][:1] or [self.rows_measure()]
            share = Measure("share", measure[0].column if measure[0].agg in ("sum",) else None, measure[0].said)
            if self.groups:
                plan = Plan(self.base, "group", [share], self.groups, self.conditions, share_of=[self.rate])
                if ranking is not None:
                    plan.order, plan.limit = ranking.direction, ranking.limit or 1
                return plan
            return Plan(self.base, "share", measure[:1], [], self.conditions, share_of=[self.rate])
        grain = c.grain or ("year" if c.trend and self._yearly() else "month" if c.trend else None)
        grain_column = self.grain_column
        if self.which_grain is not None and ranking is not None:
            which, dated = self.which_grain
            measures = self.measures or [self._level_measure(ranking) or self.rows_measure()]
            self._drop_time_mentions(dated)
            return Plan(self.base, "trend", measures, [], self.conditions, grain=which, time=col(dated),
                        order=ranking.direction, limit=ranking.limit or 1)
        if grain and self._each_period_is_a_row(grain, ranking):
            assert c.grain_at is not None
            self.reading.explained.add(c.grain_at)  # 연간 사망자 중앙값 on one row per year: over the rows
            return Plan(self.base, "value", self.measures, [], self.conditions)
        if grain or grain_column is not None:
            column = grain_column or time_column(self.index, self.base, [], grain=grain, named=self.dates_named)
            if column is None:
                self.reading.refusal = "no_time"
                if c.grain_at is not None:
                    self.reading.refusal_words = [c.tokens[c.grain_at].text]
                return None
            if grain is None:
                grain = "day"
            if grain_column is None:
                self._drop_time_mentions(column)
            if c.grain_at is not None:
                self.reading.explained.add(c.grain_at)
            return self._trend(column, grain, ranking)
        if c.share is not None:
            return self._share()
        if ranking is not None and ranking.concepts == ("frequency",):
            common = self._most_common(ranking)
            if common is not None:
                return common
        extreme = self._dated_extreme(ranking) if ranking is not None else None
        if extreme is not None:  # the earliest diagnosis: the first date
            return Plan(self.base, "value", [extreme], [], self.conditions)
        if ranking is not None:
            return self._ranked(ranking)
        if self.grouped_having and not self.groups and self.subject is not None:
            self._group_by_subject()
        if self.groups:
            event = None if self.measures else self.event_measure()
            valued = any(cond.op in ("=", "in") and not cond.having for cond in self.conditions)  # deaths by sex
            if not self.measures and event is None and self.subject is None and c.count is None \
                    and c.rows is None and c.people is None and not self.counting and not valued:
                self.reading.refusal = "no_measure"  # 창고별로는? alone: by warehouse, but of what?
                return None
            measures = self._with_rows_counted(self.measures) or [event or self.rows_measure()]
            over = next((agg for agg, _ in self.unbound_aggregates if agg in OVER_GROUPS), None) \
                if all(m.column is None for m in measures) else None
            if over is not None:  # 학교당 평균 학생 수: the average of each school's count, one figure
                if c.count is None and c.rows is None and not self.counting:
                    self.reading.penalise("an aggregate of counts nobody asked", UNASKED_COUNTS)  # 코드별 평균 총지출
                self.unbound_aggregates = []
                return Plan(self.base, "value", measures, self.groups, self.conditions, over=over)
            return Plan(self.base, "group", measures, self.groups, self.conditions)
        if self.measures:
            return Plan(self.base, "value", self._with_rows_counted(self.measures), [], self.conditions)
        event = self.event_measure()
        if event is not None and not c.listing and c.count is None:
            return Plan(self.base, "value", [event], [], self.conditions)
        if c.count is not None or self.counting or c.rows is not None or c.people is not None:
            return Plan(self.base, "value", [self.rows_measure()], [], self.conditions)
        if self.unbound_aggregates:
            self.reading.refusal = "no_measure"
            return None
        if c.groups and not c.listing and not self.conditions:
            self.reading.refusal = "no_measure"  # 창고별로는? alone: by warehouse, but of what?
            return None
        if self.conditions or self.subject is not None or c.listing:
            label = self._label()
            if label is not None and self._single_entity():
                shown = [label] + [self.label_for(m.column) for _, m in self.free("column") if m.column is not None]
                shown += self._linked_labels(shown)  # Econometrica 출판사: the publisher's name
                return Plan(self.base, "list", [], [], self.conditions, show=shown, limit=None)
            return Plan(self.base, "list", [], [], self.conditions, show=self._list_columns(), limit=None)
        return None

    def _with_rows_counted(self, measures: list[Measure]) -> list[Measure]:
        """기업 수랑 평균 자산, how many are there and their average assets: the rows counted, then the measures."""
        if self.counting != "rows" or not measures or any(m.assumed or m.column is None for m in measures) \
                or any(cond.having or cond.rows for cond in self.conditions):  # 평균 자산 5000 이상인 섹터는 몇 개
            return measures
        return [self.rows_measure(), *measures]

    def event_measure(self) -> Measure | None:
        """`shipments in March`, 월별 출고량: a value naming a kind of event, no measure named: its quantity."""
        if self.cues.count is not None or self.cues.rows is not None:
            return None
        kinds = [cond for cond in self.conditions if cond.op in ("=", "in") and not cond.having
                 and self.index.role(cond.column.table, cond.column.name) == "category"]
        tables = list(dict.fromkeys(cond.column.table for cond in kinds))  # shipments: their table's quantity
        main = self._main_measure(tables[0]) if len(tables) == 1 else None
        if kinds and main is not None and main.integer and set(main.words) & MAIN_WORDS:  # deaths: rows, not ages
            return Measure("sum", col(main), said=main.name, assumed=True)
        return None

    def _sized_rows(self) -> None:
        """Rows of the groups of a size: their link to the sized table kept by the groups' row count.

        When the question is about the base's rows (students at schools with more than 90 students), counts the
        sized things (how many schools have more than 120 students) or breaks the rows down apart from them (by
        class type), not when it lists the groups or breaks them down by the sized table.
        """
        link = self.link_to(self.sized) if self.sized is not None else None
        if link is None:
            return
        apart = bool(self.groups) and all(g.table != self.sized and g != Col(self.base, link) for g in self.groups)
        if self.groups and not apart:
            return
        about_rows = self.subject is None or self.subject.table == self.base
        counts_them = bool(self.measures) and all(m.agg == "count_distinct" and m.column == Col(self.base, link)
                                                  for m in self.measures)
        if not (about_rows or counts_them or apart):
            return
        self.conditions = [Condition(Col(self.base, link), cond.op, cond.value, said=cond.said, rows=True)
                           if cond.rows and cond.having else cond for cond in self.conditions]
        self.grouped_having = False

    def _group_by_subject(self) -> None:
        """Warehouses with total stock over 20000: the subject's rows are the groups."""
        assert self.subject is not None
        target = self.index.tables[self.subject.table]
        if self.subject.table == self.base:
            label = target.label or target.key
            if label:
                self.groups.append(Col(self.base, label))
            return
        link = self.link_to(self.subject.table)
        if target.label:
            self.groups.append(Col(target.name, target.label))
        elif link:
            self.groups.append(Col(self.base, link))

    def _each_period_is_a_row(self, grain: str, ranking: Ranking | None) -> bool:
        """An annual average, median or extreme (연간, yearly) on a table of one row per year: one figure.

        Each year's value is its row's, so the year's figure is the row and the question's aggregate is taken
        over the rows; 연도별 (by year) still lists them.
        """
        c = self.cues
        if c.grain_at is None or c.trend or self.groups or ranking is not None or not self.measures:
            return False
        word = c.tokens[c.grain_at].lemma.lower()
        before = c.tokens[c.grain_at - 1].lemma.lower() if c.grain_at > 0 else ""
        if word not in lexicon.GRAINS and not (word in lexicon.GRAIN_NOUNS and before in ("per", "a")):
            return False  # yearly, 연간, per year: over the years; 연도별 lists them
        if not all(m.agg in ("avg", "median", "min", "max") and m.column is not None for m in self.measures):
            return False
        column = time_column(self.index, self.base, [], grain=grain, named=self.dates_named)
        if column is None or not column.unique:
            return False
        if column.role == grain:
            return True
        low, high = _as_date(column.minimum), _as_date(column.maximum)  # monthly dates: one row per month
        return grain == "month" and column.role == "date" and low is not None and high is not None and \
            (high.year - low.year) * 12 + high.month - low.month + 1 == column.distinct

    def _yearly(self) -> bool:
        column = time_column(self.index, self.base, [], named=self.dates_named)
        return column is not None and column.role == "year"

    def _trend(self, column: ColumnFacts, grain: str, ranking: Ranking | None) -> Plan:
        measures = self.measures or [self.event_measure() or self.rows_measure()]
        groups = [g for g in self.groups if g != col(column)]  # year by year on a 연도 column: grouped once
        plan = Plan(self.base, "trend", measures, groups, self.conditions, grain=grain, time=col(column))
        if ranking is not None and (grain == "decade" or ranking.limit is not None) and not groups:
            plan.order, plan.limit = ranking.direction, ranking.limit or 1  # 연대별 ... 상위 3개: the top decades
        elif ranking is not None and ranking.limit is None:
            plan.shape, plan.order, plan.limit = "group", ranking.direction, 1
            plan.groups = [col(column)]
        return plan

    def _share(self) -> Plan | None:
        """A part over its total: the value conditions are the part; periods stay on both."""
        portion = self._portion()
        if portion is not None:  # 1855년 1월 사망자 중 질병 사망 비율: disease deaths of all deaths, that month
            if self.groups:
                return Plan(self.base, "group", [portion], self.groups, self.conditions)
            return Plan(self.base, "value", [portion], [], self.conditions)
        part = [cond for cond in self.conditions if cond.part is None and not cond.having and not cond.rows
                and cond.op != "range" and self.index.role(cond.column.table, cond.column.name) not in ("date", "year")]
        whole = [cond for cond in part if self._names_the_whole(cond)]
        if whole and len(whole) < len(part):  # what percentage of children survived: of the children
            part = [cond for cond in part if cond not in whole]
        rest = [cond for cond in self.conditions if cond not in part]
        dated = self.time
        if not part and not self.groups and dated is not None and rest and all(c.column == col(dated) for c in rest):
            part, rest = rest, []  # what percentage of all polls were in 2007: the period is the part
        if not part:
            if self.groups:  # share of each group: a breakdown with percentages
                measures = self.measures or [self.rows_measure()]
                plan = Plan(self.base, "group", measures, self.groups, rest)
                plan.notes.append("share of each group")
                return plan
            self.reading.refusal = "no_part"
            return None
        measures = [m for m in self.measures if m.column is not None][:1] or [self.rows_measure()]
        people = any(t.lemma in lexicon.PEOPLE_NOUNS for t in self.cues.tokens)
        if measures[0].column is not None and (measures[0].agg != "sum" or measures[0].assumed) \
                and measures[0].column in compared(part) \
                and (people or default_aggregate(
                    self.index.column(measures[0].column.table, measures[0].column.name)) == "avg"):
            measures = [self.rows_measure()]  # the share of polls with 지지율 at 50 or more: of rows, not of rates
        elif measures[0].agg not in ("sum", "count"):
            measures = [Measure("sum", measures[0].column, measures[0].said)]
        if self.groups:  # share of nonwhite women for each occupation: the part's share within each group
            share = Measure("share", measures[0].column if measures[0].agg == "sum" else None, measures[0].said)
            return Plan(self.base, "group", [share], self.groups, rest, share_of=part)
        return Plan(self.base, "share", measures, [], rest, share_of=part)

    def _portion(self) -> Measure | None:
        """A share whose part is a column of a whole: girls' christenings of all, a month's disease deaths of all.

        The whole is the table's total column (전체_세례 for 여아_세례) or the parts added (질병_사망 +
        부상_사망 + 기타_사망). Not when the column is what the share is taken of (전체 질병 사망자 가운데 ...,
        the share of disease deaths in 1855): then the condition is the part, as usual.
        """
        c = self.cues
        for m in self.measures:
            if m.column is None or m.agg not in ("sum", "avg") or m.plus:
                continue
            facts = self.index.column(m.column.table, m.column.name)
            whole = self._whole_of(facts)
            said = [x for x in self.every if x.kind == "column" and x.column is not None and x.column.ref == facts.ref
                    and x.text == m.said]
            if whole is None or not said or self._share_taken_of(min(min(x.tokens) for x in said),
                                                                  max(max(x.tokens) for x in said)):
                continue
            among = next((i for i, t in enumerate(c.tokens) if t.lemma in ("중", "가운데")), None)
            valued = [cond for cond in self.conditions if cond.op in ("=", "in") and not cond.having
                      and self.index.role(cond.column.table, cond.column.name) not in ("date", "year")]
            if valued and (among is None or among > min(min(x.tokens) for x in said)):
                continue  # what share of sales came from Seoul: Seoul is the part
            return Measure("portion", m.column, m.said, per=col(whole[0]), plus=tuple(col(f) for f in whole[1:]))
        return None

    def _whole_of(self, part: ColumnFacts) -> list[ColumnFacts] | None:
        """The column of the whole a part belongs to (여아_세례: 전체_세례), or all the parts (질병_사망: the three)."""
        if part.role != "measure" or len(part.words) != 2 or part.words[0] in lexicon.WHOLE_WORDS:
            return None
        event = part.words[-1]
        table = self.index.tables[part.table]
        totals = [f for f in table.columns if f.role == "measure" and len(f.words) == 2 and f.words[-1] == event
                  and f.words[0] in lexicon.WHOLE_WORDS]
        if totals:
            return totals[:1]
        if event not in lexicon.EVENT_NOUNS and singular(event) not in lexicon.EVENT_NOUNS or not part.integer:
            return None
        parts = [f for f in table.columns if f.role == "measure" and f.integer and len(f.words) == 2
                 and f.words[-1] == event]
        return parts if len(parts) > 2 else None

    def _share_taken_of(self, first: int, last: int) -> bool:
        """The words first..last name what a share is taken of: before 중/가운데, or right after `share of`."""
        c = self.cues
        if last + 1 < len(c.tokens) and c.tokens[last + 1].lemma in ("중", "가운데"):
            return True
        if c.share is None or c.language == "ko":
            return False
        return _past_share_of(c) == first

    def _verb_before_ranking(self, m: Mention, free: list[tuple[int, Mention]]) -> bool:
        """An English word naming a measure right before `the most`, another measure after it: the question's verb.

        `which team hit the most home runs`: hit is what the team did, home runs what is ranked.
        """
        c = self.cues
        if c.language == "ko" or len(m.tokens) != 1:
            return False
        at = max(m.tokens)
        rankings = [r.at for r in c.rankings if r.at is not None and r.at - at in (1, 2)] + [
            x.at for x in c.comparisons if x.at - at in (1, 2)]
        return any(min(o.tokens) > r for r in rankings for _, o in free if o is not m and o.column != m.column)

    def _ranks_its_measure(self, ranking: Ranking) -> bool:
        """The superlative's adjective is followed by the measure it ranks by (제일 비싼 가격, highest price)."""
        measured = {m.column for m in self.measures if m.column is not None}
        right_after = {ranking.at + 1, ranking.at + 2}
        if any(m.column is not None and m.column.ref_col() in measured and min(m.tokens) in right_after
               and min(m.tokens) - 1 in right_after | {ranking.at} for m in self.mentions):
            return True
        return self._measure_then_its_extreme(ranking, measured)

    def _measure_then_its_extreme(self, ranking: Ranking, measured: set[Col]) -> bool:
        """연료 가격 제일 낮았던 값: the measure, then the superlative, then only a word for its value."""
        t = self.cues.tokens
        after = [i for i in range(ranking.at + 1, len(t)) if t[i].kind not in ("mark", "verb")]
        if after and t[after[0]].kind in ("adj", "adv"):
            after = after[1:]
        if any(t[i].lemma not in lexicon.VALUE_NOUNS for i in after):
            return False
        return any(m.column is not None and m.column.ref_col() in measured and max(m.tokens) == ranking.at - 1
                   for m in self.mentions)

    def _names_the_whole(self, cond: Condition) -> bool:
        """The value is what the share is taken of: right after "percentage of", or before 중 (어린이 중)."""
        c, at = self.cues, self.said_at.get(id(cond))
        if not at:
            return False
        after = max(at) + 1
        if after + 1 < len(c.tokens) and (any(m.kind in ("table", "column") and m.tokens == {after}
                                              for m in self.every) or c.tokens[after].lemma in lexicon.PEOPLE_NOUNS):
            after += 1  # 소규모 학급 학생 중, 선호 지역 집들 중: the rows' noun between the value and 중
        if after < len(c.tokens) and c.tokens[after].lemma in ("중", "가운데"):
            return True
        if c.share is None or c.language == "ko":
            return False
        before = min(at) - 1
        while before > 0 and (c.tokens[before].lemma.lower() in AMONG_FILLERS | lexicon.PEOPLE_NOUNS or any(
                m.kind == "table" and m.tokens == {before} for m in self.every)):
            before -= 1
        if before >= 0 and c.tokens[before].lemma.lower() == "among":
            return True  # among people with a recorded wage, what share are women: of those with a wage
        i = _past_share_of(c)
        if i is None:
            return False
        of = c.share + 1
        verb = next((j for j in range(of + 1, len(c.tokens)) if c.tokens[j].lemma.lower() in WHOLE_ENDS), None)
        if verb is not None and of < min(at) and max(at) < verb and self.index.role(
                cond.column.table, cond.column.name) not in ("date", "year"):
            return True  # what percentage of men aged 25 to 54 have a wage: of those men, before the verb
        if i < len(c.tokens) and any(m.kind == "table" and m.tokens == {i} for m in self.every):
            i += 1  # the share of houses with a driveway that have air conditioning: of those with a driveway
            while i < len(c.tokens) and c.tokens[i].lemma.lower() in ("with", "a", "an", "the", "in", "that", "which",
                                                                      "who", "have", "has", "are", "is"):
                i += 1
        return i == min(at)

    def _ranked(self, ranking: Ranking) -> Plan | None:
        """Top-N and "which one": groups ranked by a measure, or rows ranked with their label."""
        measure = self._ranking_measure(ranking)
        if measure.column is not None and _earliest_first(ranking) and self.index.role(
                measure.column.table, measure.column.name) in ("year", "date"):  # the oldest, 가장 빠른: earliest
            ranking = replace(ranking, direction="asc" if ranking.direction == "desc" else "desc")
        limit = None if ranking.every else ranking.limit or 1
        entity = self._entity_column()
        named = self.subject if self.subject is not None and self.subject.table != self.base else (
            self.others[0] if len(self.others) == 1 and measure.column is None else None)  # 부품이 가장 많은
        # 공급업체: the suppliers ranked by how many parts they have
        owner = next((m for m in self.others if m.text.lower().endswith("'s") or any(
            t > 0 and self.cues.tokens[t - 1].lemma.lower() in ("which", "어느", "어떤") for t in m.tokens)), None)
        named = owner or named  # which manufacturer's cereals have the highest average sugars, which county ...
        among = next((cond for cond in self.conditions if cond.op == "in" and len(cond.value) >= 2
                      and self.index.role(cond.column.table, cond.column.name) in ("label", "category")), None)
        if not self.groups and among is not None and (ranking.limit or 1) < len(among.value):
            self.groups.append(among.column)  # A랑 B 중에 더 높은 곳: the named ones ranked against each other
        pinned = named is not None and named.table not in several_references(self.index, self.base) and any(
            # 인디애나주에서 ... 카운티: one state, so its counties are ranked
            cond.op == "=" and not cond.having and cond.column.name != "*" and (
                cond.column.table == named.table and self.index.column(cond.column.table, cond.column.name).unique
                or cond.column == Col(self.base, self.link_to(named.table) or "")) for cond in self.conditions)
        if not self.groups and named is not None and not pinned:
            target = self.index.tables[named.table]  # top 3 makers by average price
            link = self.link_to(named.table)
            coded = _says_code(named.text) and link is not None
            if (target.label or link) and not coded:
                self.groups.append(Col(target.name, target.label) if target.label else Col(self.base, cast(str, link)))
            elif coded:  # 제일 낮은 국가 코드: the code said, not the name it stands for
                self.groups.append(Col(self.base, cast(str, link)))
        noun = self._unknown_noun_near(ranking.at)
        if not self.groups and entity is not None and self.table.label is None and (
                self.cues.career or noun is not None or self.cues.which):
            if noun is not None:
                self.reading.explained.add(noun)  # players: the rows ranked
            self.groups.append(Col(self.base, entity.name))  # top players by career home runs
            if measure.column is not None and measure.agg not in ("sum", "avg", "min", "max", "count"):
                measure = Measure("sum", measure.column, measure.said)
        if self.groups:
            if measure.column is None:
                measure = self.event_measure() or self.rows_measure()
            return Plan(self.base, "group", [measure], self.groups, self.conditions, order=ranking.direction,
                        limit=limit)
        label = self._label()
        when = self._when_column()
        other_asked = not ranking.soft and any(m.column is not None and m.column != measure.column
                                               for m in self.measures)  # 대지 면적 제일 큰 집 가격: the top row's
        entity_asked = self.subject is not None or self.cues.which or ranking.limit is not None or \
            self._asks_entity(ranking.at) or when is not None or other_asked
        if label is not None and measure.column is not None and measure.column.table != self.base and \
                measure.agg in ("avg", "sum", "min", "max") and not measure.assumed:
            return Plan(self.base, "group", [measure], [label], self.conditions, order=ranking.direction,
                        limit=limit)  # 평균 실업률이 가장 높은 주: each state's average over its many rows
        if (label is not None or when is not None) and entity_asked and measure.column is not None:
            for n, m in self.free("column"):  # 연봉 상위 3명 교수 번호: the name column asked for is what is shown
                if m.column is not None and label is not None and col(m.column) == label:
                    self.take(n)
            show = ([when] if when is not None else []) + ([label] if label is not None and label != when else []) + [
                col(self.index.column(m.column.table, m.column.name)) for m in self.measures
                if m.column is not None and m.column != measure.column]
            return Plan(self.base, "rows", [Measure("value", measure.column, measure.said)], [], self.conditions,
                        order=ranking.direction, limit=limit, show=show)
        if measure.column is not None and ranking.limit is None and not ranking.every:
            agg = "max" if ranking.direction == "desc" else "min"
            return Plan(self.base, "value", [Measure(agg, measure.column, measure.said)], [], self.conditions)
        if measure.column is not None:
            self.reading.penalise("ranked rows without a name", 0.15)
            key = self.table.key or self._first(("id",))
            show = [Col(self.base, key)] if key else []
            return Plan(self.base, "rows", [Measure("value", measure.column, measure.said)], [], self.conditions,
                        order=ranking.direction, limit=limit, show=show)
        return None

    def _unit_column(self, at: int) -> ColumnFacts | None:
        """"above 90 degrees", 50~64세, aged 45 through 54, 18 and 24 years old: the measure of the unit's concept.

        The unit follows the number (or the range's last number), or `aged` comes before it.
        """
        t = self.cues.tokens
        unit: int | None = None
        concepts: tuple[str, ...] = ()
        for i in range(at + 1, min(len(t), at + 4)):
            word = t[i].lemma.lower()
            if word in lexicon.UNIT_CONCEPTS:
                unit, concepts = i, lexicon.UNIT_CONCEPTS[word]
            elif word in AGE_WORDS:  # 20 or younger
                unit, concepts = i, lexicon.UNIT_CONCEPTS["살"]
            elif word == "year" and i + 1 < len(t) and t[i + 1].lemma.lower() == "old":
                unit, concepts = i, lexicon.UNIT_CONCEPTS["살"]
            if unit is not None or not (t[i].kind == "num" or word in RANGE_JOINERS):
                break
        if unit is None and at > 0 and t[at - 1].lemma.lower() in ("aged", "age"):
            unit, concepts = at - 1, lexicon.UNIT_CONCEPTS["살"]
        elif unit is None and at > 1 and t[at - 1].lemma.lower() == "than" and t[at - 2].lemma.lower() in AGE_WORDS:
            unit, concepts = at - 2, lexicon.UNIT_CONCEPTS["살"]  # older than 60
        if concepts == lexicon.MONEY and any(m.column is not None and m.column.kind == "number" and m.column.role
                                             == "measure" for _, m in self.free("column")):
            return None  # assets of more than 10 billion dollars: the column named, any money's unit
        found = self._concept_measure(concepts, numeric=True, named=True) if unit is not None else None
        if found is None or unit is None:
            return None
        said = {unit} | ({unit + 1} if t[unit].lemma.lower() == "year" else set())
        words = set(found[0].words)
        for n, m in self.free("column"):
            if set(m.tokens) & said:
                self.take(n)  # years old: the unit, not education_years
            elif m.tokens and all(unit < k <= unit + 3 and t[k].lemma.lower() in words for k in m.tokens):
                self.take(n)  # 500 kilometres from Paris: Paris is the distance's (distance_to_paris_km)
        self.reading.explained |= said
        return found[0]

    def _concept_measure(self, concepts: tuple[str, ...], numeric: bool = False,
                         named: bool = False) -> tuple[ColumnFacts, str] | None:
        """The base table's measure best named by the first concept that names one (price, temperature).

        With `named`, only a column the concept names or a kind of it (not one it is merely related to).
        """
        said = {t.lemma.lower() for t in self.cues.tokens}
        for concept in concepts:
            found = [(facts, weight) for facts, weight in self.index.column_words.get((concept,), [])
                     if facts.table == self.base and facts.role == "measure"
                     and (not numeric or facts.kind == "number")
                     and (not named or weight >= 0.8 or concept in facts.words)]  # distance_to_paris_km
            if found:  # only the base's own measures are weighed (the word names columns of every table)
                facts, _ = min(found, key=lambda item: (-item[1], -name_said(item[0], concept, said)))
                return facts, concept
        return None

    def _when_column(self) -> Col | None:
        """언제, when: the base table's date column, shown first, when the question asks when.

        Also when the rows are periods, one each, and the question names them (실업자수 많았던 달 상위 3개).
        """
        words = [t.lemma.lower() for t in self.cues.tokens]
        asked = {i for i, w in enumerate(words) if w in ("언제", "when")}
        periods = {i for i, w in enumerate(words) if w in PERIOD_ROWS}
        if not asked and not periods:
            return None
        dated = time_column(self.index, self.base, [], named=self.dates_named)
        if dated is None or dated.table != self.base or dated.role not in ("date", "year") or (
                not asked and not dated.unique):
            return None
        self.reading.explained |= asked or periods
        return col(dated)

    def _asks_entity(self, at: int) -> bool:
        """몇 번, 누구, which one: the question wants the row, not only the value."""
        return any(t.lemma in ("번", "누구", "어느", "어떤", "who", "which") for t in self.cues.tokens)

    def _people_measure(self) -> Measure | None:
        """People said (사람, 명, people) on a table that counts them in a column (migrants, passengers): its sum."""
        c = self.cues
        if c.people is None and not any(t.lemma in ("사람", "명") for t in c.tokens):
            return None
        living = any(t.lemma.lower() in LIVING_WORDS for t in c.tokens)  # 사람 제일 많이 사는: the population
        found = self._concept_measure((("population", "인구") if living else ()) + PEOPLE_MEASURES, numeric=True,
                                      named=True)
        if found is None:
            return None
        if c.people is not None:
            self.reading.explained.add(c.people)
        return Measure("sum", col(found[0]), said=found[1])

    def _labels_in_language(self, plan: Plan) -> None:
        """A table with a name in each language (name, name_ko): rows named in the question's language."""
        korean = self.cues.language == "ko"

        def other(c: Col) -> Col:
            facts = self.index.column(c.table, c.name)
            if facts.role != "label" or not facts.values or bool(HANGUL.search(str(facts.values[0]))) == korean:
                return c
            for sibling in self.index.tables[c.table].columns:
                if sibling.role == "label" and sibling.values and sibling.unique == facts.unique \
                        and bool(HANGUL.search(str(sibling.values[0]))) == korean:
                    return col(sibling)
            return c

        plan.groups = [other(g) for g in plan.groups]
        plan.show = [other(s_) for s_ in plan.show]

    def _roles(self, plan: Plan) -> None:
        """From Quebec to Ontario: which of the base's references to a table each value and grouping goes by."""
        for target, links in several_references(self.index, self.base).items():
            own = {lk.column for lk in links}
            plan.share_of = self._by_roles(plan.share_of, target, links)  # 온타리오로 간 사람 비율: arrivals' share
            plan.conditions = conditions = self._by_roles(plan.conditions, target, links)
            lemmas = {t.lemma.lower() for t in self.cues.tokens}
            directed = [cond for cond in conditions if cond.via is not None or cond.column.name in own]
            if len(directed) == 1 and lemmas & (FROM_WORDS | OUT_VERBS) and lemmas & (TO_WORDS | IN_VERBS):
                self.reading.penalise("both directions asked of one value", 0.3)  # moved into Ontario, and out?
            if any(g.table == target for g in plan.groups) or any(s_.table == target for s_ in plan.show):
                grouped = self._role_of_verb(links)
                if grouped is None:
                    self.reading.penalise("one of several references to a table assumed", 0.05)
                plan.joins[target] = (grouped or links[0]).column

    def _by_roles(self, conditions: list[Condition], target: str, links: list[Link]) -> list[Condition]:
        """The conditions on `target` (or a base code of it), each by the reference its value is said by."""
        found: list[Condition] = []
        own = {lk.column for lk in links}
        for cond in conditions:
            coded = cond.column.table == self.base and cond.column.name in own  # BC로: the code itself
            if not (cond.column.table == target or coded) or cond.having or cond.via is not None \
                    or cond.op not in ("=", "in", "!=", "not in"):
                found.append(cond)
                continue
            values = cond.value if cond.op in ("in", "not in") and isinstance(cond.value, list) else [cond.value]
            chosen: dict[str, list[object]] = {}
            for value in values:
                link = self._role_of_value(cond, value, links)
                chosen.setdefault(link.column, []).append(value)
            for column, kept in chosen.items():
                op = cond.op if len(kept) > 1 or cond.op not in ("in", "not in") else (
                    "=" if cond.op == "in" else "!=")
                value = kept if len(kept) > 1 else kept[0]
                found.append(replace(cond, op=op, value=value, column=Col(self.base, column)) if coded
                             else replace(cond, op=op, value=value, via=column))
        return found

    def _role_of_value(self, cond: Condition, value: object, links: list[Link]) -> Link:
        """The reference a value is said by: from X / X에서 (where from), to X / X로 (where to), or its words."""
        c = self.cues
        at = next((min(m.tokens) for m in self.mentions if m.kind == "value" and m.column is not None
                   and m.column.ref == (cond.column.table, cond.column.name) and m.value == value), None)
        if at is not None:
            token = c.tokens[at]
            before = [t.lemma.lower() for t in c.tokens[max(0, at - 2):at]]
            after = c.tokens[at + 1].lemma if at + 1 < len(c.tokens) else ""
            out = token.has("에서", "에서부터", "부터") or after == "출신" or bool(set(before[-1:]) & FROM_WORDS) or \
                before[-2:] == ["out", "of"]
            into = token.has("로", "으로", "까지") or bool(set(before[-1:]) & TO_WORDS)
            for want, words in ((out and not into, OUT_ROLE), (into and not out, IN_ROLE)):
                if want:
                    found = next((lk for lk in links if set(self.index.column(lk.table, lk.column).words) & words),
                                 None)
                    if found is not None:
                        self.reading.explained |= {i for i in range(max(0, at - 2), at)
                                                   if c.tokens[i].lemma.lower() in FROM_WORDS | TO_WORDS}
                        return found
        verb = self._role_of_verb(links)
        if verb is not None:
            return verb
        self.reading.penalise("one of several references to a table assumed", 0.05)
        return links[0]

    def _role_of_verb(self, links: list[Link]) -> Link | None:
        """Received, 들어온, 전입: the reference where things arrive; sent, left, 나간, 전출: where they leave."""
        lemmas = {t.lemma.lower() for t in self.cues.tokens}
        said = {w for lk in links for w in self.index.column(lk.table, lk.column).words if w in lemmas} - {
            "code", "id", "name"}
        named = [lk for lk in links if set(self.index.column(lk.table, lk.column).words) & said]
        if len(named) == 1:
            return named[0]  # home team, 원정: the reference named by its own word
        out, into = bool(lemmas & OUT_VERBS), bool(lemmas & IN_VERBS)
        words = OUT_ROLE if out and not into else IN_ROLE if into and not out else None
        if words is None:
            return None
        verbs = OUT_VERBS if words is OUT_ROLE else IN_VERBS
        self.reading.explained |= {i for i, t in enumerate(self.cues.tokens) if t.lemma.lower() in verbs}
        return next((lk for lk in links if set(self.index.column(lk.table, lk.column).words) & words), None)

    def _level_measure(self, ranking: Ranking) -> Measure | None:
        """파운드가 가장 쌌던 날, the day the rate was highest: the table's one measure, not its number of rows."""
        word = self.cues.tokens[ranking.at].lemma.lower() if ranking.at is not None else ""
        if word in ("많", "많이", "적", "적게", "most", "least", "many", "much", "few", "fewest", "최다") or (
                ranking.concepts == ("frequency",)):
            return None
        main = self._main_measure()
        if main is None or main.kind != "number":
            return None
        self.reading.penalise("ranked by the table's main measure, not named", 0.05)
        return Measure(default_aggregate(main), col(main), said=main.name, assumed=True)

    def _most_common(self, ranking: Ranking) -> Plan | None:
        """The most common number of stories, 가장 흔한 색: the value with the most rows."""
        values = [m.column for m in self.measures if m.column is not None and m.agg != "count"
                  and self.index.column(m.column.table, m.column.name).groupable]
        groups = self.groups or values[:1]
        if not groups or len(values) > 1 or any(m.column not in groups for m in self.measures):
            return None
        self.reading.explained.add(ranking.at)
        return Plan(self.base, "group", [self.rows_measure()], groups, self.conditions, order=ranking.direction,
                    limit=ranking.limit or 1)

    def _ranking_measure(self, ranking: Ranking) -> Measure:
        """What ranks: the measure named, the column an adjective measures (expensive: price), or a count."""
        if self.measures:
            first = self._measure_by_ranking(ranking) or self.measures[0]
            return replace(first, agg=first.agg if not first.assumed else default_aggregate(
                self.index.column(first.column.table, first.column.name)) if first.column else first.agg)
        found = self._concept_measure(ranking.concepts)
        if found is not None:
            facts, concept = found
            self.reading.explained.add(ranking.at)
            return Measure(default_aggregate(facts), col(facts), said=concept, assumed=True)
        for n, m in self.free("column"):
            if m.column is not None and m.column.kind == "number":
                self.take(n)
                return Measure(default_aggregate(m.column), col(m.column), said=m.text, assumed=True)
        people = self._people_measure()
        if people is not None:  # top 3 destinations of people leaving Alberta: ranked by the migrants
            return people
        began = self._began() if ranking.concepts[:1] == ("age",) else None
        if began is not None:  # the oldest journal: the one founded first
            self.reading.explained.add(ranking.at)
            return Measure("value", col(began), said=began.name, assumed=True)
        return Measure("count")

    def _measure_by_ranking(self, ranking: Ranking) -> Measure | None:
        """Of several measures, the one the superlative sits by: the price of the house with the largest lot.

        English says it after the superlative (largest lot), Korean before it (대지 면적 제일 큰 집 가격); the
        other measures are what is asked of the row at the top.
        """
        if len(self.measures) < 2 or ranking.at is None:
            return None
        near = {ranking.at + 1, ranking.at + 2} if self.cues.language != "ko" else {ranking.at - 1, ranking.at - 2}
        for measure in self.measures:
            said = [m for m in self.mentions if m.column is not None and col(m.column) == measure.column
                    and m.text == measure.said and not any(  # 비율 of thirteen % columns ranks none of them
                        o.tokens == m.tokens and o.column is not None and o.column != m.column for o in self.every)]
            if any((min(m.tokens) if self.cues.language != "ko" else max(m.tokens)) in near for m in said):
                return measure
        return None

    def _dated_extreme(self, ranking: Ranking) -> Measure | None:
        """When was the earliest diagnosis, the latest order date: the first or last date of the date said."""
        c = self.cues
        extreme = TIME_ORDER.get(c.tokens[ranking.at].lemma.lower()) if ranking.at is not None else None
        if extreme is None or ranking.limit is not None or self.groups or self.measures:
            return None
        for n, m in self.free("column"):
            if m.column is not None and m.column.role == "date" and ranking.at is not None and 0 < min(
                    m.tokens) - ranking.at <= 2:
                self.take(n)
                self.reading.explained.add(ranking.at)
                return Measure(extreme, col(m.column), said=m.text)
        return None

    def _began(self) -> ColumnFacts | None:
        """The base's one column of when its rows began (founded, born, 설립연도), if it has exactly one."""
        found = [c for c in self.table.columns if c.role in ("year", "date") and set(c.words) & EVENT_WORDS]
        return found[0] if len(found) == 1 else None

    def _label(self) -> Col | None:
        """What names a row: its label column, else its key, else a unique id (a row number)."""
        if self.table.label:
            return Col(self.base, self.table.label)
        key = self.table.key or next((c.name for c in self.table.columns if c.role == "id" and c.unique), None)
        return Col(self.base, key) if key else None

    def _first(self, roles: tuple[str, ...]) -> str | None:
        return next((c.name for c in self.table.columns if c.role in roles), None)

    def _linked_labels(self, shown: list[Col]) -> list[Col]:
        """The names of the tables the question names that the base refers to (the journal's publisher)."""
        found: list[Col] = []
        for m in self.mentions:
            if m.kind != "table" or m.table == self.base or self.link_to(m.table) is None:
                continue
            label = self.index.tables[m.table].label
            if label and Col(m.table, label) not in shown + found and set(m.tokens) <= self.reading.explained:
                found.append(Col(m.table, label))
        return found

    def _single_entity(self) -> bool:
        return any(cond.op == "=" and self.index.role(cond.column.table, cond.column.name) in ("label", "id")
                   for cond in self.conditions)

    def _list_columns(self) -> list[Col]:
        return [Col(self.base, c.name) for c in self.table.columns][:12]

    # --- what it explains -----------------------------------------------------------------------------

    def subject_noun(self) -> None:
        """An unknown noun where the subject stands (how many animals, which animal) names the base table's rows."""
        c, r = self.cues, self.reading
        if self.subject is not None:
            return
        anchors = [a for a in ([c.count] if c.count is not None else []) + [x.at for x in c.rankings] if a is not None]
        anchors += [i for i, t in enumerate(c.tokens) if t.lemma.lower() in ("which", "what", "어느", "어떤", "all",
                                                                             "every", "모든", "전체")]
        anchors += [i for i, t in enumerate(c.tokens) if t.kind == "num" and i in c.used and t.lemma.isdigit()
                    and any(x.limit == int(t.lemma) for x in c.rankings)]  # the 5 animals that ...
        for at in anchors:
            unit = c.tokens[at + 1].lemma if at + 1 < len(c.tokens) else ""
            if c.tokens[at].lemma == "몇" and unit in lexicon.UNIT_CONCEPTS:
                continue  # 나이는 몇 살: a value asked in its unit, not a count of the rows 나이 would name
            span = list(range(at + 1, min(len(c.tokens), at + 4)))
            if c.language == "ko":
                span = list(range(at + 1, min(len(c.tokens), at + 4))) + list(range(max(0, at - 2), at))
            for i in span:
                if c.language != "ko" and i + 1 < len(c.tokens) and c.tokens[i + 1].lemma.lower() == "of" \
                        and i + 2 < len(c.tokens) and self.at(i + 2) is not None:
                    continue  # what is the price of Cheerios: an attribute of the rows, not their name
                if i < at and c.tokens[i].has("이", "가") and not any(
                        t.lemma in ("많", "적", "많이", "적게") for t in c.tokens[at + 1:at + 3]):
                    continue  # 저축률이 가장 낮았던 달: what is low is a measure not found, not the rows
                if any(agg_at + 1 == i for _, agg_at in c.aggregates):
                    continue  # what's the average age: the figure asked, not the rows
                if i < at and i + 1 < len(c.tokens) and c.tokens[i + 1].lemma in ("중", "가운데"):
                    continue  # 다큐멘터리 중에서 가장 많은: some of the rows, named by a word the data lacks
                said = c.tokens[i].text
                if not c.tokens[i].korean and (said.endswith(("'s", "’s")) or i > 0 and said[:1].isupper()):
                    continue  # Alaska's packs: a name the data may not hold, not the rows' noun
                if i in c.content() and i not in r.explained and self.at(i) is None \
                        and c.tokens[i].kind in ("noun", "word") and not (
                        c.tokens[i].korean and c.tokens[i].lemma.endswith(QUANTITY_SUFFIXES)):
                    r.explained.add(i)
                    r.penalise("subject read as the table's rows", 0.08)
                    return

    def _unknown_measure(self) -> int | None:
        """The word an aggregate is of when no column is named for it (평균 나이, average age), if any.

        Not when a column's name goes on right after it (평균 로그 임금: log_wage), nor in Korean when the
        column comes before the aggregate (시급 평균 비교), unless the word is the topic (이주자들 평균 나이는).
        """
        c, r = self.cues, self.reading
        named = {i for m in r.mentions if m.kind == "column" and set(m.tokens) & r.explained for i in m.tokens}
        for _, at in c.aggregates:
            word = at + 1
            if word not in r.unexplained or c.tokens[word].kind not in ("noun", "word") or {word + 1, word + 2} & named:
                continue
            topic = c.tokens[word].after[:1] in (["은"], ["는"], ["이"], ["가"]) or word + 1 == len(c.tokens)
            if c.language == "ko" and at - 1 in named and not topic:  # not 차지하는: a verb's noun
                continue
            return word
        return None

    def _score_word(self, at: int) -> bool:
        """드로잉 점수, 15점, the colour score: a word for a score after the measure (or number) it scores.

        Only when no column of the tables is itself named a score (a score column would be meant).
        """
        c = self.cues
        if c.tokens[at].lemma.lower() not in SCORE_WORDS or at == 0 or any(
                set(f.words) & SCORE_WORDS for t in self.index.tables.values() for f in t.columns):
            return False
        before = at - 1
        return before not in self.reading.unexplained and (c.tokens[before].kind == "num" or any(
            m.column is not None and m.column.kind == "number" and max(m.tokens) == before for m in self.every))

    def finish(self) -> None:
        """Notes the subject and the words left unexplained, and penalises a total or average of an identifier."""
        r, c = self.reading, self.cues
        r.subject_table = self.subject.table if self.subject is not None else None
        self.subject_noun()
        content = c.content()
        r.unexplained = [i for i in content if i not in r.explained]
        plan = r.plan
        if plan is None:
            return
        for i in list(r.unexplained):
            token = c.tokens[i]
            if token.kind == "num" and any(cond.said and token.text in cond.said for cond in plan.conditions):
                r.unexplained.remove(i)
            elif self._days_are_rows(i) or self._score_word(i):
                r.unexplained.remove(i)
        unknown = self._unknown_measure()
        if unknown is not None and not r.refusal:  # 이주자 평균 나이, the average age of migrants: no age held
            r.refusal, r.refusal_words = "unknown_measure", [c.tokens[unknown].text]
        if any(m.agg in ("sum", "avg") and m.column is not None and
               self.index.role(m.column.table, m.column.name) in ("id", "year", "flag")
               for m in plan.measures):
            r.penalise("aggregate over an identifier", 0.5)
        if self._measure_left_out(plan):
            r.penalise("a measure named with its aggregate is not in the plan", 0.3)
        if self._counts_its_groups(plan):
            r.penalise("counted the distinct values of what it groups by (1 each)", 0.3)
        asked = [agg for agg, _ in self.unbound_aggregates if agg != "sum" or c.count is None]  # 합치면 몇 명: a count
        if not any(m.column is not None for m in plan.measures) and any(
                agg in ("sum", "avg", "median", "min", "max") for agg in asked):
            r.penalise("a total or an average asked of nothing the data holds", UNBOUND_AGGREGATE)
        if any(m.column is not None and m.column in plan.groups and m.agg not in ("count", "count_distinct")
               for m in plan.measures):
            r.penalise("grouped by the column it measures (each group its own value)", 0.3)
        if self._qualifier_not_held(plan):
            r.penalise("a word qualifying the measure names nothing in the data", QUALIFIER_NOT_HELD)
        r.dropped_number = self._number_dropped(plan)

    def _number_dropped(self, plan: Plan) -> bool:
        """4번 지역 read as the whole table: a number said that no condition, limit, period or value holds."""
        c = self.cues
        held: set[float] = set()
        for cond in [*plan.conditions, *plan.share_of]:
            values = cond.value if isinstance(cond.value, (list, tuple)) else [cond.value]
            held |= {float(v) for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)}
        if plan.limit is not None:
            held.add(float(plan.limit))
        dated = {i for p in c.periods for i in p.tokens | (p.until.tokens if p.until else set())}
        valued = {i for m in self.mentions if m.kind in ("value", "column") for i in m.tokens}
        for i, t in enumerate(c.tokens):
            number = t.number
            if number is None or i in dated or i in valued:
                continue
            if not any(abs(number - h) < 1e-9 or abs(number / 100 - h) < 1e-9 for h in held):
                return True
        return False

    def _qualifier_not_held(self, plan: Plan) -> bool:
        """Science score where the columns are math_score and reading_score: a kind of the measure not held.

        The measure's word names several columns alike, each with a word of its own (math, reading), and the word
        right before it, which would say which, is understood nowhere: the question names another kind of it.
        """
        c, r = self.cues, self.reading
        measured = {m.column for m in plan.measures if m.column is not None}
        for n, m in enumerate(self.mentions):
            if n not in self.used or m.kind != "column" or m.column is None or col(m.column) not in measured:
                continue
            before = min(m.tokens) - 1
            if before not in r.unexplained or c.tokens[before].kind not in ("noun", "word"):
                continue
            alike = {name for name, score in self._columns_said_by(m.tokens, m.column.table)
                     if abs(score - m.score) < 0.05}
            if len(alike) > 1:
                return True
        return False

    def _columns_said_by(self, tokens: frozenset[int], table: str) -> list[tuple[str, float]]:
        """The columns of a table (and how surely) the question's mentions of exactly these tokens name."""
        if self.said_by is None:
            self.said_by = columns_said_by(self.every)
        return self.said_by.get((tokens, table), [])

    def _counts_its_groups(self, plan: Plan) -> bool:
        """기업별 종업원 수 read as the firms per firm: a distinct count of the grouped entity is 1 in each group."""
        for m in plan.measures:
            if m.agg != "count_distinct" or m.column is None:
                continue
            refers = {link.target for link in self.index.tables[m.column.table].links if link.column == m.column.name}
            if any(g == m.column or g.table in refers for g in plan.groups):
                return True
        return False

    def _measure_left_out(self, plan: Plan) -> bool:
        """평균 연비가 가장 높은 실린더 수: the averaged mpg, said and taken, answered by no part of the plan."""
        placed = {m.column for m in plan.measures if m.column is not None} | set(plan.groups) | set(plan.show) | {
            cond.column for cond in [*plan.conditions, *plan.share_of]}
        aggregated = {at for _, at in self.cues.aggregates}
        return any(m.kind == "column" and m.column is not None and m.column.role == "measure" and m.score >= 0.9
                   and n in self.used and col(m.column) not in placed and any(0 < min(m.tokens) - at <= 2
                                                                                for at in aggregated)
                   for n, m in enumerate(self.mentions))

    def _days_are_rows(self, at: int) -> bool:
        """"sunny days", 맑은 날: in a table of one row per day, the word day names its rows."""
        if self.cues.tokens[at].lemma.lower() not in DAY_WORDS:
            return False
        found = self.at(at)
        return found is not None and found[1].kind == "column" and found[1].column is not None and \
            found[1].column.table == self.base and found[1].column.role == "date" and found[1].column.unique

    @staticmethod
    def latest(table_latest: dict[str, dt.date]) -> dt.date | None:
        """The latest of a table's latest dates, or None when it has no date column."""
        return max(table_latest.values()) if table_latest else None


PEOPLE_MEASURES = ("migrant", "migration", "이주자", "passenger", "승객", "visitor", "방문객", "attendance", "관중")
"""Columns that count people: what `people` / 사람 / 명 ask for when no measure is named."""
OUT_ROLE = frozenset({"origin", "source", "from", "sender", "exporter", "departure", "orig", "src", "출발", "출발지"})
IN_ROLE = frozenset({"destination", "dest", "target", "to", "receiver", "importer", "arrival", "도착", "도착지"})
"""Words of a reference column's name saying where things leave (origin_code) or arrive (destination_code)."""
FROM_WORDS = frozenset({"from", "leaving", "left", "out"})
TO_WORDS = frozenset({"to", "into", "toward", "towards", "entering"})
OUT_VERBS = frozenset({"left", "leave", "leaving", "sent", "send", "lost", "lose", "departed", "emigrated", "떠나",
                       "나가", "빠져나가", "전출", "보내", "잃"})
IN_VERBS = frozenset({"received", "receive", "gained", "gain", "attracted", "arrived", "entered", "들어오", "전입",
                      "받", "유입", "오"})
LIVING_WORDS = frozenset({"live", "reside", "살", "거주"})
"""Verbs of people living in a place (how many people live in Cook county)."""
MOVING_WORDS = frozenset({"move", "moved", "migrate", "migrated", "left", "leave", "went", "came", "arrived",
                          "relocated", "이주", "이사", "이동", "떠나", "나가", "빠져나가", "들어오", "가", "오",
                          "옮기"})
"""Verbs of people moving (how many people moved from Quebec to Ontario): a table of migrants sums them."""


def _past_share_of(c: Cues) -> int | None:
    """The first word after `share of (the, all, those)`, None when the share word has no `of` after it."""
    if c.share is None or c.share + 1 >= len(c.tokens) or c.tokens[c.share + 1].lemma.lower() != "of":
        return None
    i = c.share + 2
    while i < len(c.tokens) and c.tokens[i].lemma.lower() in ("the", "all", "those"):
        i += 1
    return i


def _says_code(said: str) -> bool:
    """The words said name a code (국가 코드, insurance codes): the codes themselves, not the names they stand for."""
    return bool(set(re.split(r"[\s_]+", said.strip().lower())) & CODE_WORDS)


def _earliest_first(ranking: Ranking) -> bool:
    """The oldest, the earliest, 가장 빠른: on a year or date column, the first year ranks first."""
    return ranking.concepts[:1] in (("age",), ("speed",))


DAY_WORDS = frozenset({"day", "date", "날", "일", "날짜", "하루"})
MAIN_WORDS = frozenset({"quantity", "qty", "amount", "unit", "volume", "sale", "revenue", "total", "count",
                        "수량", "금액", "매출", "판매량", "양"})
"""Name words of the quantity a table counts in (shipments: their quantity)."""
ARITHMETIC = re.compile(r"[÷×]|[^\d\s/]/[^\d\s/]|\b(divided by|plus|minus|times|multiplied by)\b|나눈|곱한|뺀 값",
                        re.IGNORECASE)
"""A figure asked as arithmetic on columns (a ratio, a product, a difference): no reading computes one yet."""
YES = ("yes", "y", "true", "t", "1", "예", "네", "있음", "o")
NO = ("no", "n", "false", "f", "0", "아니오", "아니요", "없음", "x")


def _in_units(comparison: Comparison, column: ColumnFacts | None) -> Any:
    """The number (or the two of a range) compared, in the column's unit.

    "over 5,000 million" or "over 5 billion" is 5,000 on a column of millions (`assets_millions`), 5,000,000,000
    on any other. A number said without a scale word is taken in the column's unit as it is.
    """
    scale = next((s for s, names in lexicon.SCALE_NAMES.items() if column is not None and set(column.words) & names
                  and comparison.scale > 1), 1)
    if comparison.percent and _is_fraction(column):
        scale = 100  # 식비 비중이 50%를 넘는: 0.5 on a share kept as a fraction
    low = _whole(comparison.value / scale)
    return [low, _whole((comparison.high or 0) / scale)] if comparison.op == "between" else low


def _is_fraction(column: ColumnFacts | None) -> bool:
    """A number column whose values are all from 0 to 1, not all whole (a share written as 0.38)."""
    return column is not None and column.kind == "number" and not column.integer \
        and column.minimum is not None and column.maximum is not None and 0 <= column.minimum and column.maximum <= 1


def _whole(value: float | None) -> float | int | None:
    """A number as the question wrote it: 5, not 5.0."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _yes_no(facts: ColumnFacts) -> tuple[object, object]:
    """The values meaning yes and no in a flag column."""
    if facts.kind == "number":
        return 1, 0
    if facts.kind == "boolean":
        return True, False
    values = {str(v).strip().lower(): v for v in facts.values}
    yes = next((values[v] for v in YES if v in values), None)
    no = next((values[v] for v in NO if v in values), None)
    return yes, no


def _closest(at: int, free: list[tuple[int, Mention]], mentions: list[Mention]) -> int:
    """The free measure mention nearest an aggregate word (ties: the one after it)."""
    best = min(free, key=lambda item: (min(abs(t - at) for t in item[1].tokens), -item[1].start))
    return best[0]


__all__ = ["Reader", "Reading", "lexicon"]


def _as_date(value: object) -> dt.date | None:
    """A range end as a date (a date, a datetime or its ISO text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None

