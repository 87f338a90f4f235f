"""What was understood, in the question's language: the summary line, the writer's notes, the refusal."""

from __future__ import annotations

from typing import Any

from agent.analysts.offline.planning.plan import Col, Condition, Plan
from agent.analysts.offline.planning.planner import Planned
from agent.analysts.offline.question.tokens import HANGUL
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.sql import Built
from agent.analysts.offline.writing.format import josa
from agent.analysts.offline.writing.names import column_words, measure_name
from agent.analysts.offline.writing.suggestions import nearest_columns
from agent.contract.i18n import pick

OPS = {"=": "=", "!=": "≠", "<": "<", "<=": "≤", ">": ">", ">=": "≥", "in": "in", "not in": "not in",
       "between": "between"}
GAPS = {"is null": ("missing", "없음"), "is not null": ("recorded", "있음")}
TEXTS = {
    "by": {"en": "by {groups}", "ko": "{groups}별"},
    "top": {"en": "top {n}", "ko": "상위 {n}"},
    "bottom": {"en": "bottom {n}", "ko": "하위 {n}"},
    "where": {"en": "where {conditions}", "ko": "조건: {conditions}"},
    "no_group_value": {"en": "rows without a {groups} left out", "ko": "{groups} 값이 없는 행 제외"},
    "of": {"en": "in {table}", "ko": "{table} 테이블"},
    "share": {"en": "share of {part}", "ko": "{part}의 비중"},
    "grain": {"en": "per {grain}", "ko": "{grain} 단위"},
    "assumed_agg": {"en": "{name} ({agg} chosen, none was asked)",
                    "ko": "{name} (집계 방식을 지정하지 않아 {agg})"},
    "no_subject": {"en": "I could not tell what the question is about in this data.",
                   "ko": "이 데이터에서 질문이 무엇에 관한 것인지 알 수 없습니다."},
    "not_understood": {"en": "I could not match {words} to the data, so I give no figure.",
                       "ko": "{words}을(를) 데이터에서 찾지 못해 수치를 드리지 않습니다."},
    "out_of_range": {"en": "The data has no rows for {asked}: it covers {held}.",
                     "ko": "데이터에 {asked} 자료가 없습니다: {held} 자료만 있습니다."},
    "forecast": {"en": "The data holds past values only; it cannot tell the future.",
                 "ko": "데이터에는 과거 값만 있어 미래를 예측할 수 없습니다."},
    "cause": {"en": "The data records what happened, not why: it holds no reasons or causes. I can show the "
                    "figures themselves (ask for them by name).",
              "ko": "데이터에는 일어난 일만 있고 그 이유나 원인은 없습니다. "
                    "수치 자체는 보여 드릴 수 있습니다(항목 이름으로 물어 주세요)."},
    "no_time": {"en": "The data has no date or year column for {words}.",
                "ko": "{words}에 해당하는 날짜나 연도 열이 데이터에 없습니다."},
    "no_time_at_all": {"en": "The data has no date or year column.", "ko": "데이터에 날짜나 연도 열이 없습니다."},
    "no_group": {"en": "The data has nothing to group by {words}.",
                 "ko": "데이터에 {words}에 해당하는 열이 없어 나눌 수 없습니다."},
    "no_measure": {"en": "I found no column to compute that on.", "ko": "계산할 열을 찾지 못했습니다."},
    "no_part": {"en": "I could not tell which part to take the share of.",
                "ko": "어느 부분의 비중인지 알 수 없습니다."},
    "resembles": {"en": "I could not tell which table or columns the question is about: its words only resemble "
                        "names in this data, so I give no figure.",
                  "ko": "질문이 어느 테이블이나 열에 관한 것인지 알 수 없습니다. "
                        "질문의 단어가 이 데이터의 이름과 비슷할 뿐이라 수치를 드리지 않습니다."},
    "nearest": {"en": "Nearest columns: {columns}.", "ko": "가까운 열: {columns}."},
    "not_found": {"en": "I could not find {names} in the data, so I give no figure.",
                  "ko": "{names}{을를} 데이터에서 찾을 수 없습니다."},
}
GRAIN_NAMES = {"day": "일", "week": "주", "month": "월", "quarter": "분기", "year": "연도", "weekday": "요일",
               "hour": "시간", "decade": "10년"}
"""A trend's grain in Korean, before 단위 (연도 단위, not year 단위)."""
AGG_WORDS = {"en": {"avg": "average", "sum": "total"}, "ko": {"avg": "평균", "sum": "합계"}}


