"""Conversations: each user's conversation is a LangGraph thread kept by a persistent checkpointer."""

from agent.conversations.records import history_from, json_safe
from agent.conversations.store import Conversation, ConversationInfo, ConversationStore, open_store
from agent.conversations.threads import thread_id

__all__ = ["Conversation", "ConversationInfo", "ConversationStore", "history_from", "json_safe", "open_store",
           "thread_id"]
