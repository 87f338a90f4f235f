"""The answer in the question's language, written from the result rows only, with what it rests on.

The plan's details say what each result column is (agent.analysts.offline.sql.Built): the writer never
invents a number, it reads them from the rows (and says when the table was cut).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agent.analysts.base import Answer, QueryPlan
from agent.analysts.offline.writing.format import cell, josa, label, number
from agent.contract.i18n import pick
from agent.data.results import Results

LISTED = 5
TEXTS: dict[str, dict[str, str]] = {
    "value": {"en": "{measure}{where} is **{value}**.", "ko": "{where}{measure_topic} **{value}**입니다."},
    "count": {"en": "**{value}** rows of {table}{where}.", "ko": "{where}{table}의 행은 **{value}**건입니다."},
    "entity": {"en": "The {measure} of {noun} {value} is **{figure}**{unit}.",
               "ko": "{value} {noun}의 {measure_topic} **{figure}**{unit}입니다."},
    "values": {"en": "{where_lead}{pairs}.", "ko": "{where_lead}{pairs}입니다."},
    "group": {"en": "{measure} by {group}{where}: {items}{more}.",
              "ko": "{where}{group}별 {measure}: {items}{more}."},
    "extremes": {"en": " Highest: {high} ({high_value}); lowest: {low} ({low_value}).",
                 "ko": " 가장 높은 것은 {high}({high_value}), 가장 낮은 것은 {low}({low_value})입니다."},
    "total": {"en": " Total: {total} across {n} groups.", "ko": " {n}개 그룹의 합계는 {total}입니다."},
    "ranked": {"en": "{first}{where}: {items}.", "ko": "{where}{first}: {items}."},
    "top_group": {"en": "Top {n} by {measure}", "ko": "{measure} 상위 {n}개"},
    "bottom_group": {"en": "Bottom {n} by {measure}", "ko": "{measure} 하위 {n}개"},
    "one_highest": {"en": "**{name}** has the highest {measure} ({value}){where}.",
                    "ko": "{where}{measure}{이가} 가장 높은 것은 **{name}**({value})입니다."},
    "one_lowest": {"en": "**{name}** has the lowest {measure} ({value}){where}.",
                   "ko": "{where}{measure}{이가} 가장 낮은 것은 **{name}**({value})입니다."},
    "asked": {"en": " Its {pairs}.", "ko": " {pairs}입니다."},
    "row": {"en": "**{name}**{where}: {pairs}.", "ko": "{where}**{name}**의 {pairs}입니다."},
    "trend": {"en": "{measure} by {grain}{where}, {first} to {last}: from {start} to {end}; highest {peak} "
                    "({peak_at}), lowest {low} ({low_at}).",
              "ko": "{where}{grain} {measure}, {first}~{last}: {start}에서 {end}(으)로; 최고 {peak}({peak_at}), "
                    "최저 {low}({low_at})."},
    "difference": {"en": "The difference is **{gap}** ({first} against {second}).",
                   "ko": "차이는 **{gap}**입니다 ({first} 대 {second})."},
    "sum_of_two": {"en": "The two together make **{gap}** ({first} and {second}).",
                   "ko": "둘을 합치면 **{gap}**입니다 ({first} + {second})."},
    "change_rise": {"en": "An increase of **{lead}** ({other}): from {first} ({first_at}) to {second} ({second_at}).",
                    "ko": "{first_at} {first}에서 {second_at} {second}(으)로 **{lead}** 늘었습니다 ({other})."},
    "change_fall": {"en": "A decrease of **{lead}** ({other}): from {first} ({first_at}) to {second} ({second_at}).",
                    "ko": "{first_at} {first}에서 {second_at} {second}(으)로 **{lead}** 줄었습니다 ({other})."},
    "change_change": {"en": "A change of **{lead}** ({other}): from {first} ({first_at}) to {second} ({second_at}).",
                      "ko": "{first_at} {first}에서 {second_at} {second}(으)로 **{lead}** 변했습니다 ({other})."},
    "change_row": {"en": "**{name}**: {lead} ({other}), from {first} ({first_at}) to {second} ({second_at}).",
                   "ko": "**{name}**: {lead} ({other}), {first_at} {first} → {second_at} {second}."},
    "share": {"en": "{part_said} make up **{share}%**{where} ({part} of {whole}).",
              "ko": "{where}{part_said}의 비중은 **{share}%**입니다 (전체 {whole} 중 {part})."},
    "list": {"en": "{n} rows match{where}.", "ko": "{where}조건에 맞는 행은 {n}건입니다."},
    "list_cut": {"en": "At least {n} rows match{where}.", "ko": "{where}조건에 맞는 행은 {n}건 이상입니다."},
    "empty": {"en": "No rows matched the filters{where}.", "ko": "{where}조건에 맞는 데이터가 없습니다."},
    "where": {"en": " ({conditions})", "ko": "{conditions} 기준, "},
    "more": {"en": ", and {n} more", "ko": " 외 {n}개"},
    "cut": {"en": "The table shows the first {n:,} rows of the result.",
            "ko": "표에는 결과의 처음 {n:,}행만 보입니다."},
    "based_on": {"en": "Based on: {summary}", "ko": "기준: {summary}"},
    "assumed": {"en": "Assumed: {what}", "ko": "가정: {what}"},
    "unused": {"en": "Words I did not use: {words}", "ko": "사용하지 못한 단어: {words}"},
}
UNITS = {"pcs": {"ko": "개", "en": ""}, "개": {"ko": "개", "en": ""}, "krw": {"ko": "원", "en": " KRW"},
         "원": {"ko": "원", "en": " KRW"}, "usd": {"ko": "달러", "en": " USD"}, "%": {"ko": "%", "en": "%"}}
"""How a measure's unit (from the descriptions) follows a figure."""
GRAINS = {"en": {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
                 "weekday": "weekday", "hour": "hour", "decade": "decade"},
          "ko": {"day": "일별", "week": "주별", "month": "월별", "quarter": "분기별", "year": "연도별",
                 "weekday": "요일별", "hour": "시간대별", "decade": "연대별"}}


