"""Time bounds for tests: what a loaded 2-core machine keeps, far from the slow work each is set against."""

SLACK_SECONDS = 5.0
"""How late something that should happen at once (or at a deadline) may be. Each bound is set against work
that takes much longer (a DuckDB query of minutes, a model silent for HANG_SECONDS, a wait of 8 s or more),
so it still tells "stopped" from "waited it out"; speed itself is measured by the benchmarks in bench/."""

HANG_SECONDS = 30.0
"""How long a hanging fake model stays silent: far past any test's deadline plus SLACK_SECONDS."""

LONG_JOIN_SECONDS = 60.0
"""For `agent.runtime.run.JOIN_SECONDS` in tests that check a stop waits for the run's end: long enough that a
stop that did not reach the work would be seen waiting, so the bound need not be tight."""
