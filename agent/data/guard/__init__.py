"""The check every SQL text not written by our own code passes before it runs (a model's, a person's).

`check_sql(sql, tables, max_rows)` reads the text twice: with sqlglot (one read-only query, row limit set,
re-rendered: agent.data.guard.statement) and with DuckDB's own parser (every function, table function and
relation on an allow-list: agent.data.guard.duckdb_tree, agent.data.guard.functions). Behind it, the
databases questions run on are locked down (agent.data.locking): no file but the asker's own tables, no
setting can change.
"""

from agent.data.guard.functions import ALLOWED_FUNCTIONS, ALLOWED_TABLE_FUNCTIONS
from agent.data.guard.rules import (
    REPAIRABLE_RULES,
    RULE_EMPTY,
    RULE_FILE_ACCESS,
    RULE_MULTIPLE,
    RULE_NOT_READ_ONLY,
    RULE_OTHER_SCHEMA,
    RULE_SYNTAX,
    RULE_UNKNOWN_FUNCTION,
    RULE_UNKNOWN_TABLE,
    RULE_UNSAFE_FUNCTION,
    refuse,
    rule_of,
)
from agent.data.guard.statement import DIALECT, CheckedQuery, check_sql

__all__ = [
    "ALLOWED_FUNCTIONS", "ALLOWED_TABLE_FUNCTIONS", "DIALECT", "REPAIRABLE_RULES", "RULE_EMPTY", "RULE_FILE_ACCESS",
    "RULE_MULTIPLE", "RULE_NOT_READ_ONLY", "RULE_OTHER_SCHEMA", "RULE_SYNTAX", "RULE_UNKNOWN_FUNCTION",
    "RULE_UNKNOWN_TABLE", "RULE_UNSAFE_FUNCTION", "CheckedQuery", "check_sql", "refuse", "rule_of",
]
