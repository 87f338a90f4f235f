"""Readings of a question on the schema, scored; the best becomes a plan."""
