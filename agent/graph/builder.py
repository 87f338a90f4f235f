"""The LangGraph state graph: query_analysis -> data_retrieval -> response_generation."""

from __future__ import annotations

from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agent.graph.nodes import data_retrieval, query_analysis, response_generation
from agent.graph.state import AgentState, RunContext

FIRST_NODE = "query_analysis"
"""The node a run starts with; `AgentRun` reports it `in_progress` as soon as the run is accepted."""
LAST_NODE = "response_generation"
"""The node whose update ends a run; turns recorded from outside the graph are written as if by it."""


AgentGraph = CompiledStateGraph[AgentState, RunContext, AgentState, AgentState]
"""The compiled graph: its state, its run context, and the state as its input and output."""


def build_graph(checkpointer: Any = None) -> AgentGraph:
    """The compiled three-stage graph; data and analyst come in through the run context.

    With a `checkpointer`, every run needs a thread id and continues that thread's state.
    """
    graph = StateGraph(AgentState, context_schema=RunContext)
    graph.add_node("query_analysis", query_analysis)
    graph.add_node("data_retrieval", data_retrieval)
    graph.add_node("response_generation", response_generation)
    graph.add_edge(START, FIRST_NODE)
    graph.add_edge("query_analysis", "data_retrieval")
    graph.add_edge("data_retrieval", "response_generation")
    graph.add_edge("response_generation", END)
    return graph.compile(checkpointer=checkpointer)
