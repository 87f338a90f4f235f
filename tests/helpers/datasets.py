"""Deterministic test tables of other shapes: two weather tables (text dates) and a sales table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

WEATHER_KINDS = ("drizzle", "rain", "sun", "snow", "fog")
COUNTRIES = ("Korea", "Japan", "USA", "Germany", "France")
PRODUCTS = ("Widget", "Gadget", "Gizmo", "Doohickey")


def seattle_weather(seed: int = 7) -> pd.DataFrame:
    """Daily weather 2012-2015 with dates as text like `2012/01/01` and a weather kind column."""
    rng = np.random.default_rng(seed)
    days = pd.date_range("2012-01-01", "2015-12-31", freq="D")
    n = len(days)
    season = np.cos((days.day_of_year.to_numpy() - 200) / 365 * 2 * np.pi)
    kind = rng.choice(WEATHER_KINDS, size=n, p=(0.1, 0.4, 0.4, 0.05, 0.05))
    rain = np.where(np.isin(kind, ("rain", "drizzle", "snow")), rng.gamma(1.5, 3.0, n), 0.0)
    temp_max = 15 + 12 * season + rng.normal(0, 3, n)
    return pd.DataFrame({
        "date": days.strftime("%Y/%m/%d"),
        "precipitation": rain.round(1),
        "temp_max": temp_max.round(1),
        "temp_min": (temp_max - 8 - rng.uniform(0, 4, n)).round(1),
        "wind": rng.uniform(0.5, 9.0, n).round(1),
        "weather": kind,
    })


def daily_weather(seed: int = 11) -> pd.DataFrame:
    """Daily weather 2000-2001 with dates as text like `Jan 1 2000` and a numeric rain column."""
    rng = np.random.default_rng(seed)
    days = pd.date_range("2000-01-01", "2001-12-31", freq="D")
    n = len(days)
    wet = rng.random(n) < 0.35
    return pd.DataFrame({
        "date": [f"{d:%b} {d.day} {d.year}" for d in days],
        "rain": np.where(wet, rng.gamma(2.0, 4.0, n), 0.0).round(1),
        "temperature": (12 + 10 * np.sin((days.day_of_year.to_numpy() - 100) / 365 * 2 * np.pi)
                        + rng.normal(0, 2, n)).round(1),
        "sunshine_hours": rng.uniform(0, 12, n).round(1),
    })


def orders(seed: int = 3) -> pd.DataFrame:
    """Sales orders 2023-2024: order_id, order_date (ISO), country, product, units, revenue."""
    rng = np.random.default_rng(seed)
    n = 1500
    start = dt.date(2023, 1, 1)
    offsets = np.sort(rng.integers(0, 731, n))
    units = rng.integers(1, 40, n)
    price = {"Widget": 12.5, "Gadget": 30.0, "Gizmo": 7.25, "Doohickey": 55.0}
    product = rng.choice(PRODUCTS, size=n)
    return pd.DataFrame({
        "order_id": [f"ORD-{i:05d}" for i in range(1, n + 1)],
        "order_date": [(start + dt.timedelta(days=int(o))).isoformat() for o in offsets],
        "country": rng.choice(COUNTRIES, size=n),
        "product": product,
        "units": units,
        "revenue": (units * np.array([price[p] for p in product])).round(2),
    })


def korean_sales(seed: int = 5) -> pd.DataFrame:
    """A table with Korean column names and values: 판매일, 지역, 제품명, 매출액, 수량."""
    rng = np.random.default_rng(seed)
    n = 400
    return pd.DataFrame({
        "판매일": pd.date_range("2024-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
        "지역": rng.choice(("서울", "부산", "대구"), size=n),
        "제품명": rng.choice(("사과", "배", "포도"), size=n),
        "매출액": rng.integers(100, 1000, n),
        "수량": rng.integers(1, 10, n),
    })


def write_all(folder: Path) -> dict[str, Path]:
    """Write each dataset into its own sub-folder (one database per dataset); return the folders."""
    out = {}
    for name, frame in (("seattle_weather", seattle_weather()), ("daily_weather", daily_weather()),
                        ("orders", orders())):
        sub = folder / name
        sub.mkdir(parents=True, exist_ok=True)
        frame.to_csv(sub / f"{name}.csv", index=False)
        out[name] = sub
    return out