def say(key: str, language: str, **values: Any) -> str:
    """One of the writer's texts in the question's language, with `values` filled in."""
    return pick(TEXTS, key, language, **values)


def _where(details: dict[str, Any], language: str) -> str:
    conditions = details.get("conditions") or []
    return say("where", language, conditions=", ".join(conditions)) if conditions else ""


def _column(results: Results, name: str) -> list[Any]:
    return results.column(name) if name in results.columns else []


def _value_text(details: dict[str, Any], language: str, results: Results) -> str:
    row = results.rows[0]
    columns = dict(zip(results.columns, row, strict=False))
    measures = [n for n, r in details["columns"] if r == "measure"]
    where = _where(details, language)
    if details.get("counting") == "rows" and len(measures) == 1:
        return say("count", language, value=number(columns[measures[0]]), table=details["base"], where=where)
    entity = details.get("entity")
    if entity and len(measures) == 1:
        said = details.get("measure_said") or measures[0]
        if language != "ko" and said == measures[0] and said[:1].isupper() and said[1:2].islower():
            said = said[0].lower() + said[1:]  # The total quantity on hand of ...
        unit = UNITS.get(str(details.get("unit") or "").lower(), {}).get(language, "")
        return say("entity", language, measure=said, measure_topic=josa(said, "은/는"), noun=entity["noun"],
                   value=entity["value"], figure=number(columns[measures[0]]), unit=unit)
    if len(measures) == 1:
        name = measures[0]
        return say("value", language, measure=name, measure_topic=josa(name, "은/는"),
                   value=number(columns[name]), where=where)
    pairs = ", ".join(f"{n} **{number(columns[n])}**" for n in measures)
    return say("values", language, pairs=pairs, where_lead=where.strip(" (),") + ": " if where else "")


def _group_text(details: dict[str, Any], language: str, results: Results) -> str:
    groups = [n for n, r in details["columns"] if r == "group"]
    measures = [n for n, r in details["columns"] if r == "measure"]
    if not groups or not measures:
        return _list(details, language, results)
    measure = measures[0]
    pairs = [(" / ".join(label(v, language) for v in _key(results, row, groups)),
              number(dict(zip(results.columns, row, strict=False))[measure])) for row in results.rows]
    items = ", ".join(f"{k} {v}" if language == "ko" else f"{k}: {v}" for k, v in pairs[:LISTED])
    more = say("more", language, n=len(pairs) - LISTED) if len(pairs) > LISTED else ""
    if details.get("order") and details.get("limit"):
        if details["limit"] == 1 and pairs:
            return _ranked(details["order"], details, language, pairs[:1], measure)
        first = say("top_group" if details["order"] == "desc" else "bottom_group", language, n=len(pairs),
                    measure=measure)
        return say("ranked", language, first=first, items=items, where=_where(details, language))
    text = say("group", language, measure=measure, group=", ".join(groups), items=items, more=more,
               where=_where(details, language))
    values = [(k, row[results.columns.index(measure)]) for k, row in zip((p[0] for p in pairs), results.rows,
                                                                            strict=True)]
    numeric = [(k, v) for k, v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numeric) > 1:
        high, low = max(numeric, key=lambda kv: kv[1]), min(numeric, key=lambda kv: kv[1])
        text += say("extremes", language, high=high[0], high_value=number(high[1]), low=low[0],
                    low_value=number(low[1]))
        if details.get("aggregate") in ("sum", "count") and not results.truncated:
            text += say("total", language, total=number(sum(v for _, v in numeric)), n=len(numeric))
    return text


