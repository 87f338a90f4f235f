"""Deterministically generate the sample (or a scaled benchmark) inventory dataset."""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import string
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "data" / "sample"
DEFAULT_SEED = 20250101
DEFAULT_MOVEMENTS = 6_000
CHUNK_ROWS = 1_000_000  # fixed: the movement stream depends on it, so changing it changes the data

TABLES = ("warehouses", "suppliers", "parts", "inventory", "stock_movements")

YEAR_START = dt.date(2025, 1, 1)
YEAR_END = dt.date(2025, 12, 31)

KEY_PART_ID = "ABC-12345"
KEY_PART_NAME = "Ball Bearing 6204"
KEY_PART_SUPPLIER = "SUP-03"
KEY_PART_COST = 4.85
# (warehouse_id, quantity_on_hand, reorder_point): quantities sum to exactly 1000.
KEY_PART_STOCK = (("WH-A", 400, 120), ("WH-B", 300, 100), ("WH-C", 200, 80), ("WH-D", 100, 60))

PARTS_PER_CATEGORY = 20
BELOW_REORDER_SHARE = 0.12

WAREHOUSES = (
    # warehouse_id, warehouse_name, city, country, relative activity
    ("WH-A", "Seoul Central", "Seoul", "South Korea", 1.5),
    ("WH-B", "Busan Port", "Busan", "South Korea", 1.2),
    ("WH-C", "Incheon Logistics Hub", "Incheon", "South Korea", 1.0),
    ("WH-D", "Osaka Kansai DC", "Osaka", "Japan", 0.8),
    ("WH-E", "Los Angeles West", "Los Angeles", "USA", 0.7),
)

SUPPLIERS = (
    ("SUP-01", "Hanil Precision", "South Korea"),
    ("SUP-02", "Daehan Hydraulics", "South Korea"),
    ("SUP-03", "Nippon Bearing Works", "Japan"),
    ("SUP-04", "Osaka Denki Parts", "Japan"),
    ("SUP-05", "Shenzhen Sensorix", "China"),
    ("SUP-06", "Ningbo Fastener Group", "China"),
    ("SUP-07", "Rheinland Filtertechnik", "Germany"),
    ("SUP-08", "Great Lakes Industrial Supply", "USA"),
)

# category -> (candidate suppliers, unit cost range, typical shipment size, receipt pack size)
CATEGORIES = {
    "Fasteners": (("SUP-06", "SUP-01", "SUP-08"), (0.05, 2.50), 60.0, 100),
    "Bearings": (("SUP-03", "SUP-01", "SUP-08"), (3.00, 60.00), 8.0, 10),
    "Electrical": (("SUP-04", "SUP-05", "SUP-08"), (4.00, 150.00), 4.0, 5),
    "Hydraulics": (("SUP-02", "SUP-07", "SUP-08"), (12.00, 420.00), 3.0, 2),
    "Filters": (("SUP-07", "SUP-02", "SUP-04"), (4.00, 80.00), 10.0, 12),
    "Sensors": (("SUP-05", "SUP-04", "SUP-07"), (18.00, 350.00), 2.0, 2),
}

# Activity per month (Jan..Dec) and share of movements that are shipments:
# stock is built up in Q3 (more receipts) and drawn down in a busier Q4 (more shipments).
MONTH_ACTIVITY = (0.85, 0.80, 0.95, 1.00, 1.00, 0.95, 0.90, 0.92, 1.02, 1.10, 1.20, 1.25)
MONTH_SHIPMENT_SHARE = (0.78, 0.77, 0.78, 0.78, 0.78, 0.77, 0.72, 0.72, 0.74, 0.82, 0.85, 0.86)
RECEIPT_SIZE = (2.5, 5.0)  # a receipt is this many typical shipments, rounded up to whole packs
WEEKEND_ACTIVITY = 0.2
HOLIDAY_ACTIVITY = 0.1
HOLIDAYS = {  # New Year, Seollal, Chuseok, Christmas (2025)
    dt.date(2025, 1, 1), dt.date(2025, 1, 28), dt.date(2025, 1, 29), dt.date(2025, 1, 30),
    dt.date(2025, 10, 5), dt.date(2025, 10, 6), dt.date(2025, 10, 7), dt.date(2025, 12, 25),
}


