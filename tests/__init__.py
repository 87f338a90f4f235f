"""The test suite: real DuckDB, real HTTP on loopback, a real browser where used; only models are faked."""
