"""One-sentence answers per result shape (single value, breakdown, trend, list) in Korean or English."""

from __future__ import annotations

import numbers
from typing import Any

from agent.analysts.offline.formatting import cell, josa, number
from agent.analysts.offline.lexicon import AGGREGATE_NAMES, GRAIN_NAMES
from agent.analysts.offline.words import is_hangul

SHOWN = 5


def measure_phrase(d: dict[str, Any], ko: bool) -> str:
    """`total quantity_on_hand` / `quantity_on_hand 합계` (or the question's Korean word)."""
    agg = d["aggregate"]
    if agg == "count":
        entity = d["entity"] or {}
        what = (entity.get("word") if ko else entity.get("table")) or d["base"]
        return f"{what} 개수" if ko else f"number of {what}"
    word = d["measure_word"]
    if ko and word and is_hangul(word) and len(word) >= 2 and (agg == "sum" or d["single_row"]):
        return word
    if d["single_row"]:
        return d["measure"]
    name = AGGREGATE_NAMES["ko" if ko else "en"][agg]
    return f"{d['measure']} {name}" if ko else f"{name} {d['measure']}"


def with_unit(value: Any, d: dict[str, Any], ko: bool) -> str:
    """A number, with 개 for counts and piece quantities in Korean."""
    return number(value) + ("개" if ko and d["pieces"] and d["aggregate"] in ("sum", "count") else "")


def _filters(d: dict[str, Any]) -> list[str]:
    """Filter labels, with the entity (`part ABC-12345`) first unless the sentence names it."""
    entity = d["entity"] or {}
    named = d["mode"] == "value" or not entity.get("value")
    return d["filters"] if named else [f"{entity['word']} {entity['value']}", *d["filters"]]


def _conditions(d: dict[str, Any], ko: bool) -> str:
    if not _filters(d):
        return ""
    joined = ", ".join(_filters(d))
    return f"조건({joined})에 맞는 " if ko else f" ({joined})"


def single(d: dict[str, Any], value: Any, ko: bool) -> str:
    """The answer for one number."""
    entity, cond = d["entity"], _conditions(d, ko)
    shown = with_unit(value, d, ko)
    if d["aggregate"] == "count" and d.get("days"):
        days = number(value)
        return f"{cond}날은 총 {days}일입니다." if ko else f"There are {days} days{cond}."
    if d["aggregate"] == "count" and entity and not entity.get("value"):
        if ko:
            return f"{cond}{josa(entity['word'], '은/는')} 총 {shown}입니다."
        return f"There are {shown} {entity['table']}{cond}."
    phrase = measure_phrase(d, ko)
    if ko:
        current = "현재 " if d["stock_like"] else ""
        subject = f"{entity['value']} {entity['word']}의 " if entity and entity.get("value") else ""
        return f"{cond}{subject}{current}{josa(phrase, '은/는')} {shown}입니다."
    if d["aggregate"] == "count" and not entity:
        return f"There are {shown} rows in {d['base']}{cond}."
    subject = f" of {entity['word']} {entity['value']}" if entity and entity.get("value") else ""
    return f"The {phrase}{subject}{cond} is {shown}."


