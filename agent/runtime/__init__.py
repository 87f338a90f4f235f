"""How a run goes: a task on the agent's event loop with a deadline, cancellation and parking."""
