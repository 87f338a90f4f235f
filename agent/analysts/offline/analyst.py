"""`OfflineAnalyst`: the schema-driven analyst that needs no language model."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from agent.analysts.base import Answer, ChartHint, Language, QueryPlan, Turn
from agent.analysts.offline import confidence, sql
from agent.analysts.offline.planning import change, difference, followups, steps
from agent.analysts.offline.planning.plan import Measure, Plan
from agent.analysts.offline.planning.planner import Planned, plan_question, unfound
from agent.analysts.offline.planning.planner import score as score_reading
from agent.analysts.offline.planning.reading import Reading
from agent.analysts.offline.question.korean import analyser
from agent.analysts.offline.schema.index import SchemaIndex, index_for
from agent.analysts.offline.writing import reasons, summary, writer
from agent.analysts.offline.writing.next_questions import next_questions
from agent.analysts.offline.writing.suggestions import nearest_columns, suggest
from agent.data.catalog import Catalog
from agent.data.database import Database
from agent.data.results import Results

STANDS_ALONE = 0.85
"""The reading score at which a question on another table than the previous one is taken as a new question."""
PLAN_KEY = "plan"
"""Where the plan is kept in `QueryPlan.details` (and so in the turn, for follow-ups)."""
GAP_REASON = {"en": "the gap of the last two answers", "ko": "앞의 두 답의 차이"}
"""What the confidence of a difference between two answers rests on."""
SUM_REASON = {"en": "the sum of the last two answers", "ko": "앞의 두 답의 합"}
CHANGE_REASON = {"en": "the change between the last two answers", "ko": "앞의 두 답 사이의 변화"}
"""What the confidence of a change between the last two answers rests on."""


def chart_hint(plan: Plan, built: sql.Built) -> ChartHint | None:
    """A line for a trend, bars for a breakdown or a ranking, nothing for single values."""
    measures = built.named("measure") or built.named("share")
    if not measures:
        return None
    if plan.shape == "trend":
        period = built.named("period")
        groups = built.named("group")
        return ChartHint("line", period[0], measures[0], groups[0] if groups else None) if period else None
    if plan.shape == "group" and plan.limit != 1:
        groups = built.named("group")
        return ChartHint("bar", groups[0], measures[0], groups[1] if len(groups) > 1 else None) if groups else None
    if plan.shape == "rows" and (plan.limit or 0) > 1:
        shown = built.named("show")
        return ChartHint("bar", shown[0], measures[0]) if shown else None
    return None


def _own_measure(planned: Planned) -> bool:
    """The question names its own measure or count (not one read only from the previous question)."""
    cues, best = planned.cues, planned.best
    if cues.count is not None or cues.rows is not None or cues.share is not None:
        return True
    measured = {x.column for x in best.plan.measures if x.column} if best.plan else set()
    if best.plan is not None and cues.rankings and any(x.column is None for x in best.plan.measures) and any(
            m.kind == "table" and m.table == best.plan.base and set(m.tokens) & best.explained
            for m in best.mentions):
        return True  # which sector has the most firms, 기업이 가장 많은 국가: the rows it names, counted
    return any(m.kind == "column" and m.column is not None and m.column.role == "measure"
               and m.column.ref_col() in measured and set(m.tokens) & best.explained for m in best.mentions)


def _own_subject(planned: Planned) -> bool:
    """The question names what it is about: a filter, a grouping, a period or a ranking of rows of its own."""
    plan = planned.best.plan
    if planned.cues.periods:
        return True
    return plan is not None and bool(plan.conditions or plan.groups or plan.share_of or plan.shape in ("rows", "trend"))


def _stands_alone(standalone: Reading, previous: Plan) -> bool:
    """A strong reading with its own measure on another table than the previous question's.

    Not one the previous question read too (평점은? on films, after a film of film_genres joined to films).
    """
    plan = standalone.plan
    return plan is not None and plan.base != previous.base and plan.base not in previous.tables() \
        and bool(plan.measures) and plan.shape != "rows" and standalone.score >= STANDS_ALONE


def _one_row_each(previous: Plan, index: SchemaIndex, database: Database) -> bool:
    """The previous breakdown shows each group's single row (항공사 D 연도별 연료 가격): its figures are the rows."""
    if previous.shape not in ("group", "trend"):
        return False
    counted = replace(previous, measures=[Measure("count")], over="max", order=None, limit=None, share_of=[])
    built = sql.build(counted, index)
    rows = database.execute(built.sql, built.params).rows
    return bool(rows) and rows[0][0] == 1


RANKED_LABELS = 1000
"""The most labels of a previous ranking a follow-up keeps ("those five"); a longer top N (top 100000) keeps none."""


def _ranked_labels(previous: Plan, index: SchemaIndex, database: Database) -> list[Any]:
    """The labels the previous ranking showed (its top 5 firms), in its order; none past RANKED_LABELS."""
    built = sql.build(previous, index)
    named = built.named("group") or built.named("show") or built.named("period")
    if not named:
        return []
    at = [name for name, _ in built.columns].index(named[0])
    results = database.execute(built.sql, built.params, max_rows=RANKED_LABELS)
    return [] if results.truncated else [row[at] for row in results.rows if row[at] is not None]


