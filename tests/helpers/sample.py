"""The bundled sample data as the tests know it: its folder and the headline question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
"""The bundled CSV tables (inventory, parts, stock_movements, suppliers, warehouses) and their descriptions."""
HEADLINE = "ABC-12345 부품의 재고는?"
"""The product's headline question; on the sample data its answer is 1,000."""



def part_stock_by_warehouse(part_id: str = "ABC-12345") -> list[list[Any]]:
    """A part's stock per warehouse, by warehouse name, as pandas computes it (what 창고별로는? answers)."""
    import pandas as pd

    inventory = pd.read_csv(SAMPLE / "inventory.csv").merge(pd.read_csv(SAMPLE / "warehouses.csv"))
    totals = inventory[inventory.part_id == part_id].groupby("warehouse_name").quantity_on_hand.sum().sort_index()
    return [[str(name), int(units)] for name, units in totals.items()]


def top_part_stock_by_warehouse(n: int, part_id: str = "ABC-12345") -> list[list[Any]]:
    """The `n` warehouses holding most of a part, most first."""
    return sorted(part_stock_by_warehouse(part_id), key=lambda row: -row[1])[:n]
