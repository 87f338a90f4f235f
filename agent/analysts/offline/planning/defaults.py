"""Choices the question leaves open: the aggregate of a measure, and the measure an adjective ranks by."""

from __future__ import annotations

from agent.analysts.offline.schema.facts import ColumnFacts

AVERAGED = frozenset({
    "price", "cost", "rate", "ratio", "pct", "percent", "percentage", "share", "score", "rating", "grade", "age",
    "avg", "mean", "speed", "temperature", "temp", "humidity", "pressure", "latitude", "longitude", "lat", "lon",
    "margin", "discount", "wind", "salary", "wage", "income", "weight", "wt", "height", "size", "length", "width",
    "depth", "mpg", "efficiency", "density", "index", "level", "duration", "time", "delay", "hour", "minute",
    "second", "pulse", "bmi", "ozone", "solar", "carat", "horsepower", "hp", "rpm", "displacement", "disp",
    "sleep", "awake", "brainwt", "bodywt", "capacity", "concentration", "probability", "prob", "unemployment",
    "savings", "psavert", "uempmed", "가격", "단가", "비율", "평균", "점수", "나이", "연령", "온도", "기온", "무게",
    "키", "속도", "연비", "급여", "연봉", "임금", "소득", "시간", "길이", "비중", "율", "률", "맥박", "체중",
})
"""Name words of measures that are averaged when no aggregate is asked (intensive quantities)."""


def default_aggregate(column: ColumnFacts) -> str:
    """Average for intensive measures (prices, rates, ages, temperatures), else the total."""
    words = set(column.words) | {w[-1:] for w in column.words if w}
    if words & AVERAGED or any(w.endswith(("율", "률", "rate", "ratio", "pct")) for w in column.words):
        return "avg"
    if column.unit.lower() in ("%", "percent", "krw/unit", "usd/unit"):
        return "avg"
    if "per" in column.words[1:] or "당" in "".join(column.words[1:]):  # crimes_per_person: a rate of a thing
        return "avg"
    return "sum"
