"""Analysts turn a question into a query plan and a result into an answer: offline, or with a language model."""
