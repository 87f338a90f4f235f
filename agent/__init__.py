"""A LangGraph agent that answers questions about tabular data as a stream of events."""

from agent.chatbot import ChatbotAgent, default_agent

__all__ = ["ChatbotAgent", "default_agent"]
