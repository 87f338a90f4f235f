"""Join paths between tables along identically named ID columns (inferred foreign keys)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from agent.analysts.offline.schema_index import SchemaIndex

FAR = 99


@dataclass(frozen=True)
class Join:
    """Join `table` to the already-joined `parent` on the shared columns."""

    parent: str
    table: str
    columns: tuple[str, ...]


def _neighbours(index: SchemaIndex, table: str) -> list[str]:
    """Linked tables, dimension-like ones (joined on their own key) first."""
    links = index.links.get(table, {})
    return sorted(links, key=lambda t: (index.tables[t].key not in links[t], t))


def shortest_path(index: SchemaIndex, start: str, goal: str) -> list[str] | None:
    """Tables from `start` to `goal` along links, or None when they are not connected."""
    if start == goal:
        return [start]
    previous: dict[str, str] = {start: start}
    queue = deque([start])
    while queue:
        table = queue.popleft()
        for other in _neighbours(index, table):
            if other in previous:
                continue
            previous[other] = table
            if other == goal:
                path = [goal]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return path[::-1]
            queue.append(other)
    return None


def distance(index: SchemaIndex, start: str, goal: str) -> int:
    """How many joins lead from `start` to `goal` (FAR when none do)."""
    path = shortest_path(index, start, goal)
    return FAR if path is None else len(path) - 1


def joins_for(index: SchemaIndex, base: str, needed: list[str]) -> list[Join] | None:
    """The joins that bring every needed table next to `base`, or None if one is unreachable."""
    joined = {base}
    steps: list[Join] = []
    for goal in sorted(set(needed) - {base}, key=lambda t: (distance(index, base, t), t)):
        if goal in joined:
            continue
        starts = sorted(joined, key=lambda t: (distance(index, t, goal), t))
        path = shortest_path(index, starts[0], goal)
        if path is None:
            return None
        for parent, table in zip(path, path[1:], strict=False):
            if table not in joined:
                steps.append(Join(parent, table, index.links[parent][table]))
                joined.add(table)
    return steps


def fans_out(index: SchemaIndex, steps: list[Join]) -> bool:
    """True when a join may repeat base rows (it is not on the joined table's own key)."""
    return any(index.tables[s.table].key not in s.columns for s in steps)
