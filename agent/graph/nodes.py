"""The three graph nodes: query analysis, data retrieval, response generation.

Nodes are coroutines on the agent's loop (agent.runtime.loop). An `AsyncAnalyst` (a chat model) is
awaited holding no thread, and, when the run can park (agent.runtime.parking), outside the graph: the run lets go
of LangGraph's objects while the model thinks. A synchronous analyst and every query run on the loop's
worker threads (`offload`). Nodes send their progress and token events through
`runtime.context.emit` (the run's queue). The `query_analysis` `in_progress` event is sent by `AgentRun`
as the run is accepted, before the graph starts (agent.runtime.run).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from langgraph.runtime import Runtime

from agent.analysts.base import AsyncAnalyst, plan_with, write_with
from agent.contract import events
from agent.contract.errors import AgentError
from agent.contract.i18n import pick
from agent.contract.messages import MESSAGES
from agent.conversations.records import final_turn, history_from
from agent.graph.answer import final_data
from agent.graph.state import AgentState, RunContext
from agent.runtime.loop import offload


class Node(Protocol):
    """A node as LangGraph calls it: the state, and the run's `runtime` (by name)."""

    def __call__(self, state: AgentState, runtime: Runtime[RunContext]) -> Awaitable[dict[str, Any]]:
        """The node's update of the state."""


def stage(name: str) -> Callable[[Node], Node]:
    """Check for cancellation before the node runs; report a failure as a `failed` progress event."""

    def wrap(node: Node) -> Node:
        @functools.wraps(node)
        async def run(state: AgentState, runtime: Runtime[RunContext]) -> dict[str, Any]:
            runtime.context.cancellation.raise_if_cancelled()
            try:
                return await node(state, runtime)
            except AgentError as exc:
                runtime.context.emit(events.progress(name, "failed", exc.words(state["language"])))
                raise

        return run

    return wrap


@stage("query_analysis")
async def query_analysis(state: AgentState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Turn the question into a query plan (its `in_progress` event was sent as the run started)."""
    ctx, language, analyst = runtime.context, state["language"], runtime.context.analyst
    history = history_from(state.get("turns") or [])
    question, catalog = state["question"], ctx.catalog
    database = ctx.database.bound(ctx.cancellation)  # the analyst's own queries stop with the run
    if ctx.parking is not None and isinstance(analyst, AsyncAnalyst):
        # the analyst awaits a model: the run parks for the plan's seconds of silence
        plan = ctx.parking.wait(lambda: analyst.aplan(question, catalog, database, history, language))
    else:
        plan = await plan_with(analyst, question, catalog, database, history, language)
    message = plan.summary if plan.sql else f"{pick(MESSAGES, 'not_mapped', language)}: {plan.reason}"
    ctx.emit(events.progress("query_analysis", "completed", message))
    return {"plan": plan}


@stage("data_retrieval")
async def data_retrieval(state: AgentState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Run the plan's query on the database, interruptibly."""
    ctx, language, plan = runtime.context, state["language"], state["plan"]
    write = ctx.emit
    if plan.sql is None:
        write(events.progress("data_retrieval", "completed", pick(MESSAGES, "no_query", language)))
        return {"results": None}
    write(events.progress("data_retrieval", "in_progress", pick(MESSAGES, "querying", language)))
    settings = ctx.settings
    results = await offload(
        ctx.database.execute, plan.sql, plan.params, max_rows=settings.max_result_rows,
        cancellation=ctx.cancellation, tables=plan.tables, max_bytes=settings.max_table_bytes,
        max_cell_bytes=settings.max_cell_bytes,
    )
    message = pick(MESSAGES, "queried", language, rows=f"{results.row_count:,}", ms=f"{results.elapsed_ms:.0f}")
    write(events.progress("data_retrieval", "completed", message))
    return {"results": results}


@stage("response_generation")
async def response_generation(state: AgentState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Write the answer from the result rows, with sources, table and chart; append the turn.

    The final data and the turn (each within its size limit) are made on a worker thread: for a big result
    that takes a while, and the loop keeps serving other runs meanwhile.
    """
    ctx, language = runtime.context, state["language"]
    write = ctx.emit
    plan, results = state["plan"], state.get("results")
    write(events.progress("response_generation", "in_progress", pick(MESSAGES, "writing", language)))
    answer = await write_with(ctx.analyst, plan, results, lambda text: write(events.token(text)))

    def settle() -> tuple[dict[str, Any], str, dict[str, Any]]:
        final, note = final_data(plan, results, answer, ctx.settings, language)
        return final, note, final_turn(state["question"], language, plan, final, ctx.settings.max_stored_turn_bytes)

    final, note, turn = await offload(settle)
    if note:
        write(events.token(note))
    extra = pick(MESSAGES, "with_chart", language) if final["chart_data"] else ""
    write(events.progress("response_generation", "completed",
                          pick(MESSAGES, "written", language, chars=len(final["content"]), chart=extra)))
    return {"final": final, "turns": [turn]}