def candidate_part_names() -> dict[str, list[str]]:
    """Realistic part names per category (more than needed; a subset is sampled)."""
    metric = (4, 5, 6, 8, 10, 12, 16)
    return {
        "Fasteners": [f"Hex Bolt M{d}x{4 * d + 10}" for d in metric]
        + [f"Socket Head Cap Screw M{d}x{3 * d + 5}" for d in metric]
        + [f"Hex Nut M{d}" for d in metric]
        + [f"Nylon Lock Nut M{d}" for d in metric]
        + [f"Flat Washer M{d}" for d in metric]
        + [f"Spring Washer M{d}" for d in metric]
        + [f"Anchor Bolt M{d}x{10 * d}" for d in (8, 10, 12, 16)],
        "Bearings": [f"Ball Bearing 62{i:02d}" for i in range(0, 11) if i != 4]
        + [f"Ball Bearing 63{i:02d}" for i in range(0, 9)]
        + [f"Tapered Roller Bearing 302{i:02d}" for i in range(3, 11)]
        + [f"Needle Roller Bearing NK{i}/20" for i in (15, 20, 25, 30)]
        + [f"Pillow Block Bearing UCP2{i:02d}" for i in range(4, 11)],
        "Electrical": [f"Contactor {a}A 24VDC" for a in (9, 12, 18, 25, 32)]
        + [f"Miniature Circuit Breaker {a}A" for a in (6, 10, 16, 20, 32)]
        + [f"Relay {v}VDC {c}" for v in (12, 24) for c in ("SPDT", "DPDT")]
        + [f"Terminal Block {s} mm2" for s in ("2.5", "4", "6", "10")]
        + [f"Fuse {a}A Slow-Blow" for a in (2, 5, 10)]
        + [f"Power Supply 24VDC {a}A" for a in ("2.5", "5", "10")]
        + [f"Cable Gland M{s}" for s in (16, 20, 25)]
        + ["Limit Switch Roller Lever", "Emergency Stop Push Button"],
        "Hydraulics": [f"Hydraulic Hose {s} in x 1 m" for s in ("1/4", "3/8", "1/2", "3/4")]
        + [f"Gear Pump {c} cc/rev" for c in (4, 8, 11, 16)]
        + [f"Directional Control Valve 4/3 NG{n}" for n in (6, 10)]
        + [f"Relief Valve {b} bar" for b in (100, 210, 315)]
        + [f"Hydraulic Cylinder {b}x{s}" for b in (40, 50, 63) for s in (200, 300)]
        + [f"Quick Coupler {s} in" for s in ("1/4", "3/8", "1/2")]
        + [f"O-Ring Kit NBR {n} pcs" for n in (382, 419)],
        "Filters": [f"Oil Filter {c}" for c in ("OF-100", "OF-150", "OF-220", "OF-300")]
        + [f"Air Filter Element {c}" for c in ("AF-80", "AF-120", "AF-160", "AF-200")]
        + [f"Hydraulic Return Filter {m} micron" for m in (3, 10, 25)]
        + [f"Suction Strainer {s} in" for s in ("3/4", "1", "1-1/2")]
        + [f"Fuel Filter {c}" for c in ("FF-10", "FF-20", "FF-30")]
        + [f"Panel Air Filter {w}x{h}" for w, h in ((300, 300), (400, 400), (500, 500), (600, 600))]
        + ["Breather Filter 40 micron", "Coolant Filter Bag 50 micron"],
        "Sensors": [f"Inductive Proximity Sensor M{d} PNP" for d in (8, 12, 18, 30)]
        + [f"Photoelectric Sensor Diffuse {r} mm" for r in (100, 300, 1000)]
        + [f"Pressure Transducer 0-{b} bar" for b in (10, 100, 250, 400)]
        + [f"Temperature Sensor PT100 {ln} mm" for ln in (50, 100, 150)]
        + [f"Thermocouple Type K {ln} mm" for ln in (100, 200)]
        + [f"Rotary Encoder {p} PPR" for p in (360, 1000, 1024)]
        + ["Float Level Switch", "Flow Sensor DN25", "Vibration Sensor 4-20 mA"],
    }


