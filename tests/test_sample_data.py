"""Tests for scripts/generate_sample_data.py and the committed data/sample CSVs."""

import importlib.util
from pathlib import Path

import duckdb
import pandas as pd
import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE = REPO_ROOT / "data" / "sample"
TABLES = ("warehouses", "suppliers", "parts", "inventory", "stock_movements")


def load_generator():
    """Import the generator script as a module (scripts/ is not a package)."""
    path = REPO_ROOT / "scripts" / "generate_sample_data.py"
    spec = importlib.util.spec_from_file_location("generate_sample_data", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = load_generator()


@pytest.fixture(scope="module")
def sample():
    return {name: pd.read_csv(SAMPLE / f"{name}.csv") for name in TABLES}


def test_generator_is_deterministic(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert gen.main(["--out", str(first)]) == 0
    assert gen.main(["--out", str(second)]) == 0
    for name in TABLES:
        assert (first / f"{name}.csv").read_bytes() == (second / f"{name}.csv").read_bytes(), name


def test_committed_sample_matches_generator():
    assert gen.main(["--check"]) == 0


def test_check_detects_stale_data(tmp_path):
    gen.main(["--out", str(tmp_path)])
    (tmp_path / "parts.csv").write_text("part_id\n", encoding="utf-8")
    assert gen.main(["--check", "--out", str(tmp_path)]) == 1


def test_key_part_totals_1000_across_four_warehouses(sample):
    parts, inventory = sample["parts"], sample["inventory"]
    assert parts.loc[parts.part_id == "ABC-12345", "part_name"].item() == "Ball Bearing 6204"
    rows = inventory[inventory.part_id == "ABC-12345"]
    assert rows.quantity_on_hand.sum() == 1000
    assert rows.warehouse_id.nunique() == 4


def test_part_ids_look_like_abc_12345(sample):
    parts = sample["parts"]
    assert parts.part_id.str.fullmatch(r"[A-Z]{3}-\d{5}").all()
    assert parts.part_id.is_unique
    assert 100 <= len(parts) <= 150


def test_movements_cover_twelve_months(sample):
    moves = sample["stock_movements"]
    months = pd.to_datetime(moves.movement_date).dt.to_period("M")
    assert months.nunique() >= 12
    assert months.min() <= pd.Period("2025-01") and months.max() >= pd.Period("2025-12")
    assert set(moves.movement_type) == {"receipt", "shipment"}
    assert (moves.quantity > 0).all()
    assert moves.movement_id.is_unique
    assert 5_000 <= len(moves) <= 8_000


def test_foreign_keys_hold(sample):
    parts, inventory, moves = sample["parts"], sample["inventory"], sample["stock_movements"]
    assert set(parts.supplier_id) <= set(sample["suppliers"].supplier_id)
    assert set(inventory.part_id) <= set(parts.part_id)
    assert set(inventory.warehouse_id) <= set(sample["warehouses"].warehouse_id)
    assert not inventory.duplicated(["part_id", "warehouse_id"]).any()
    stocked = set(zip(inventory.part_id, inventory.warehouse_id, strict=True))
    assert set(zip(moves.part_id, moves.warehouse_id, strict=True)) <= stocked


def test_some_rows_below_reorder_point(sample):
    inventory = sample["inventory"]
    share = (inventory.quantity_on_hand < inventory.reorder_point).mean()
    assert 0.05 <= share <= 0.20


def test_scaled_parquet_mode(tmp_path):
    out = tmp_path / "big"
    assert gen.main(["--out", str(out), "--movements", "200000", "--format", "parquet"]) == 0
    con = duckdb.connect()
    path = str(out / "stock_movements.parquet")
    assert con.execute("select count(*) from read_parquet(?)", [path]).fetchone()[0] == 200_000
    inv = str(out / "inventory.parquet")
    total = con.execute(
        "select sum(quantity_on_hand) from read_parquet(?) where part_id = 'ABC-12345'", [inv]
    ).fetchone()[0]
    assert total == 1000
