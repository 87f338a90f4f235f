"""The bundled sample data as the tests know it: its folder and the headline question."""

from __future__ import annotations

from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
"""The bundled CSV tables (inventory, parts, stock_movements, suppliers, warehouses) and their descriptions."""
HEADLINE = "ABC-12345 부품의 재고는?"
"""The product's headline question; on the sample data its answer is 1,000."""