def _list(details: dict[str, Any], language: str, results: Results) -> str:
    """How many rows matched: at least that many when the table was cut."""
    return say("list_cut" if results.truncated else "list", language, n=number(results.row_count),
               where=_where(details, language))


def _key(results: Results, row: tuple[Any, ...], names: list[str]) -> list[Any]:
    return [row[results.columns.index(n)] for n in names]


def _one_row(shown: list[str], measures: list[str], details: dict[str, Any], language: str,
             results: Results) -> str:
    """One named row, not ranked (the house asked about): each figure or value asked of it."""
    row = dict(zip(results.columns, results.rows[0], strict=False))
    pairs = [(name, cell(row[name], None, language)) for name in [*shown[1:], *measures]]
    said = [josa(name, "은/는") + f" **{value}**" if language == "ko" else f"{name} **{value}**"
            for name, value in pairs]
    return say("row", language, name=label(row[shown[0]], language), pairs=", ".join(said),
               where=_where(details, language))


def _rows_text(details: dict[str, Any], language: str, results: Results) -> str:
    shown = [n for n, r in details["columns"] if r == "show"]
    measures = [n for n, r in details["columns"] if r == "measure"]
    if not shown and len(measures) > 1 and len(results.rows) == 1:  # 재직 연수 최댓값, then 그 교수 연봉은?
        row = dict(zip(results.columns, results.rows[0], strict=False))
        return " ".join(say("value", language, measure=name, measure_topic=josa(name, "은/는"),
                            value=cell(row[name], None, language), where="") for name in measures)
    if shown and not details.get("order") and len(results.rows) == 1 and len(shown) + len(measures) > 1:
        return _one_row(shown, measures, details, language, results)  # 그 집 대지 면적은?, 어느 주에 있어?
    if not shown or not measures:
        return _list(details, language, results)
    measure = measures[0]
    entries = [(label(row[results.columns.index(shown[0])], language),
                number(row[results.columns.index(measure)])) for row in results.rows]
    text = _ranked("asc" if details.get("order") == "asc" else "desc", details, language, entries, measure)
    if len(results.rows) == 1 and shown[1:]:  # the price of the house with the largest lot: what was asked of it
        row = dict(zip(results.columns, results.rows[0], strict=False))
        pairs = [(name, cell(row[name], None, language)) for name in shown[1:]]
        said = [josa(name, "은/는") + f" {value}" if language == "ko" else f"{name[:1].lower() + name[1:]} is {value}"
                for name, value in pairs]
        text += say("asked", language, pairs=", ".join(said))
    return text


def _trend_text(details: dict[str, Any], language: str, results: Results) -> str:
    period = next((n for n, r in details["columns"] if r == "period"), None)
    measure = next((n for n, r in details["columns"] if r == "measure"), None)
    groups = [n for n, r in details["columns"] if r == "group"]
    if period is None or measure is None or groups:
        return _group_text({**details, "columns": [(n, "group" if r == "period" else r)
                                                    for n, r in details["columns"]]}, language, results)
    grain = details.get("grain") or "month"
    points = [(row[results.columns.index(period)], row[results.columns.index(measure)]) for row in results.rows]
    values = [p for p in points if p[1] is not None]
    if not values:
        return say("empty", language, where=_where(details, language))
    peak = max(values, key=lambda p: p[1])
    low = min(values, key=lambda p: p[1])
    at = lambda v: cell(v, grain, language)  # noqa: E731 - a period as the grain shows it
    if details.get("order") and details.get("limit"):
        return _ranked(details["order"], details, language, [(at(p), number(v)) for p, v in values], measure)
    return say("trend", language, measure=measure, grain=GRAINS["ko" if language == "ko" else "en"].get(grain, grain),
               first=at(points[0][0]), last=at(points[-1][0]), start=number(values[0][1]),
               end=number(values[-1][1]), peak=number(peak[1]), peak_at=at(peak[0]), low=number(low[1]),
               low_at=at(low[0]), where=_where(details, language))


def _ranked(order: str, details: dict[str, Any], language: str, entries: list[tuple[str, str]], measure: str) -> str:
    """The named things a ranking kept, each with its figure: the one at the top, or the top N in order."""
    where = _where(details, language)
    if len(entries) == 1:
        key = "one_highest" if order == "desc" else "one_lowest"
        return say(key, language, name=entries[0][0], value=entries[0][1], measure=measure,
                   이가=josa(measure, "이/가")[len(measure):], where=where)
    first = say("top_group" if order == "desc" else "bottom_group", language, n=len(entries), measure=measure)
    items = ", ".join(f"{k} ({v})" for k, v in entries)
    return say("ranked", language, first=first, items=items, where=where)