def make_warehouses() -> pd.DataFrame:
    """The five warehouses."""
    rows = [w[:4] for w in WAREHOUSES]
    return pd.DataFrame(rows, columns=["warehouse_id", "warehouse_name", "city", "country"])


def make_suppliers() -> pd.DataFrame:
    """The eight suppliers."""
    return pd.DataFrame(list(SUPPLIERS), columns=["supplier_id", "supplier_name", "country"])


def random_part_ids(rng: np.random.Generator, n: int, taken: set[str]) -> list[str]:
    """`n` unique ids like 'QXT-04817' that are not in `taken`."""
    letters = np.array(list(string.ascii_uppercase))
    ids: list[str] = []
    seen = set(taken)
    while len(ids) < n:
        part_id = "".join(rng.choice(letters, 3)) + f"-{int(rng.integers(0, 100_000)):05d}"
        if part_id not in seen:
            seen.add(part_id)
            ids.append(part_id)
    return ids


def make_parts(rng: np.random.Generator) -> pd.DataFrame:
    """About 120 parts (20 per category), including the fixed key part ABC-12345."""
    rows = [(KEY_PART_ID, KEY_PART_NAME, "Bearings", KEY_PART_SUPPLIER, KEY_PART_COST)]
    names = candidate_part_names()
    for category, (suppliers, (low, high), _, _) in CATEGORIES.items():
        n = PARTS_PER_CATEGORY - (1 if category == "Bearings" else 0)
        chosen = rng.choice(names[category], n, replace=False)
        supplier = rng.choice(suppliers, n, p=[0.6, 0.25, 0.15])
        cost = np.exp(rng.uniform(np.log(low), np.log(high), n)).round(2)
        rows += [(None, str(a), category, str(b), float(c))
                 for a, b, c in zip(chosen, supplier, cost, strict=True)]
    new_ids = iter(random_part_ids(rng, len(rows) - 1, {KEY_PART_ID}))
    rows = [(r[0] or next(new_ids), *r[1:]) for r in rows]
    columns = ["part_id", "part_name", "category", "supplier_id", "unit_cost"]
    df = pd.DataFrame(rows, columns=columns)
    return df.sort_values("part_id", ignore_index=True)


def part_demand(rng: np.random.Generator, parts: pd.DataFrame) -> pd.DataFrame:
    """Per-part hidden demand profile: popularity, typical shipment size, receipt pack size."""
    base = parts["category"].map({c: v[2] for c, v in CATEGORIES.items()}).to_numpy()
    pack = parts["category"].map({c: v[3] for c, v in CATEGORIES.items()}).to_numpy()
    return pd.DataFrame({
        "part_id": parts["part_id"],
        "popularity": rng.lognormal(0.0, 0.8, len(parts)),
        "scale": base * rng.lognormal(0.0, 0.5, len(parts)),
        "pack": pack,
    })


def stocking_pairs(rng: np.random.Generator, parts: pd.DataFrame) -> pd.DataFrame:
    """Which warehouses stock which part (~70% coverage); ABC-12345 is in WH-A..WH-D."""
    wh_ids = np.array([w[0] for w in WAREHOUSES])
    wh_p = np.array([w[4] for w in WAREHOUSES])
    wh_p = wh_p / wh_p.sum()
    rows = []
    for part_id in parts["part_id"]:
        if part_id == KEY_PART_ID:
            chosen = [w for w, _, _ in KEY_PART_STOCK]
        else:
            k = rng.choice([2, 3, 4, 5], p=[0.15, 0.35, 0.30, 0.20])
            chosen = sorted(rng.choice(wh_ids, k, replace=False, p=wh_p))
        rows += [(part_id, str(w)) for w in chosen]
    return pd.DataFrame(rows, columns=["part_id", "warehouse_id"])