def _with_follow_up(planned: Planned, previous: Plan, index: SchemaIndex, database: Database,
                    earlier: Plan | None = None) -> Planned:
    """The follow-up reading instead of the standalone one, when the question continues the previous."""
    cont = followups.continue_from(previous, planned.cues, index, planned.mentions,
                                   one_row_each=lambda: _one_row_each(previous, index, database),
                                   ranked_labels=lambda: _ranked_labels(previous, index, database), earlier=earlier)
    cont.score = score_reading(cont, planned.cues, index) - 0.05 if cont.plan is not None else -1.0
    standalone = planned.best
    if standalone.refusal == "forecast":
        return planned  # 내년 연봉 총합을 예측해 줘: the future is not in the data, after any answer
    if planned.cues.total and planned.cues.share is None and not followups.points_back(planned.cues) \
            and standalone.plan is not None and _own_measure(planned):
        return planned  # 조교수는 몇 명이야?, then 전체 교수의 평균 재직 연수는?: all of them, not the previous ones
    weak = standalone.plan is None or standalone.refusal is not None or standalone.score < confidence.FLOOR
    if cont.plan is None:
        return planned
    follows = followups.said_so(planned.cues) or weak
    if not follows and _stands_alone(standalone, previous):
        follows = False  # a full question about another table (월별 출고량 after a stock figure)
    elif not follows and followups.marked(planned.cues):
        follows = True
    elif not follows and followups.opened(planned.cues):
        follows = not _own_measure(planned)
    elif not follows and standalone.plan is not None and standalone.plan.shape == "list" \
            and not planned.cues.listing and not _own_measure(planned):
        follows = True  # 8기통에서는?: a value alone, after an answer, swaps the previous question's value
    elif not follows and not _own_subject(planned) and (previous.conditions or previous.groups):
        follows = cont.score >= standalone.score - 0.1  # 최고 연봉은? after the Boston players' average salary
    elif not follows:
        follows = not _own_measure(planned) and cont.score >= standalone.score - 0.1
    if follows:
        return Planned(cont, standalone if standalone.plan is not None else None, planned.cues, planned.mentions,
                       [cont, *planned.readings])
    return planned


