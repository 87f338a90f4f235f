"""The check every model-written SQL passes before it runs, and the locked database it runs on.

`check_sql(sql, tables, max_rows)` reads the text twice: with sqlglot (one read-only query, row limit set,
re-rendered: agent.sql_guard.statement) and with DuckDB's own parser (every function, table function and
relation on an allow-list: agent.sql_guard.duckdb_tree, agent.sql_guard.functions). Behind it, the
databases questions run on are locked down (agent.sql_guard.locking): no file but the asker's own tables,
no setting can change.
"""

from agent.sql_guard.functions import ALLOWED_FUNCTIONS, ALLOWED_TABLE_FUNCTIONS
from agent.sql_guard.rules import (
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
from agent.sql_guard.statement import DIALECT, CheckedQuery, check_sql

__all__ = [
    "ALLOWED_FUNCTIONS", "ALLOWED_TABLE_FUNCTIONS", "DIALECT", "REPAIRABLE_RULES", "RULE_EMPTY", "RULE_FILE_ACCESS",
    "RULE_MULTIPLE", "RULE_NOT_READ_ONLY", "RULE_OTHER_SCHEMA", "RULE_SYNTAX", "RULE_UNKNOWN_FUNCTION",
    "RULE_UNKNOWN_TABLE", "RULE_UNSAFE_FUNCTION", "CheckedQuery", "check_sql", "refuse", "rule_of",
]
