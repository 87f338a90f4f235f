"""Matching runs of question words to columns and tables, with scores in [0, 1]."""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.analysts.offline import lexicon
from agent.analysts.offline.schema_index import ColumnInfo, SchemaIndex, TableInfo
from agent.analysts.offline.words import Phrase, Token, concepts, split_name

WEAK = {"id": 0.25, "no": 0.25, "nr": 0.25, "num": 0.25, "key": 0.25, "code": 0.5, "of": 0.5, "on": 0.5,
        "the": 0.5, "at": 0.5, "in": 0.5, "per": 0.5, "is": 0.5}
MIN_SCORE = 0.34
MAX_SPAN = 3


@dataclass
class Span:
    """Adjacent question words read together, and the columns and tables they may name."""

    tokens: list[Token]
    columns: list[tuple[float, ColumnInfo]] = field(default_factory=list)
    tables: list[tuple[float, TableInfo]] = field(default_factory=list)
    group: bool = False
    compare_link: bool = False
    agg_before: str | None = None

    @property
    def text(self) -> str:
        """The words as asked."""
        return " ".join(t.text for t in self.tokens)

    @property
    def pos(self) -> float:
        """Where the words start in the question."""
        return self.tokens[0].pos

    @property
    def best(self) -> float:
        """The best score of any candidate."""
        return max([s for s, _ in self.columns] + [s for s, _ in self.tables] + [0.0])


def phrase_score(found: dict[Phrase, float], target: Phrase) -> float:
    """How much of `target` the phrases cover, weighted by phrase weight; weak words count less."""
    if not target:
        return 0.0
    weights = [0.0] * len(target)
    for phrase, weight in found.items():
        size = len(phrase)
        for i in range(len(target) - size + 1):
            if target[i:i + size] == phrase:
                for j in range(i, i + size):
                    weights[j] = max(weights[j], weight)
    scale = [WEAK.get(w, 1.0) for w in target]
    return sum(w * s for w, s in zip(weights, scale, strict=True)) / sum(scale)


def column_score(found: dict[Phrase, float], column: ColumnInfo, table: TableInfo) -> float:
    """A column's match: its own words, or its table's words plus its own (`warehouse name`)."""
    own = max([phrase_score(found, column.words)] + [phrase_score(found, s) for s in column.synonyms])
    qualified = phrase_score(found, table.words + column.words)
    return max(own, qualified) + (0.05 if qualified >= own and qualified > 0.6 else 0.0)


def table_score(found: dict[Phrase, float], table: TableInfo) -> float:
    """A table's match on its name or catalog synonyms."""
    return max([phrase_score(found, table.words)] + [phrase_score(found, s) for s in table.synonyms])


def merged_concepts(tokens: list[Token], context: dict[Phrase, float] | None = None) -> dict[Phrase, float]:
    """The union of the tokens' concept phrases (highest weight wins)."""
    found: dict[Phrase, float] = dict(context or {})
    for token in tokens:
        for phrase, weight in concepts(token.norm).items():
            if weight > found.get(phrase, 0.0):
                found[phrase] = weight
    return found


def _used_share(tokens: list[Token], target: Phrase) -> float:
    """The share of a span's words that help name `target` (1 for single words)."""
    words = [t for t in tokens if not t.glue]
    if len(words) < 2:
        return 1.0
    return sum(phrase_score(concepts(t.norm), target) > 0 for t in words) / len(words)


def score_span(tokens: list[Token], index: SchemaIndex, context: dict[Phrase, float] | None) -> Span:
    """Score every column and table against the span's words.

    A candidate naming only part of a longer span (`quantity` for `quantity on hand`) loses up to 0.1.
    """
    found = merged_concepts(tokens, context)
    span = Span(tokens)
    for table in index.tables.values():
        score = table_score(found, table)
        if score >= MIN_SCORE:
            span.tables.append((round(score - 0.1 * (1 - _used_share(tokens, table.words)), 3), table))
        for column in table.columns:
            score = column_score(found, column, table)
            if score >= MIN_SCORE:
                share = _used_share(tokens, table.words + column.words)
                span.columns.append((round(score - 0.1 * (1 - share), 3), column))
    span.columns.sort(key=lambda c: -c[0])
    span.tables.sort(key=lambda t: -t[0])
    return span


def _all_count(span: Span) -> bool:
    """True when every word of a longer span helps name its best column or table."""
    if span.columns and (not span.tables or span.columns[0][0] >= span.tables[0][0]):
        column = span.columns[0][1]
        target = index_table_words(span, column) + column.words
    else:
        target = span.tables[0][1].words
    return all(t.glue or phrase_score(concepts(t.norm), target) > 0 for t in span.tokens)


def index_table_words(span: Span, column: ColumnInfo) -> Phrase:
    """The words of the column's table (as recorded with the span's table candidates, else split)."""
    return next((t.words for _, t in span.tables if t.name == column.table), split_name(column.table))


def match_spans(runs: list[tuple[list[Token], str | None]],
                index: SchemaIndex) -> tuple[list[Span], list[Token]]:
    """Split runs of adjacent content words into the best-scoring spans; also the unmatched words.

    A run's context (phrases of an aggregate word just before it, e.g. `max`) helps its first span.
    """
    spans: list[Span] = []
    unmatched: list[Token] = []
    for run, agg in runs:
        context = {(w.strip(),): 1.0 for w in lexicon.AGGREGATE_CONTEXT[agg].split(",")} if agg else None
        options: list[tuple[float, int, int, Span]] = []
        singles = [score_span([t], index, None).best for t in run]
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + MAX_SPAN + 1) + 1):
                if run[i].glue or run[j - 1].glue:
                    continue
                span = score_span(run[i:j], index, context if i == 0 else None)
                parts = singles[i:j] if j - i > 1 else []
                if span.best >= MIN_SCORE and (not parts or (span.best >= max(parts) and _all_count(span))):
                    options.append((span.best, j - i, i, span))
        used: set[int] = set()
        for _, _, i, span in sorted(options, key=lambda o: (-o[0], -o[1], o[2])):
            cover = set(range(i, i + len(span.tokens)))
            if cover & used:
                continue
            used |= cover
            span.group = any(t.group for t in span.tokens)
            span.compare_link = span.tokens[-1].compare_link
            span.agg_before = agg if i == 0 else None
            spans.append(span)
        unmatched.extend(t for k, t in enumerate(run) if k not in used and not t.glue)
    spans.sort(key=lambda s: s.pos)
    return spans, unmatched
