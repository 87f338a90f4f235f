"""Many streams at once: each completes with the answer to its own question, none gets another's events."""

from __future__ import annotations

import asyncio
import csv
from collections import defaultdict
from pathlib import Path

import httpx
from httpx_sse import aconnect_sse

INVENTORY = Path(__file__).resolve().parents[2] / "data" / "sample" / "inventory.csv"
STREAMS = 100


def stock_by_part() -> dict[str, int]:
    """Units on hand per part, summed over warehouses, straight from the sample CSV."""
    totals: dict[str, int] = defaultdict(int)
    with INVENTORY.open(encoding="utf-8") as file:
        for row in csv.DictReader(file):
            totals[row["part_id"]] += int(row["quantity_on_hand"])
    return dict(totals)


async def _ask(client: httpx.AsyncClient, url: str, part: str, korean: bool) -> tuple[str, list[str], dict]:
    question = f"{part} 부품의 재고는?" if korean else f"What is the stock of {part}?"
    async with aconnect_sse(client, "POST", url, json={"message": question, "user_id": f"user-{part}"}) as source:
        messages = [message async for message in source.aiter_sse()]
    return question, [m.id for m in messages], messages[-1].json()


def test_100_concurrent_streams_all_complete_with_their_own_answers(sample_server):
    stock = stock_by_part()
    parts = sorted(stock)[:STREAMS]
    assert len(parts) == STREAMS

    async def ask_all():
        limits = httpx.Limits(max_connections=STREAMS + 10)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            return await asyncio.gather(*(
                _ask(client, f"{sample_server.url}/api/chat/stream", part, korean=i % 2 == 0)
                for i, part in enumerate(parts)))

    results = asyncio.run(ask_all())
    stream_ids = set()
    for part, (question, ids, last) in zip(parts, results, strict=True):
        assert last["type"] == "final", (question, last)
        content = last["data"]["content"]
        assert part in content and f"{stock[part]:,}" in content, (question, content)
        for other in parts:
            if other != part:
                assert other not in content, f"{question} got {other}'s answer: {content}"
        (stream_id,) = {i.rsplit(":", 1)[0] for i in ids}
        stream_ids.add(stream_id)
    assert len(stream_ids) == STREAMS
