"""Tests of the agent: the event stream, runs, cancellation, parking, settings and answer limits."""