def breakdown(d: dict[str, Any], columns: list[str], rows: list[tuple], ko: bool) -> str:
    """Groups: the count of groups, highest and lowest, total; or the ranked top N."""
    lang, alias = "ko" if ko else "en", d["measure_alias"]
    keys, vi = [columns.index(g) for g in d["groups"]], columns.index(alias)
    group = ", ".join(d["groups"])
    phrase, cond = measure_phrase(d, ko), _conditions(d, ko)
    names = [" / ".join(cell(r[k], language=lang) for k in keys) for r in rows]
    named = [f"{name} ({with_unit(r[vi], d, ko)})" for name, r in zip(names, rows, strict=True)]
    if d["limit"] == 1 and rows:
        if ko:
            best = "가장 낮은" if d["order"] == "asc" else "가장 높은"
            return f"{cond}{phrase} 기준 {best} {group}: {named[0]}입니다."
        return (f"{names[0]} has the {'lowest' if d['order'] == 'asc' else 'highest'} {phrase}{cond}: "
                f"{with_unit(rows[0][vi], d, ko)}.")
    if d["limit"]:
        listed = ", ".join(named[:SHOWN]) + (" …" if len(named) > SHOWN else "")
        if ko:
            return f"{cond}{phrase} 기준 {'하위' if d['order'] == 'asc' else '상위'} {len(rows)}개 {group}: {listed}."
        return f"{'Bottom' if d['order'] == 'asc' else 'Top'} {len(rows)} {group} by {phrase}{cond}: {listed}."
    values = [r[vi] for r in rows if isinstance(r[vi], numbers.Number) and not isinstance(r[vi], bool)]
    valued = [i for i, r in enumerate(rows) if r[vi] is not None] or list(range(len(rows)))
    high = max(valued, key=lambda i: rows[i][vi] or 0)
    low = min(valued, key=lambda i: rows[i][vi] or 0)
    total = d["aggregate"] in ("sum", "count") and values
    if ko:
        text = f"{cond}{group}별 {phrase}: {len(rows)}개 그룹 중 가장 높은 것은 {named[high]}, " \
               f"가장 낮은 것은 {named[low]}입니다."
        return text + (f" 전체 합계는 {with_unit(sum(values), d, ko)}입니다." if total else "")
    text = f"{phrase.capitalize()} by {group}{cond} across {len(rows)} groups: highest {named[high]}, " \
           f"lowest {named[low]}."
    return text + (f" Total {with_unit(sum(values), d, ko)}." if total else "")


def trend(d: dict[str, Any], columns: list[str], rows: list[tuple], ko: bool) -> str:
    """A trend: first and last period, and the peak."""
    grain, alias = d["grain"], d["measure_alias"]
    pi, vi = columns.index(grain), columns.index(alias)
    lang = "ko" if ko else "en"
    periods = sorted({r[pi] for r in rows if r[pi] is not None})
    if not periods:
        return ""
    totals = {p: sum(r[vi] or 0 for r in rows if r[pi] == p) for p in periods}
    peak = max(periods, key=lambda p: totals[p])
    first, last = periods[0], periods[-1]
    show = {p: cell(p, grain, lang) for p in (first, last, peak)}
    phrase, cond, name = measure_phrase(d, ko), _conditions(d, ko), GRAIN_NAMES[lang][grain]
    if len(periods) == 1:
        only = with_unit(totals[first], d, ko)
        if ko:
            return f"{cond}{show[first]} {phrase}: {only}."
        return f"{phrase.capitalize()}{cond} in {show[first]}: {only}."
    if ko:
        return (f"{cond}{name} {phrase}: {show[first]}부터 {show[last]}까지 {len(periods)}개 기간, "
                f"처음 {with_unit(totals[first], d, ko)}, 마지막 {with_unit(totals[last], d, ko)}, "
                f"최고 {with_unit(totals[peak], d, ko)} ({show[peak]}).")
    return (f"{name.capitalize()} {phrase}{cond} from {show[first]} to {show[last]} ({len(periods)} periods): "
            f"{with_unit(totals[first], d, ko)} in {show[first]}, {with_unit(totals[last], d, ko)} in "
            f"{show[last]}; peak {with_unit(totals[peak], d, ko)} in {show[peak]}.")


def listing(d: dict[str, Any], columns: list[str], rows: list[tuple], truncated: bool, ko: bool) -> str:
    """Rows matching conditions: how many, and the first few identifiers."""
    n = number(len(rows))
    firsts = list(dict.fromkeys(cell(r[0], language="ko" if ko else "en") for r in rows))
    examples = ", ".join(firsts[:SHOWN])
    more = " …" if len(firsts) > SHOWN else ""
    cond = ", ".join(_filters(d))
    if ko:
        head = f"조건({cond})에 맞는 " if cond else ""
        amount = f"{n}개 이상" if truncated else f"{n}개"
        return f"{head}{d['base']} 행은 {amount}입니다. 예: {examples}{more}."
    amount = f"At least {n}" if truncated else n
    return f"{amount} rows of {d['base']} match{' ' + cond if cond else ''}, e.g. {examples}{more}."
