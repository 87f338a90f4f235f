"""The functions model-written SQL may call: DuckDB's side-effect-free functions, by the names DuckDB parses.

An allow-list, not a block list: a function DuckDB adds in a later release is refused until it is listed
here. Nothing below reads a file, a URL, a setting, a variable, the environment, the catalog or a sequence,
runs SQL from a string, sleeps, logs, or changes anything. `tests/llm/test_sql_guard_functions.py` checks
that every name exists in DuckDB and is a scalar, aggregate, window or macro function, never a table
function.
"""

from __future__ import annotations

OPERATORS = frozenset({
    "+", "-", "*", "/", "//", "%", "**", "^", "&", "|", "<<", ">>", "~", "!__postfix", "||", "@",
    "~~", "!~~", "~~*", "!~~*", "~~~", "^@", "->>", "&&", "<@", "@>", "<->", "<=>",
    "=", "!=", "<", "<=", ">", ">=",
})
"""Operators, which DuckDB's parser writes as functions (`LIKE` is `~~`, `GLOB` is `~~~`, `||` concatenates)."""

MATH = frozenset({
    "abs", "acos", "acosh", "add", "asin", "asinh", "atan", "atan2", "atanh", "bit_count", "cbrt", "ceil",
    "ceiling", "cos", "cosh", "cot", "degrees", "divide", "even", "exp", "factorial", "fdiv", "fmod", "floor",
    "gamma", "gcd", "greatest", "greatest_common_divisor", "isfinite", "isinf", "isnan", "lcm", "least",
    "least_common_multiple", "lgamma", "ln", "log", "log10", "log2", "mod", "multiply", "nextafter", "pi",
    "pow", "power", "radians", "random", "round", "round_even", "roundbankers", "sign", "signbit", "sin",
    "sinh", "sqrt", "subtract", "tan", "tanh", "trunc", "xor", "equi_width_bins",
})

TEXT = frozenset({
    "ascii", "bar", "base64", "bin", "bit_length", "char_length", "character_length", "chr", "concat",
    "concat_ws", "contains", "damerau_levenshtein", "editdist3", "ends_with", "format", "format_bytes",
    "formatreadabledecimalsize", "formatreadablesize", "from_base64", "from_binary", "from_hex", "hamming",
    "hash", "hex", "ilike_escape", "instr", "jaccard", "jaro_similarity", "jaro_winkler_similarity", "lcase",
    "left", "left_grapheme", "len", "length", "length_grapheme", "levenshtein", "like_escape", "lower", "lpad",
    "ltrim", "md5", "md5_number", "md5_number_lower", "md5_number_upper", "mismatches", "nfc_normalize",
    "not_ilike_escape", "not_like_escape", "octet_length", "ord", "overlay", "parse_formatted_bytes",
    "position", "prefix", "printf", "regexp_escape", "regexp_extract", "regexp_extract_all",
    "regexp_full_match", "regexp_matches", "regexp_replace", "regexp_split_to_array", "repeat", "replace",
    "reverse", "right", "right_grapheme", "rpad", "rtrim", "sha1", "sha256", "split", "split_part",
    "starts_with", "str_split", "str_split_regex", "string_split", "string_split_regex", "string_to_array",
    "strip_accents", "strlen", "strpos", "substr", "substring", "substring_grapheme", "suffix", "to_base",
    "to_base64", "to_binary", "to_hex", "translate", "trim", "ucase", "unbin", "unhex", "unicode", "upper",
    "url_decode", "url_encode", "encode", "decode", "get_bit", "set_bit", "bit_position", "bitstring",
})

TIME = frozenset({
    "age", "ago", "century", "current_date", "current_localtime", "current_localtimestamp", "date_add",
    "date_diff", "date_part", "date_sub", "date_trunc", "datediff", "datepart", "datesub", "datetrunc", "day",
    "dayname", "dayofmonth", "dayofweek", "dayofyear", "days_in_month", "decade", "epoch", "epoch_ms",
    "epoch_ns", "epoch_us", "era", "get_current_time", "get_current_timestamp", "hour", "isodow", "isoyear",
    "julian", "last_day", "make_date", "make_time", "make_timestamp", "make_timestamp_ms", "make_timestamp_ns",
    "make_timestamptz", "microsecond", "millennium", "millisecond", "minute", "month", "monthname",
    "nanosecond", "normalized_interval", "now", "quarter", "second", "strftime", "strptime", "time_bucket",
    "timezone", "timezone_hour", "timezone_minute", "to_centuries", "to_days", "to_decades", "to_hours",
    "to_microseconds", "to_millennia", "to_milliseconds", "to_minutes", "to_months", "to_quarters",
    "to_seconds", "to_timestamp", "to_weeks", "to_years", "today", "transaction_timestamp", "try_strptime",
    "week", "weekday", "weekofyear", "year", "yearweek",
})

AGGREGATES = frozenset({
    "any_value", "approx_count_distinct", "approx_quantile", "approx_top_k", "arbitrary", "arg_max",
    "arg_max_null", "arg_max_nulls_last", "arg_min", "arg_min_null", "arg_min_nulls_last", "argmax", "argmin",
    "array_agg", "avg", "bit_and", "bit_or", "bit_xor", "bitstring_agg", "bool_and", "bool_or", "corr", "count",
    "count_if", "count_star", "countif", "covar_pop", "covar_samp", "entropy", "favg", "first", "fsum",
    "geomean", "geometric_mean", "group_concat", "histogram", "histogram_exact", "kahan_sum", "kurtosis",
    "kurtosis_pop", "last", "list", "listagg", "mad", "max", "max_by", "mean", "median", "min", "min_by",
    "mode", "product", "quantile", "quantile_cont", "quantile_disc", "regr_avgx", "regr_avgy", "regr_count",
    "regr_intercept", "regr_r2", "regr_slope", "regr_sxx", "regr_sxy", "regr_syy", "reservoir_quantile", "sem",
    "skewness", "stddev", "stddev_pop", "stddev_samp", "string_agg", "sum", "sum_no_overflow", "sumkahan",
    "var_pop", "var_samp", "variance", "wavg", "weighted_avg",
})