def condition_text(cond: Condition, index: SchemaIndex, language: str = "en") -> str:
    """A condition as people read it: `cyl = 8`, `carat > 2`, `cut in Ideal, Premium`, or as it was said."""
    numbered = cond.op == "between" and isinstance(cond.value, list) and cond.column.name != "*" and \
        index.role(cond.column.table, cond.column.name) == "measure"  # age 18–24, not "are between 18 and 24"
    if cond.part or cond.op == "range" or (cond.said and cond.op == "between" and not cond.having and not numbered):
        return cond.said or f"{column_words(index, cond.column, language)} {cond.value}"
    if cond.having:
        return f"{OPS[cond.op]} {cond.value}"
    if cond.op in GAPS:  # wage missing, 시급 있음
        return f"{column_words(index, cond.column, language)} {GAPS[cond.op][language == 'ko']}"
    if cond.op in ("largest", "smallest"):  # 가장 큰 학교 (students 수 기준), 가장 큰 창고 (면적 기준)
        return _picked_text(cond, index, language)
    if cond.rows:  # schools with more than 90 students
        return _sized_text(cond, index, language)
    if cond.via:  # origin = Quebec: the reference it is said by, not the table's own column
        base = _base_of(index, cond)
        words = index.column(base, cond.via).words if base is not None else (cond.via,)
        role = " ".join(w for w in words if w not in ("code", "id", "key", "no"))
        value = ", ".join(map(str, cond.value)) if isinstance(cond.value, list) else str(cond.value)
        return f"{role} {OPS.get(cond.op, cond.op)} {value}"
    value = ", ".join(map(str, cond.value)) if isinstance(cond.value, list) else str(cond.value)
    if isinstance(cond.value, Col):  # below reorder point: another column of the row
        value = column_words(index, cond.value, language)
    if cond.op == "between" and isinstance(cond.value, list):  # age 18–24, 나이 25–34
        return f"{column_words(index, cond.column, language)} {cond.value[0]}–{cond.value[1]}"
    return f"{column_words(index, cond.column, language)} {OPS.get(cond.op, cond.op)} {value}"


def _base_of(index: SchemaIndex, cond: Condition) -> str | None:
    """The table whose column `cond.via` refers to the condition's table."""
    return next((t.name for t in index.tables.values() for lk in t.links
                 if lk.column == cond.via and lk.target == cond.column.table), None)


def _sized_groups(cond: Condition, index: SchemaIndex, language: str) -> str:
    """What a sized condition's groups are called: the table its column refers to (schools), else the column."""
    link = next((lk for lk in index.tables[cond.column.table].links if lk.column == cond.column.name), None)
    return link.target if link is not None else column_words(index, cond.column, language)


def _picked_text(cond: Condition, index: SchemaIndex, language: str) -> str:
    """The largest schools as said, and what they are the largest by: their rows, or a size column."""
    said = cond.said
    if cond.rows:
        size = f"{cond.column.table} 수" if language == "ko" else f"number of {cond.column.table}"
        said = said or _sized_groups(cond, index, language)
    else:
        size = column_words(index, cond.column, language)
    return f"{said} ({size} 기준)" if language == "ko" else f"{said} (by {size})"


def _sized_text(cond: Condition, index: SchemaIndex, language: str) -> str:
    """Schools with > 90 students, 학생 > 90인 학교: the groups kept by their number of rows."""
    groups = _sized_groups(cond, index, language)
    if language == "ko":
        return f"{cond.column.table} {OPS[cond.op]} {cond.value}인 {groups}"
    return f"{groups} with {OPS[cond.op]} {cond.value} {cond.column.table}"


def details(plan: Plan, built: Built, planned: Planned, index: SchemaIndex, language: str) -> dict[str, Any]:
    """The facts the writer needs, JSON-friendly."""
    counting = "rows" if plan.measures and all(m.column is None for m in plan.measures) else None
    assumed = [pick(TEXTS, "assumed_agg", language, name=measure_name(index, m, language),
                    agg=AGG_WORDS["ko" if language == "ko" else "en"].get(m.agg, m.agg))
               for m in plan.measures if m.assumed and plan.shape not in ("rows",)]
    cues = planned.cues
    entity = _entity(plan, planned, index, language)
    return {
        "entity": entity,
        "measure_said": _said(plan, language),
        "unit": index.column(plan.measures[0].column.table, plan.measures[0].column.name).unit
        if len(plan.measures) == 1 and plan.measures[0].column else "",
        "shape": plan.shape, "base": plan.base, "columns": built.columns, "counting": counting,
        "conditions": [condition_text(c, index, language) for c in plan.conditions],
        "share_of": [condition_text(c, index) if isinstance(c.value, bool)  # in metro = True, not True alone
                     else condition_text(c, index).split(" = ")[-1] for c in plan.share_of],
        "order": plan.order, "limit": plan.limit, "grain": plan.grain, "assumed": assumed,
        "aggregate": plan.measures[0].agg if plan.measures else None,
        "unused": [cues.tokens[i].text for i in planned.best.unexplained],
        "tables": plan.tables(),
    }


def _said(plan: Plan, language: str) -> str | None:
    """The question's own word for its one measure, unless said in Korean for an English answer."""
    said = plan.measures[0].said if len(plan.measures) == 1 else None
    if not said or (language != "ko" and HANGUL.search(said)):
        return None
    return said