def make_inventory(rng: np.random.Generator, pairs: pd.DataFrame,
                   demand: pd.DataFrame) -> pd.DataFrame:
    """Stock snapshot at year end; ~12% of rows sit below their reorder point."""
    wh_factor = pairs["warehouse_id"].map({w[0]: w[4] for w in WAREHOUSES}).to_numpy()
    scale = pairs["part_id"].map(demand.set_index("part_id")["scale"]).to_numpy()
    n = len(pairs)
    reorder = np.round(scale * wh_factor * rng.uniform(3, 6, n) / 5) * 5  # multiples of 5
    reorder = np.maximum(5, reorder).astype(np.int64)
    qty = np.floor(reorder * rng.uniform(1.1, 4.0, n)).astype(np.int64)
    is_key = (pairs["part_id"] == KEY_PART_ID).to_numpy()
    below = rng.choice(np.flatnonzero(~is_key), round(BELOW_REORDER_SHARE * n), replace=False)
    qty[below] = np.floor(reorder[below] * rng.uniform(0.0, 0.95, len(below))).astype(np.int64)
    key = {w: (q, r) for w, q, r in KEY_PART_STOCK}
    for i in np.flatnonzero(is_key):
        qty[i], reorder[i] = key[pairs["warehouse_id"].iat[i]]
    counted = [YEAR_END - dt.timedelta(days=int(d)) for d in rng.integers(0, 90, n)]
    return pairs.assign(quantity_on_hand=qty, reorder_point=reorder, last_counted=counted)


def day_weights() -> tuple[np.ndarray, np.ndarray]:
    """Dates of the year (datetime64[D]) and their relative movement activity."""
    days = np.arange(np.datetime64(YEAR_START), np.datetime64(YEAR_END) + 1)
    months = days.astype("datetime64[M]").astype(int) % 12
    weekday = (days.astype(np.int64) + 3) % 7  # 0 = Monday (1970-01-01 was a Thursday)
    weights = np.asarray(MONTH_ACTIVITY)[months]
    weights = np.where(weekday >= 5, weights * WEEKEND_ACTIVITY, weights)
    holiday = np.isin(days, np.array(sorted(HOLIDAYS), dtype="datetime64[D]"))
    return days, np.where(holiday, weights * HOLIDAY_ACTIVITY, weights)


def movement_chunks(seed: int, n_rows: int, inventory: pd.DataFrame, demand: pd.DataFrame):
    """Yield stock_movements as Arrow tables of <= CHUNK_ROWS rows, sorted by date."""
    days, weights = day_weights()
    counts = np.random.default_rng([seed, 1]).multinomial(n_rows, weights / weights.sum())
    day_end = np.cumsum(counts)
    months = days.astype("datetime64[M]").astype(int) % 12
    ship_share = np.asarray(MONTH_SHIPMENT_SHARE)

    prof = inventory[["part_id", "warehouse_id"]].merge(demand, on="part_id", how="left")
    wh_factor = prof["warehouse_id"].map({w[0]: w[4] for w in WAREHOUSES}).to_numpy()
    pair_p = prof["popularity"].to_numpy() * wh_factor
    pair_p = pair_p / pair_p.sum()
    scale = prof["scale"].to_numpy()
    pack = prof["pack"].to_numpy()
    part_ids = pa.array(prof["part_id"], pa.string())
    wh_ids = pa.array(prof["warehouse_id"], pa.string())
    types = pa.array(["receipt", "shipment"], pa.string())

    for chunk, start in enumerate(range(0, n_rows, CHUNK_ROWS)):
        rng = np.random.default_rng([seed, 2, chunk])
        row = np.arange(start, min(start + CHUNK_ROWS, n_rows), dtype=np.int64)
        day = np.searchsorted(day_end, row, side="right")
        is_ship = rng.random(len(row)) < ship_share[months[day]]
        pair = rng.choice(len(pair_p), len(row), p=pair_p)
        shipped = 1 + rng.poisson(scale[pair])
        size = scale[pair] * rng.uniform(*RECEIPT_SIZE, len(row))
        received = pack[pair] * np.ceil(size / pack[pair])
        yield pa.table({
            "movement_id": pa.array(row + 1),
            "movement_date": pa.array(days[day]),
            "part_id": pc.take(part_ids, pair),
            "warehouse_id": pc.take(wh_ids, pair),
            "movement_type": pc.take(types, is_ship.astype(np.int8)),
            "quantity": pa.array(np.where(is_ship, shipped, received).astype(np.int64)),
        })


