"""`python -m agent eval` prints the conversation and calibration figures and fails below a committed floor."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import yaml

from tests.helpers.sample import SAMPLE


def _bank(tmp_path):
    stock = pd.read_csv(SAMPLE / "inventory.csv").merge(pd.read_csv(SAMPLE / "warehouses.csv"))
    part = stock[stock.part_id == "ABC-12345"]
    bank = {"name": "tiny", "split": "dev",
            "tables": [{"name": "inventory", "file": str(SAMPLE / "inventory.csv")},
                       {"name": "warehouses", "file": str(SAMPLE / "warehouses.csv")}],
            "questions": [
                {"id": "t-1", "kind": "sum", "question": "total quantity on hand",
                 "answer": int(stock.quantity_on_hand.sum())},
                {"id": "t-2", "kind": "followup", "turns": [
                    {"question": "ABC-12345 부품의 재고는?", "answer": int(part.quantity_on_hand.sum())},
                    {"question": "창고별로는?", "answer": {"rows": [[str(k), int(v)] for k, v in
                                                          part.groupby("warehouse_name").quantity_on_hand.sum()
                                                          .items()]}}]},
                {"id": "t-3", "kind": "sum", "question": "total quantity on hand",
                 "answer": int(stock.quantity_on_hand.sum()) * 2},  # expected wrong on purpose: a confident miss
            ]}
    path = tmp_path / "tiny.yaml"
    path.write_text(yaml.safe_dump(bank, allow_unicode=True), encoding="utf-8")
    return path


def _eval(tmp_path, *extra):
    out = tmp_path / "figures.json"
    run = subprocess.run([sys.executable, "-m", "agent", "eval", str(_bank(tmp_path)), "--json", str(out), *extra],
                         capture_output=True, text=True, timeout=300)
    return run, json.loads(out.read_text(encoding="utf-8"))


def test_conversation_and_confidence_figures_are_printed_and_written(tmp_path):
    run, figures = _eval(tmp_path)
    assert run.returncode == 0, run.stderr
    assert figures["conversations"] == {"count": 1, "accuracy": 1.0, "right": 2, "total": 2}
    sure = figures["confident_accuracy"]
    assert sure["total"] == sum(b["total"] for b in figures["confidence"] if b["bucket"] in ("[0.8, 0.9)",
                                                                                           "[0.9, 1.0]"))
    assert sure["right"] == sure["total"] - figures["confident_wrong"]
    assert len(figures["confidence"]) == 6 and sum(b["total"] for b in figures["confidence"]) == 4
    assert "conversations 1: every turn" in run.stdout and "right at confidence >= 0.8" in run.stdout


def test_a_figure_below_the_floor_fails_the_run_and_says_which(tmp_path):
    floor = tmp_path / "floor.yaml"
    floor.write_text("conversations: 0.9\nconfident_accuracy: 0.99\n", encoding="utf-8")
    run, figures = _eval(tmp_path, "--floor", str(floor))
    assert figures["confident_wrong"] >= 1  
    assert run.returncode == 1
    assert "confident_accuracy" in run.stdout + run.stderr and "conversations:" not in run.stdout + run.stderr
