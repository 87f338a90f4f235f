"""Tests of conversations: the store, follow-ups, restarts, the page, the API and PostgreSQL."""