def write_frame(df: pd.DataFrame, path: Path, fmt: str) -> None:
    """Write a small dimension table as CSV (costs with 2 decimals) or Parquet."""
    if fmt == "csv":
        df.to_csv(path, index=False, float_format="%.2f", lineterminator="\n", encoding="utf-8")
    else:
        pq.write_table(pa.Table.from_pandas(df, preserve_index=False), path)


def write_movements(chunks, path: Path, fmt: str) -> None:
    """Stream movement chunks into one CSV or Parquet file (one row group per chunk)."""
    writer = None
    try:
        for table in chunks:
            if writer is None:
                writer = (
                    pa_csv.CSVWriter(path, table.schema, write_options=pa_csv.WriteOptions(
                        quoting_style="none", quoting_header="none"))
                    if fmt == "csv" else pq.ParquetWriter(path, table.schema)
                )
            writer.write_table(table)
    finally:
        if writer is not None:
            writer.close()


def generate(out_dir: Path, seed: int = DEFAULT_SEED, movements: int = DEFAULT_MOVEMENTS,
             fmt: str = "csv") -> list[Path]:
    """Generate all five tables into out_dir and return the written paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng([seed, 0])
    parts = make_parts(rng)
    demand = part_demand(rng, parts)
    inventory = make_inventory(rng, stocking_pairs(rng, parts), demand)
    frames = {"warehouses": make_warehouses(), "suppliers": make_suppliers(),
              "parts": parts, "inventory": inventory}
    paths = [out_dir / f"{name}.{fmt}" for name in TABLES]
    for path, df in zip(paths, frames.values(), strict=False):  # the last path is for the movements, below
        write_frame(df, path, fmt)
    write_movements(movement_chunks(seed, movements, inventory, demand), paths[-1], fmt)
    return paths


def check(out_dir: Path, seed: int, movements: int, fmt: str) -> int:
    """Regenerate into a temp dir; return 1 (and list files) if out_dir differs, else 0."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = generate(Path(tmp), seed, movements, fmt)
        stale = [p.name for p in fresh
                 if not (out_dir / p.name).is_file()
                 or not filecmp.cmp(p, out_dir / p.name, shallow=False)]
    if stale:
        print(f"{out_dir} is out of date: {', '.join(stale)}", file=sys.stderr)
        print("Regenerate with: python scripts/generate_sample_data.py", file=sys.stderr)
        return 1
    print(f"{out_dir} matches the generator.")
    return 0


def non_negative_int(text: str) -> int:
    """An argparse type: an integer >= 0."""
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="output directory (default: data/sample in the repo)")
    parser.add_argument("--movements", type=non_negative_int, default=DEFAULT_MOVEMENTS,
                        help=f"number of stock_movements rows (default {DEFAULT_MOVEMENTS})")
    parser.add_argument("--format", choices=("csv", "parquet"), default="csv", dest="fmt")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if --out differs from freshly generated data")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    if args.check:
        return check(args.out, args.seed, args.movements, args.fmt)
    for path in generate(args.out, args.seed, args.movements, args.fmt):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
