"""The guard's rules: which check refused a query, and which refusals a model may repair."""

from __future__ import annotations

from agent.contract.errors import UnsafeQuery

RULE_SYNTAX = "syntax"
RULE_EMPTY = "empty"
RULE_MULTIPLE = "multiple_statements"
RULE_NOT_READ_ONLY = "not_read_only"
RULE_FILE_ACCESS = "file_access"
RULE_UNSAFE_FUNCTION = "unsafe_function"
RULE_UNKNOWN_FUNCTION = "unknown_function"
RULE_UNKNOWN_TABLE = "unknown_table"
RULE_OTHER_SCHEMA = "other_schema"
REPAIRABLE_RULES = frozenset({RULE_SYNTAX, RULE_EMPTY, RULE_UNKNOWN_TABLE, RULE_OTHER_SCHEMA, RULE_UNKNOWN_FUNCTION})
"""A model that wrote a syntax error, named a table or function that does not exist, made a mistake worth one
repair round; the other rules are refusals, never repaired."""


def refuse(rule: str, reason: str) -> UnsafeQuery:
    """An `UnsafeQuery` carrying the rule that failed and whether a repair may help."""
    return UnsafeQuery(reason, rule=rule, repairable=rule in REPAIRABLE_RULES)


def rule_of(error: BaseException) -> str:
    """The guard rule an error came from ("" when it did not come from the guard)."""
    return error.rule if isinstance(error, UnsafeQuery) else ""
