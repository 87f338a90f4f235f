"""Tests of the LLM analyst: fake chat models, a loopback OpenAI server, keys, policy, the SQL guard."""
