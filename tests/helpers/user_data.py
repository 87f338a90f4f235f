"""Users' data in tests: settings keeping it in a folder of the test's own, and a small order table to upload."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from agent.settings import Settings


def data_settings(folder: Path, **overrides: object) -> Settings:
    """Settings keeping users' data in `folder`, with no secrets file."""
    return Settings.from_env(data_dir=folder, secrets_file=folder / "secrets.toml", **overrides)


def orders_frame() -> pd.DataFrame:
    """A small order table: region, product, order date, quantity and amount."""
    regions = ["Seoul", "Busan", "Daegu", "Incheon"]
    products = ["Bolt", "Nut", "Gear"]
    rows = []
    for i in range(120):
        rows.append({
            "region": regions[i % 4],
            "product": products[(i * 7) % 3],
            "order_date": pd.Timestamp("2025-01-03") + pd.Timedelta(days=(i * 3) % 180),
            "qty": (i * 13) % 40 + 1,
            "amount": ((i * 37) % 90 + 10) * 100,
        })
    return pd.DataFrame(rows)