def _share_text(details: dict[str, Any], language: str, results: Results) -> str:
    row = dict(zip(results.columns, results.rows[0], strict=False))
    names = {r: n for n, r in details["columns"]}
    return say("share", language, part_said=", ".join(details.get("share_of") or []),
               share=number(row[names["share"]]), part=number(row[names["part"]]),
               whole=number(row[names["whole"]]), where=_where(details, language))


def _difference_text(details: dict[str, Any], language: str, results: Results) -> str:
    row = dict(zip(results.columns, results.rows[0], strict=False))
    names = {r: n for n, r in details["columns"]}
    return say("sum_of_two" if details.get("summed") else "difference", language, gap=number(row[names["measure"]]),
               first=number(row[names["first"]]),
               second=number(row[names["second"]]))


def _change_values(details: dict[str, Any], language: str, row: dict[str, Any]) -> dict[str, str]:
    """A change row's figures for the writer's texts: the one asked first (증가율: the percentage), both periods."""
    names = {r: n for n, r in details["columns"]}
    moved = number(row[names["measure"]])
    percent = "—" if row[names["percent"]] is None else f"{number(row[names['percent']])}%"
    lead, other = (percent, moved) if details.get("percent") else (moved, percent)
    first_at, second_at = (f"{at}년" if language == "ko" and at.isdigit() else at
                           for at in (names["first"], names["second"]))
    return {"lead": lead, "other": other, "first": number(row[names["first"]]),
            "second": number(row[names["second"]]), "first_at": first_at, "second_at": second_at}


def _change_text(details: dict[str, Any], language: str, results: Results) -> str:
    row = dict(zip(results.columns, results.rows[0], strict=False))
    measure = row[next(n for n, r in details["columns"] if r == "measure")]
    way = details.get("way", "change")
    if isinstance(measure, int | float) and measure < 0:
        way = "change"  # 증가율 -9.65%: asked as a rise, it fell; said as a change
    return say(f"change_{way}", language, **_change_values(details, language, row))


def _change_rows_text(details: dict[str, Any], language: str, results: Results) -> str:
    groups = [n for n, r in details["columns"] if r == "group"]
    lines = []
    for values in results.rows[:LISTED]:
        row = dict(zip(results.columns, values, strict=False))
        lines.append(say("change_row", language, name=" · ".join(str(row[g]) for g in groups),
                         **_change_values(details, language, row)))
    if len(results.rows) > LISTED:
        lines.append(say("more", language, n=len(results.rows) - LISTED).lstrip(", "))
    return "\n".join(f"- {line}" for line in lines) if len(lines) > 1 else lines[0]


WRITERS: dict[str, Callable[[dict[str, Any], str, Results], str]] = {
    "value": _value_text, "group": _group_text, "trend": _trend_text, "rows": _rows_text, "share": _share_text,
    "difference": _difference_text, "change": _change_text, "change_group": _change_rows_text,
}


def _empty(details: dict[str, Any], results: Results | None) -> bool:
    if results is None or not results.rows:
        return True
    if details.get("shape") in ("value", "difference", "change"):
        measures = [n for n, r in details["columns"] if r == "measure"]
        return all(results.rows[0][results.columns.index(n)] is None for n in measures if n in results.columns)
    return False


def compose(plan: QueryPlan, results: Results | None) -> tuple[str, bool]:
    """The Markdown answer, and whether the result was empty."""
    details, language = plan.details, plan.language
    if plan.sql is None:
        return refusal_text(plan), False
    if _empty(details, results):
        return say("empty", language, where=_where(details, language)), True
    assert results is not None
    writer = WRITERS.get(details.get("shape", ""))
    text = writer(details, language, results) if writer else _list(details, language, results)
    notes = []
    if results.truncated:
        notes.append(say("cut", language, n=results.row_count))
    if plan.summary:
        notes.append(say("based_on", language, summary=plan.summary))
    if details.get("assumed"):
        notes.append(say("assumed", language, what=", ".join(details["assumed"])))
    if details.get("unused"):
        notes.append(say("unused", language, words=", ".join(details["unused"])))
    return text + "".join(f"\n\n_{n}_" for n in notes), False


def refusal_text(plan: QueryPlan) -> str:
    """Why the data cannot answer, the nearest columns, and questions it can answer."""
    ko = plan.language == "ko"
    lead = "다음과 같이 질문해 보세요:" if ko else "You could ask, for example:"
    bullets = "\n".join(f"- {s}" for s in plan.suggestions)
    return f"{plan.reason}\n\n{lead}\n{bullets}" if bullets else plan.reason


def write(plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None],
          confidence: Callable[[QueryPlan, bool, bool], float]) -> Answer:
    """Write the answer, emit it, and settle the final confidence."""
    content, empty = compose(plan, results)
    emit_token(content)
    truncated = bool(results is not None and results.truncated)
    return Answer(content, confidence(plan, empty, truncated))