WINDOWS = frozenset({
    "cume_dist", "dense_rank", "fill", "first_value", "lag", "last_value", "lead", "nth_value", "ntile",
    "percent_rank", "rank", "rank_dense", "row_number",
})

NESTED = frozenset({
    "array_append", "array_apply", "array_cat", "array_concat", "array_contains", "array_distinct",
    "array_extract", "array_filter", "array_grade_up", "array_has", "array_has_all", "array_has_any",
    "array_indexof", "array_intersect", "array_length", "array_pop_back", "array_pop_front", "array_position",
    "array_prepend", "array_push_back", "array_push_front", "array_reduce", "array_resize", "array_reverse",
    "array_reverse_sort", "array_select", "array_slice", "array_sort", "array_to_string", "array_transform",
    "array_unique", "array_value", "array_where", "array_zip", "cardinality", "element_at", "flatten",
    "generate_subscripts", "grade_up", "list_aggr", "list_aggregate", "list_any_value", "list_append",
    "list_apply", "list_avg", "list_cat", "list_concat", "list_contains", "list_count", "list_distinct",
    "list_element", "list_extract", "list_filter", "list_first", "list_grade_up", "list_has", "list_has_all",
    "list_has_any", "list_histogram", "list_indexof", "list_intersect", "list_last", "list_max", "list_median",
    "list_min", "list_mode", "list_pack", "list_position", "list_prepend", "list_product", "list_reduce",
    "list_resize", "list_reverse", "list_reverse_sort", "list_select", "list_slice", "list_sort",
    "list_stddev_pop", "list_stddev_samp", "list_string_agg", "list_sum", "list_transform", "list_unique",
    "list_value", "list_var_pop", "list_var_samp", "list_where", "list_zip", "map", "map_concat",
    "map_contains", "map_contains_entry", "map_contains_value", "map_entries", "map_extract",
    "map_extract_value", "map_from_entries", "map_keys", "map_values", "range", "generate_series", "reduce",
    "filter", "apply", "row", "struct_concat", "struct_contains", "struct_extract", "struct_extract_at",
    "struct_has", "struct_indexof", "struct_insert", "struct_keys", "struct_pack", "struct_position",
    "struct_update", "struct_values", "unnest", "union_extract", "union_tag", "union_value",
})
"""Lists, structs and maps (`range` and `generate_series` here are their list-returning scalar forms)."""

JSON = frozenset({
    "array_to_json", "from_json", "from_json_strict", "json", "json_array", "json_array_length",
    "json_contains", "json_exists", "json_extract", "json_extract_path", "json_extract_path_text",
    "json_extract_string", "json_group_array", "json_group_object", "json_group_structure", "json_keys",
    "json_merge_patch", "json_object", "json_pretty", "json_quote", "json_structure", "json_transform",
    "json_transform_strict", "json_type", "json_valid", "json_value", "row_to_json", "to_json",
})

OTHER = frozenset({
    "typeof", "nullif", "if", "gen_random_uuid", "uuid", "uuidv4", "uuidv7", "uuid_extract_timestamp",
    "uuid_extract_version", "enum_code", "enum_first", "enum_last", "enum_range", "enum_range_boundary",
    "can_cast_implicitly",
})

ALLOWED_FUNCTIONS: frozenset[str] = OPERATORS | MATH | TEXT | TIME | AGGREGATES | WINDOWS | NESTED | JSON | OTHER
"""Every function name a checked query may call (lower-case), in any clause."""

ALLOWED_TABLE_FUNCTIONS = frozenset({"range", "generate_series", "unnest"})
"""Table functions a query may read from: they make rows from their arguments, touching nothing."""

NAMED_REFUSALS = frozenset({
    "getenv", "current_setting", "getvariable", "query", "query_table", "load_extension", "nextval", "currval",
    "setval", "setseed", "sleep_ms", "pg_sleep", "write_log", "enable_logging", "disable_logging",
    "json_execute_serialized_sql", "which_secret", "checkpoint", "force_checkpoint", "enable_profiling",
})
"""Names refused as unsafe even where this DuckDB build lacks them, so a model asking for one is refused,
not sent back to repair its "typo" (safety comes from the allow-list; this only picks the rule)."""

FILE_FUNCTION_PREFIXES = ("read_", "parquet_", "sniff_", "glob", "iceberg_", "delta_", "sqlite_", "postgres_",
                          "mysql_", "http", "s3", "azure_", "gcs_", "hf_")
FILE_FUNCTION_SUFFIXES = ("_scan",)
"""How a refused function that reads files or URLs is told from other refused ones (for the message)."""


def reads_files(name: str) -> bool:
    """True for the name of a function that reads files or URLs (`read_csv`, `parquet_metadata`, `glob`)."""
    return name.startswith(FILE_FUNCTION_PREFIXES) or name.endswith(FILE_FUNCTION_SUFFIXES)