class OfflineAnalyst:
    """Reads questions against the schema's roles and answers from the rows, in Korean or English."""

    def __init__(self) -> None:
        threading.Thread(target=analyser, name="korean-analyser-warm-up", daemon=True).start()

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        """The query for a question, or why the data cannot answer it."""
        index = index_for(catalog, database)
        planned = plan_question(question, language, index, database)
        if planned.cues.fresh:
            history = []  # 다른 질문인데, new question: nothing before it is continued
        summed = difference.sum_asked(planned.cues)
        last_first = difference.first_is_last(planned.cues, history)
        gap = difference.of_last_two(history, index, language, summed, last_first) if summed or difference.asked(
            planned.cues) or difference.subtracted(planned.cues, history) else None
        if gap is not None:
            return self._difference(question, language, gap, history)
        previous = followups.previous_plan(history[-1].details) if history else None
        if previous is not None and not followups.applies(previous, index):
            previous = None
        earlier = followups.previous_plan(history[-2].details) if len(history) >= 2 else None
        if previous is not None:
            planned = _with_follow_up(planned, previous, index, database, earlier)
        if planned.cues.change is not None:
            moved = self._change(question, language, planned, previous, history, index)
            if moved is not None:
                return moved
            planned = plan_question(question, language, index, database, changes=False)  # 증가율 may name a column
            if previous is not None:
                planned = _with_follow_up(planned, previous, index, database, earlier)
        counted = self._steps(question, language, planned, index)
        if counted is not None:
            return counted
        best = planned.best
        missing = unfound(planned)
        if missing:
            return self._not_found(question, language, planned, index, missing)
        if best.plan is not None and not best.refusal and confidence.only_resembles(planned):
            best.refusal = "resembles"
        if best.plan is None or best.refusal or confidence.refuses(planned):
            return self._refusal(question, language, planned, index)
        built = sql.build(best.plan, index, language)
        details = summary.details(best.plan, built, planned, index, language)
        details[PLAN_KEY] = best.plan.to_dict()
        if "follow-up" in best.plan.notes and history:
            details["follow_up_of"] = history[-1].question
        score = confidence.plan_confidence(planned)
        reasons_given = reasons.confidence_reasons(planned, index, language)
        before = history[-1].confidence if history else None
        if "follow-up" in best.plan.notes and before is not None:
            score = min(score, round(before + confidence.INHERITED, 3))  # no surer than what it continues
        if "follow-up" not in best.plan.notes and followups.points_back(planned.cues):
            score = min(score, confidence.UNRESOLVED)  # their average, after no answer it can continue
            reasons_given = [*reasons_given[:reasons.MAX_REASONS - 1], reasons.unresolved(language)]
        hint = chart_hint(best.plan, built)
        mark = planned.cues.chart
        if hint is not None and mark is not None:
            hint = ChartHint(mark, hint.x, hint.y, hint.color)
        return QueryPlan(question, language, built.sql, built.params, tables=built.tables,
                         summary=summary.summarize(best.plan, planned, index, language), confidence=score,
                         chart=hint, details=details,
                         confidence_reasons=reasons_given,
                         alternatives=reasons.alternatives(planned, index, database, language),
                         next_questions=next_questions(best.plan, index, database, language))

    @staticmethod
    def _steps(question: str, language: Language, planned: Planned, index: SchemaIndex) -> QueryPlan | None:
        """전년보다 떨어진 해는 몇 번: the periods that moved from the one before, counted over the question's trend."""
        step = steps.asked(planned.cues)
        if step is None:
            return None
        built = (steps.build(plan, step, index, language, planned.mentions)
                 for plan in steps.close_plans(planned.readings))
        found = next((found for found in built if found is not None), None)
        if found is None:
            return None
        counted, trend = found
        return QueryPlan(question, language, counted.sql, counted.params, tables=counted.tables,
                         summary=summary.summarize(trend, planned, index, language),
                         confidence=min(confidence.plan_confidence(planned), steps.SURE),
                         details={"shape": "value", "columns": counted.columns},
                         confidence_reasons=reasons.confidence_reasons(planned, index, language))

    @staticmethod
    def _difference(question: str, language: Language, gap: difference.Difference, history: list[Turn]) -> QueryPlan:
        """둘 차이는?, 둘 합치면?: the gap (or sum) of the last two answers, no surer than the less sure of them."""
        reason = (SUM_REASON if gap.summed else GAP_REASON)["ko" if language == "ko" else "en"]
        return QueryPlan(question, language, gap.sql, gap.params, tables=gap.tables,
                         summary=(" + " if gap.summed else " − ").join(gap.questions),
                         confidence=difference.sure_of_last_two(history, confidence.FLOOR),
                         details={"shape": "difference", "columns": gap.columns, "follow_up_of": history[-1].question,
                                  "summed": gap.summed},
                         confidence_reasons=[reason])

    @staticmethod
    def _change(question: str, language: Language, planned: Planned, previous: Plan | None, history: list[Turn],
                index: SchemaIndex) -> QueryPlan | None:
        """How much a figure moved, or None when there are not two figures to compare.

        Between the question's two years, since the previous answer's year, or over the last two answers.
        """
        best, cues = planned.best, planned.cues
        pair = None
        if best.plan is not None and not best.refusal:
            own = "follow-up" not in best.plan.notes or len(cues.periods) >= 2 or any(p.until for p in cues.periods)
            pair = change.in_question(best.plan, index) if own else None
            if pair is None and previous is not None:
                pair = change.after_previous(best.plan, previous, index)
        moved = change.build(pair, history, cues, index, language)
        if moved is None:
            return None
        follows = pair is None or best.plan is not None and "follow-up" in best.plan.notes
        if pair is None:
            score = difference.sure_of_last_two(history, confidence.FLOOR)
            given = [CHANGE_REASON["ko" if language == "ko" else "en"]]
            said = " → ".join(t.question for t in history[-2:])
        else:
            score = confidence.plan_confidence(planned)
            before = history[-1].confidence if history else None
            if follows and before is not None:
                score = min(score, round(before + confidence.INHERITED, 3))
            given = reasons.confidence_reasons(planned, index, language)
            said = " → ".join(summary.summarize(p, planned, index, language) for p in pair)
        details = {"shape": "change_group" if moved.grouped else "change", "columns": moved.columns,
                   "way": moved.way, "percent": moved.percent}
        if follows and history:
            details["follow_up_of"] = history[-1].question
        groups = [n for n, r in moved.columns if r == "group"]
        lead = moved.columns[len(groups)][0]
        hint = ChartHint("bar", groups[0], lead) if groups else None
        return QueryPlan(question, language, moved.sql, moved.params, tables=moved.tables, summary=said,
                         confidence=score, chart=hint, details=details, confidence_reasons=given)

    @staticmethod
    def _refusal(question: str, language: Language, planned: Planned, index: SchemaIndex) -> QueryPlan:
        reason = summary.refusal(planned, index, language)
        return QueryPlan(question, language, None, summary=reason, confidence=confidence.REFUSAL,
                         details={"shape": "refusal", "nearest": nearest_columns(planned, index)},
                         suggestions=suggest(index, language), reason=reason)

    @staticmethod
    def _not_found(question: str, language: Language, planned: Planned, index: SchemaIndex,
                   missing: list[str]) -> QueryPlan:
        reason = summary.not_found(missing, language)
        return QueryPlan(question, language, None, summary=reason, confidence=confidence.REFUSAL,
                         details={"shape": "refusal", "not_found": missing,
                                  "nearest": nearest_columns(planned, index)},
                         suggestions=suggest(index, language), reason=reason)

    def write(self, plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None]) -> Answer:
        """Write the answer from the result rows, in the plan's language."""
        return writer.write(plan, results, emit_token, confidence.answer_confidence)
