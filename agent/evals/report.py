"""The figures of a bank run: accuracy overall, per split, kind and language; confidence buckets; the misses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from agent.evals.runner import TurnResult

BUCKETS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))
CONFIDENT = 0.8


@dataclass(frozen=True)
class Tally:
    """How many right out of how many."""

    right: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        """The share right, 0.0 when there is nothing to count."""
        return self.right / self.total if self.total else 0.0

    def add(self, right: bool) -> Tally:
        """This tally with one more answer, right or not."""
        return Tally(self.right + int(right), self.total + 1)

    def __str__(self) -> str:
        return f"{self.share:6.1%}  ({self.right}/{self.total})"


def tallies(results: Iterable[TurnResult], key: Any) -> dict[str, Tally]:
    """Results grouped by `key(result)` and counted."""
    found: dict[str, Tally] = defaultdict(Tally)
    for result in results:
        found[str(key(result))] = found[str(key(result))].add(result.verdict.right)
    return dict(sorted(found.items()))


def summary(results: Sequence[TurnResult]) -> dict[str, Any]:
    """Every figure, as plain data (for `--json` and the floor check)."""
    def shares(key: Any) -> dict[str, dict[str, float | int]]:
        return {k: {"accuracy": round(t.share, 4), "right": t.right, "total": t.total}
                for k, t in tallies(results, key).items()}
    confident_wrong = [r for r in results if r.confidence >= CONFIDENT and not r.verdict.right]
    confident = tallies([r for r in results if r.confidence >= CONFIDENT], lambda r: "all").get("all", Tally())
    talks = [r for r in results if len(r.question.turns) > 1]
    return {
        "overall": shares(lambda r: "all")["all"] if results else {"accuracy": 0.0, "right": 0, "total": 0},
        "split": shares(lambda r: r.question.split),
        "kind": shares(lambda r: r.question.kind),
        "language": shares(lambda r: r.turn.language),
        "set": shares(lambda r: r.question.set_name),
        "followup_turns": {k: v for k, v in shares(lambda r: "follow-up" if r.number > 1 else "first").items()
                           if k == "follow-up"}.get("follow-up"),
        "confidence": [{"bucket": f"[{low:.1f}, {min(high, 1.0):.1f}{']' if high > 1 else ')'}",
                        "right": sum(r.verdict.right for r in results if low <= r.confidence < high),
                        "total": sum(1 for r in results if low <= r.confidence < high)} for low, high in BUCKETS],
        "confident_wrong": len(confident_wrong),
        "confident_accuracy": {"accuracy": round(confident.share, 4), "right": confident.right,
                               "total": confident.total},
        "conversations": {"count": len({(r.question.set_name, r.question.id) for r in talks}),
                          **({"accuracy": round(t.share, 4), "right": t.right, "total": t.total}
                             if (t := tallies(talks, lambda r: "all").get("all", Tally())) else {})},
        "median_ms": round(sorted(r.seconds for r in results)[len(results) // 2] * 1000, 1) if results else 0.0,
    }


def render(results: Sequence[TurnResult], misses: bool = True) -> str:
    """The report as text: figures, then every miss with its SQL."""
    figures = summary(results)
    lines = [f"overall        {tallies(results, lambda r: 'all').get('all', Tally())}"]
    for title, key in (("split", lambda r: r.question.split), ("language", lambda r: r.turn.language),
                       ("kind", lambda r: r.question.kind), ("set", lambda r: r.question.set_name)):
        lines.append(f"\nby {title}")
        lines += [f"  {name:<22} {tally}" for name, tally in tallies(results, key).items()]
    if figures["followup_turns"]:
        f = figures["followup_turns"]
        lines.append(f"\nfollow-up turns  {f['accuracy']:6.1%}  ({f['right']}/{f['total']})")
    talks = figures["conversations"]
    if talks["count"]:
        lines.append(f"conversations {talks['count']}: every turn {talks['accuracy']:6.1%}  "
                     f"({talks['right']}/{talks['total']})")
    lines.append("\nconfidence     right / answers")
    for bucket in figures["confidence"]:
        share = bucket["right"] / bucket["total"] if bucket["total"] else 0.0
        lines.append(f"  {bucket['bucket']:<12} {share:6.1%}  ({bucket['right']}/{bucket['total']})")
    sure = figures["confident_accuracy"]
    lines.append(f"right at confidence >= {CONFIDENT}: {sure['accuracy']:.1%} ({sure['right']}/{sure['total']}); "
                 f"wrong: {figures['confident_wrong']}")
    lines.append(f"median time per question: {figures['median_ms']} ms")
    if misses:
        wrong = [r for r in results if not r.verdict.right]
        lines.append(f"\nmisses ({len(wrong)})")
        for r in wrong:
            turn = f" (turn {r.number})" if len(r.question.turns) > 1 else ""
            lines.append(f"- {r.question.id}{turn} [{r.question.kind}, {r.turn.language}, conf {r.confidence:.2f}] "
                         f"{r.turn.question}")
            lines.append(f"    expected {_short(r.turn.answer if r.turn.sql is None else r.turn.sql)}; "
                         f"{r.verdict.why}")
            if r.error:
                lines.append(f"    error: {_short(r.error)}")
            if r.sql:
                lines.append("    sql: " + " ".join(r.sql.split()))
            if r.rows:
                lines.append(f"    got {_short([r.columns] + r.rows[:3])}")
    return "\n".join(lines)


def _short(value: Any, limit: int = 200) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
