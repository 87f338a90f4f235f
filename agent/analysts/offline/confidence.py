"""How sure the offline analyst is: coverage of the question minus penalties, bounded to [0, 1]."""

from __future__ import annotations

# Plan confidence
#   coverage = matched / total over the question's meaningful parts: analytic words (aggregate, grain,
#   by, top, comparator), patterns (dates, numbers, top-N), IDs and values found in the data, phrases
#   matched to columns or tables, and unknown words. A phrase that matched a column but got no role
#   counts half; a part that could not be placed in the query (a date with no date column) counts
#   against; stopwords and particles do not count.
#   confidence = 0.15 + 0.80 * coverage - sum(penalties), bounded to [0, 1],
#   so a question matched completely with no default taken scores 0.95.
#   Penalties: 0.10 several columns fit a phrase equally well; 0.05 a value occurs in several equally
#   near columns; 0.05 a word matched only part of a stored value; 0.05 an assumed aggregate or count;
#   0.05 an assumed side of a comparison; 0.10 listing rows nobody asked to list.
# Unmapped questions score 0.10 and unknown IDs 0.05 (never above 0.2).
# Answer confidence: the plan's, halved when the result is empty, times 0.9 when it was truncated.

UNMAPPED = 0.10
NOT_FOUND = 0.05
BASE = 0.15
SPAN = 0.80


def plan_confidence(matched: float, total: float, penalties: list[tuple[str, float]]) -> float:
    """BASE + SPAN * coverage - penalties, in [0, 1]."""
    coverage = matched / total if total > 0 else 0.0
    score = BASE + SPAN * min(1.0, coverage) - sum(p for _, p in penalties)
    return round(max(0.0, min(1.0, score)), 3)


def answer_confidence(plan_score: float, *, empty: bool, truncated: bool) -> float:
    """The plan's confidence, lowered for an empty or truncated result."""
    score = plan_score * (0.5 if empty else 1.0) * (0.9 if truncated else 1.0)
    return round(max(0.0, min(1.0, score)), 3)