def _entity(plan: Plan, planned: Planned, index: SchemaIndex, language: str) -> dict[str, str] | None:
    """The one thing a value question is about (part ABC-12345): its value and the noun the question used."""
    if plan.shape != "value" or len(plan.measures) != 1 or any(c.via for c in plan.conditions):
        return None  # from Quebec to Ontario: two things, not one
    for cond in plan.conditions:
        if cond.having:
            continue
        facts = index.column(cond.column.table, cond.column.name)
        if cond.op == "=" and facts.role in ("id", "label") and isinstance(cond.value, str):
            noun = _noun_near(cond, planned) or " ".join(w for w in facts.words if w not in NOT_NOUNS) or " ".join(
                index.tables[cond.column.table].words)
            return {"value": cond.value, "noun": noun}
    return None


NOT_NOUNS = frozenset({"id", "code", "name", "no", "number", "en", "ko", "kr", "eng", "kor"})
"""Words of a label column's name that name no entity (name_en: the English name of the currency)."""


def _noun_near(cond: Condition, planned: Planned) -> str | None:
    """The question's own word for the entity, next to its value (ABC-12345 부품, part ABC-12345)."""
    tokens = planned.cues.tokens
    at = next((i for i, t in enumerate(tokens) if t.text.lower() == str(cond.value).lower() or
               t.lemma.lower() == str(cond.value).lower()), None)
    if at is None:  # said loosely (B 창고 for WH-B): the token of the value's mention
        at = next((m.start for m in planned.mentions if m.kind == "value" and m.value == cond.value), None)
    if at is None:
        return None
    for j in (at + 1, at - 1) if planned.cues.language == "ko" else (at - 1, at + 1):
        if 0 <= j < len(tokens) and tokens[j].kind in ("noun", "word") and j not in planned.cues.used:
            if any(m.kind in ("table", "column") and j in m.tokens for m in planned.mentions):
                return tokens[j].text.rstrip("의은는이가")
    return None


def summarize(plan: Plan, planned: Planned, index: SchemaIndex, language: str) -> str:
    """One line: what was computed, on what, for which rows."""
    def t(key: str, **values: Any) -> str:
        return pick(TEXTS, key, language, **values)

    parts = [", ".join(measure_name(index, m, language, plan.base) for m in plan.measures)] if plan.measures else []
    if plan.shape == "share":
        parts = [t("share", part=", ".join(condition_text(c, index, language) for c in plan.share_of))]
    if plan.grain:
        parts.append(t("grain", grain=GRAIN_NAMES.get(plan.grain, plan.grain) if language == "ko" else plan.grain))
    if plan.groups:
        parts.append(t("by", groups=", ".join(column_words(index, g, language) for g in plan.groups)))
    if plan.limit:
        parts.append(t("top" if plan.order != "asc" else "bottom", n=plan.limit))
    parts.append(t("of", table=", ".join(plan.tables())))
    if plan.conditions:
        parts.append(t("where", conditions=", ".join(condition_text(c, index, language) for c in plan.conditions)))
    gaps = [g for g in plan.groups if plan.shape == "group" and index.column(g.table, g.name).nulls]
    if gaps:  # sql.build leaves rows without a group's value out of the breakdown: said, not hidden
        parts.append(t("no_group_value", groups=", ".join(column_words(index, g, language) for g in gaps)))
    return ", ".join(p for p in parts if p)


def refusal(planned: Planned, index: SchemaIndex, language: str) -> str:
    """Why no figure is given, with the nearest columns."""
    best, cues = planned.best, planned.cues
    words = best.refusal_words if best.refusal == "unknown_measure" else [cues.tokens[i].text for i in best.unexplained]
    if best.refusal in ("forecast", "cause"):
        text = pick(TEXTS, best.refusal, language)
    elif best.refusal == "no_group":
        text = pick(TEXTS, "no_group", language, words=", ".join(f"“{w}”" for w in best.refusal_words))
    elif best.refusal == "no_time":
        text = pick(TEXTS, "no_time", language, words=", ".join(f"“{w}”" for w in best.refusal_words)) \
            if best.refusal_words else pick(TEXTS, "no_time_at_all", language)
    elif best.refusal == "out_of_range":
        text = pick(TEXTS, "out_of_range", language, asked=best.refusal_words[0], held=best.refusal_words[1])
    elif best.refusal == "resembles":
        text = pick(TEXTS, "resembles", language)
    elif best.refusal in ("no_measure", "no_part"):
        text = pick(TEXTS, best.refusal, language)
    elif words:
        text = pick(TEXTS, "not_understood", language, words=", ".join(f"“{w}”" for w in words))
    else:
        text = pick(TEXTS, "no_subject", language)
    near = nearest_columns(planned, index)
    if near:
        text += " " + pick(TEXTS, "nearest", language, columns=", ".join(near))
    return text


def not_found(names: list[str], language: str) -> str:
    """A name the data does not hold: said so, never guessed."""
    joined = ", ".join(names)
    return pick(TEXTS, "not_found", language, names=joined, 을를=josa(joined, "을/를")[len(joined):])
