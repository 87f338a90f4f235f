"""The confidence's calibration table, and a check of its weights against a logistic fit on the dev bank.

`python -m evals.calibrate` records the signals (`confidence.signals`, taken where `plan_confidence` is
asked) of every answered turn of the dev and held-out banks with whether the answer was right, prints
confidence bucket -> share right for the formula in use (`confidence.weighed`), fits every signal on the dev
turns (logistic regression, L2-regularised) and prints the same tables for the fit. A fit is worth using only
when it is better on the held-out tables, which it was not fitted on (docs/accuracy.md, "Confidence"); the
held-out banks give aggregate figures only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

from agent.analysts.offline import confidence
from agent.evals.bank import load_bank
from agent.evals.runner import run_set

ROOT = Path(__file__).resolve().parent
L2 = 1.0
"""How strongly the weights are pulled towards zero (a bank of a few hundred turns; no weight runs away)."""
BUCKETS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def answered_turns(folder: Path) -> list[tuple[dict[str, float], bool]]:
    """(signals, right) of every turn of the folder's banks that the analyst answered with a query."""
    seen: list[dict[str, float]] = []
    original = confidence.plan_confidence

    def recording(planned: Any) -> float:
        seen.append(confidence.signals(planned))
        return original(planned)

    confidence.plan_confidence = recording  # type: ignore[assignment]
    found = []
    try:
        for path in sorted(folder.glob("*.yaml")):
            for result in run_set(load_bank(path)):
                if seen and result.sql:
                    found.append((seen[-1], result.verdict.right))
                seen.clear()
    finally:
        confidence.plan_confidence = original  # type: ignore[assignment]
    return found


def fit(turns: list[tuple[dict[str, float], bool]]) -> tuple[float, dict[str, float]]:
    """Logistic regression by Newton's method, the intercept unpenalised."""
    names = sorted(turns[0][0])
    x = np.array([[1.0] + [s[n] for n in names] for s, _ in turns])
    y = np.array([float(right) for _, right in turns])
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * L2
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), {n: round(float(v), 4) for n, v in zip(names, w[1:], strict=True)}


def table(turns: list[tuple[dict[str, float], bool]], chance: Any) -> list[str]:
    """Confidence bucket -> share right (and how many), for the given chance function."""
    scored = [(min(0.97, max(0.05, chance(s))), right) for s, right in turns]
    lines = []
    for low, high in BUCKETS:
        inside = [right for value, right in scored if low <= value < high]
        share = sum(inside) / len(inside) if inside else 0.0
        lines.append(f"  [{low:.1f}, {min(high, 1.0):.1f}{']' if high > 1 else ')'}  {share:6.1%}  "
                     f"({sum(inside)}/{len(inside)})")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the tables of the formula in use and of a fit on dev, on dev and on held-out."""
    argparse.ArgumentParser(prog="python -m evals.calibrate", description=__doc__).parse_args(argv)
    dev = answered_turns(ROOT / "banks")
    heldout = answered_turns(ROOT / "heldout")
    intercept, weights = fit(dev)

    def fitted(s: dict[str, float]) -> float:
        z = intercept + sum(weights[n] * v for n, v in s.items())
        return float(1.0 / (1.0 + np.exp(-z)))

    print(f"answered turns: dev {len(dev)} ({sum(r for _, r in dev)} right), "
          f"held-out {len(heldout)} ({sum(r for _, r in heldout)} right)")
    print(f"logistic fit on dev: intercept {intercept:+.3f}, " +
          ", ".join(f"{n} {v:+.3f}" for n, v in sorted(weights.items(), key=lambda kv: -abs(kv[1]))))
    for title, turns in (("dev", dev), ("held-out", heldout)):
        print(f"\n{title}, confidence in use")
        print("\n".join(table(turns, confidence.weighed)))
        print(f"{title}, logistic fit on dev")
        print("\n".join(table(turns, fitted)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
