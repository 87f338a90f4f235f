"""The SQL guard: what a model-written query may do, and the DuckDB lock behind it."""

from __future__ import annotations

import duckdb
import pytest

from agent.contract.errors import UnsafeQuery
from agent.data.guard import check_sql, rule_of
from agent.data.locking import lock_external_access, locked_snapshot

TABLES = ["parts", "inventory", "warehouses", "suppliers", "stock_movements"]

ALLOWED = [
    "SELECT * FROM parts",
    "select part_id, part_name from parts where category = 'Bearings'",
    "FROM parts",
    "FROM parts SELECT part_id",
    "SELECT p.part_name, sum(i.quantity_on_hand) AS qty FROM parts p JOIN inventory i ON p.part_id = i.part_id "
    "GROUP BY p.part_name ORDER BY qty DESC LIMIT 5",
    "SELECT w.warehouse_name, count(*) FROM inventory i LEFT JOIN warehouses w USING (warehouse_id) GROUP BY ALL",
    "WITH totals AS (SELECT part_id, sum(quantity_on_hand) AS qty FROM inventory GROUP BY part_id) "
    "SELECT * FROM totals WHERE qty < 100",
    "WITH a AS (SELECT 1 AS x), b AS (SELECT x + 1 AS y FROM a) SELECT * FROM b",
    "SELECT part_id, quantity_on_hand, rank() OVER (PARTITION BY warehouse_id ORDER BY quantity_on_hand DESC) "
    "AS r FROM inventory QUALIFY r <= 3",
    "SELECT part_id FROM parts WHERE supplier_id IN (SELECT supplier_id FROM suppliers WHERE country = 'Japan')",
    "SELECT (SELECT count(*) FROM parts) AS n_parts, (SELECT count(*) FROM suppliers) AS n_suppliers",
    "SELECT part_id FROM parts UNION SELECT part_id FROM inventory",
    "SELECT part_id FROM parts UNION ALL SELECT part_id FROM inventory ORDER BY 1 LIMIT 10",
    "SELECT part_id FROM parts INTERSECT SELECT part_id FROM inventory",
    "SELECT part_id FROM parts EXCEPT SELECT part_id FROM inventory",
    "SELECT strftime(movement_date::DATE, '%Y-%m') AS month, sum(quantity) FROM stock_movements "
    "WHERE movement_type = 'shipment' GROUP BY 1 ORDER BY 1",
    "SELECT * FROM inventory i, LATERAL (SELECT part_name FROM parts p WHERE p.part_id = i.part_id)",
    "(SELECT count(*) FROM parts)",
    "SELECT * FROM main.parts",
    "SELECT * FROM \"parts\"",
    "SELECT * FROM PARTS",
    "SELECT * FROM range(3) r, parts LIMIT 3",
    "SELECT * FROM parts WHERE part_name = 'DROP TABLE parts; --'",
    "SELECT count(*) FROM parts -- how many?",
    "SELECT 1;",
    "WITH 재고 AS (SELECT part_id FROM inventory) SELECT count(*) FROM 재고",
    # what analysts' questions make a model write: every function here is on the allow-list
    "SELECT date_trunc('month', movement_date) AS m, sum(quantity) FROM stock_movements GROUP BY 1 ORDER BY 1",
    "SELECT EXTRACT(year FROM movement_date) AS y, count(DISTINCT part_id) FROM stock_movements GROUP BY ALL",
    "SELECT round(avg(unit_cost), 2), median(unit_cost), quantile_cont(unit_cost, 0.9), stddev(unit_cost) "
    "FROM parts",
    "SELECT coalesce(category, 'none') AS c, CAST(count(*) AS DOUBLE) / sum(count(*)) OVER () * 100 AS share "
    "FROM parts GROUP BY 1",
    "SELECT part_id, quantity_on_hand, lag(quantity_on_hand) OVER (ORDER BY part_id), "
    "ntile(4) OVER (ORDER BY quantity_on_hand) FROM inventory",
    "SELECT CASE WHEN quantity_on_hand < reorder_point THEN 'low' ELSE 'ok' END AS s, count(*) FROM inventory "
    "GROUP BY 1",
    "SELECT part_name FROM parts WHERE part_name ILIKE '%bearing%' OR regexp_matches(part_id, '^ABC')",
    "SELECT upper(left(part_name, 3)) || '-' || lower(category), length(part_name), nullif(category, '') "
    "FROM parts",
    "SELECT string_agg(DISTINCT category, ', ' ORDER BY category) FROM parts",
    "SELECT date_diff('day', min(movement_date), max(movement_date)), current_date - INTERVAL 3 MONTH "
    "FROM stock_movements",
    "SELECT strftime(movement_date, '%Y-%m') AS month, count(*) FILTER (WHERE movement_type = 'receipt') "
    "FROM stock_movements GROUP BY ALL",
    "SELECT greatest(1, 2), least(3, 4), abs(-1), ceil(1.5), floor(1.5), try_cast('x' AS INTEGER), 2::DOUBLE",
    "SELECT arg_max(part_id, quantity_on_hand), max_by(part_id, quantity_on_hand), count_if(quantity_on_hand = 0) "
    "FROM inventory",
    "SELECT part_id, quantity_on_hand FROM inventory WHERE last_counted BETWEEN DATE '2025-01-01' AND today() "
    "OR part_id IN ('ABC-12345') ORDER BY quantity_on_hand DESC NULLS LAST LIMIT 5",
    "SELECT * FROM generate_series(1, 3) g(i), unnest([1, 2]) u(j)",
    "SELECT year(movement_date), quarter(movement_date), monthname(movement_date), dayname(movement_date) "
    "FROM stock_movements LIMIT 1",
]

REFUSED = [
    ("DROP TABLE parts", "not_read_only"),
    ("DELETE FROM parts", "not_read_only"),
    ("UPDATE inventory SET quantity_on_hand = 0", "not_read_only"),
    ("INSERT INTO parts SELECT * FROM parts", "not_read_only"),
    ("CREATE TABLE x AS SELECT * FROM parts", "not_read_only"),
    ("CREATE OR REPLACE VIEW v AS SELECT 1", "not_read_only"),
    ("ALTER TABLE parts RENAME TO p2", "not_read_only"),
    ("TRUNCATE parts", "not_read_only"),
    ("ATTACH '/tmp/x.db'", "not_read_only"),
    ("ATTACH '/tmp/x.db' AS x (READ_ONLY)", "not_read_only"),
    ("DETACH x", "not_read_only"),
    ("COPY parts TO '/tmp/out.csv'", "not_read_only"),
    ("COPY parts FROM '/etc/passwd'", "not_read_only"),
    ("COPY (SELECT * FROM parts) TO '/tmp/out.parquet' (FORMAT parquet)", "not_read_only"),
    ("SELECT 1; DELETE FROM parts", "not_read_only"),
    ("SELECT 1; DROP TABLE parts;", "not_read_only"),
    ("SELECT 1; SELECT 2", "multiple_statements"),
    ("INSTALL httpfs", "not_read_only"),
    ("LOAD httpfs", "not_read_only"),
    ("PRAGMA table_info('parts')", "not_read_only"),
    ("PRAGMA enable_profiling", "not_read_only"),
    ("SET enable_external_access = true", "not_read_only"),
    ("SET threads = 1", "not_read_only"),
    ("RESET threads", "not_read_only"),
    ("CALL pragma_version()", "not_read_only"),
    ("EXPORT DATABASE '/tmp/export'", "not_read_only"),
    ("IMPORT DATABASE '/tmp/export'", "not_read_only"),
    ("CREATE SECRET (TYPE s3, KEY_ID 'x', SECRET 'y')", "not_read_only"),
    ("USE memory", "not_read_only"),
    ("BEGIN TRANSACTION", "not_read_only"),
    ("CHECKPOINT", "not_read_only"),
    ("VACUUM", "not_read_only"),
    ("DESCRIBE parts", "not_read_only"),
    ("SHOW TABLES", "not_read_only"),
    ("SUMMARIZE parts", "not_read_only"),
    ("EXPLAIN SELECT 1", "not_read_only"),
    ("WITH d AS (DELETE FROM parts RETURNING *) SELECT * FROM d", "not_read_only"),
    ("SELECT * INTO x FROM parts", "not_read_only"),
    ("MERGE INTO parts USING inventory ON true WHEN MATCHED THEN DELETE", "not_read_only"),
    ("SELECT nextval('s')", "unsafe_function"),
    ("SELECT * FROM read_csv('/etc/passwd')", "file_access"),
    ("SELECT * FROM read_csv_auto('/etc/passwd')", "file_access"),
    ("SELECT * FROM READ_CSV('/etc/passwd')", "file_access"),
    ("SELECT * FROM \"read_csv\"('/etc/passwd')", "file_access"),
    ("SELECT * FROM main.read_csv('/etc/passwd')", "file_access"),
    ("SELECT * FROM read_parquet('x.parquet')", "file_access"),
    ("SELECT * FROM read_json('x.json')", "file_access"),
    ("SELECT * FROM read_json_auto('x.json')", "file_access"),
    ("SELECT * FROM read_text('/etc/passwd')", "file_access"),
    ("SELECT * FROM read_blob('/etc/passwd')", "file_access"),
    ("SELECT content FROM read_text('/etc/hostname')", "file_access"),
    ("SELECT * FROM parquet_scan('x.parquet')", "file_access"),
    ("SELECT * FROM glob('/etc/*')", "file_access"),
    ("SELECT * FROM sniff_csv('/etc/passwd')", "file_access"),
    ("SELECT * FROM delta_scan('s3://bucket/t')", "file_access"),
    ("SELECT * FROM sqlite_scan('x.db', 't')", "file_access"),
    ("SELECT * FROM '/etc/passwd'", "file_access"),
    ("SELECT * FROM 'file.csv'", "file_access"),
    ("SELECT * FROM \"data.csv\"", "file_access"),
    ("SELECT * FROM 'https://example.com/x.parquet'", "file_access"),
    ("SELECT * FROM 's3://bucket/x.parquet'", "file_access"),
    ("SELECT * FROM parts WHERE EXISTS (FROM 'x.csv')", "file_access"),
    ("SELECT * FROM parts JOIN read_csv('x.csv') USING (part_id)", "file_access"),
    ("SELECT * FROM parts WHERE part_id IN (SELECT part_id FROM read_parquet('x'))", "file_access"),
    ("SELECT (SELECT count(*) FROM read_csv('x.csv'))", "file_access"),
    ("WITH \"x.csv\" AS (SELECT 1) SELECT * FROM \"x.csv\"", "file_access"),
    ("SELECT getenv('HOME')", "unsafe_function"),
    ("SELECT current_setting('threads')", "unsafe_function"),
    ("SELECT * FROM query('SELECT * FROM read_csv(''/etc/passwd'')')", "unsafe_function"),
    ("SELECT * FROM query_table('parts')", "unsafe_function"),
    ("SELECT * FROM duckdb_settings()", "unsafe_function"),
    ("SELECT * FROM duckdb_secrets()", "unsafe_function"),
    ("SELECT * FROM json_each('{}')", "unsafe_function"),
    ("SELECT * FROM information_schema.tables", "other_schema"),
    ("SELECT * FROM other.main.parts", "other_schema"),
    ("SELECT * FROM orders", "unknown_table"),
    ("SELECT * FROM parts JOIN customers USING (id)", "unknown_table"),
    ("SELEC * FROM parts", "syntax"),
    ("", "empty"),
    ("   ;  ", "empty"),
]


@pytest.mark.parametrize("sql", ALLOWED)
def test_allowed_queries_pass_and_run(sql, sample_db):
    database, _ = sample_db
    checked = check_sql(sql, TABLES, max_rows=1001)
    assert "LIMIT" in checked.sql.upper()
    database.execute(checked.sql)  # the re-rendered SQL is valid DuckDB


@pytest.mark.parametrize(("sql", "rule"), REFUSED)
def test_refused_queries_name_their_rule(sql, rule):
    with pytest.raises(UnsafeQuery) as caught:
        check_sql(sql, TABLES, max_rows=1000)
    assert rule_of(caught.value) == rule, str(caught.value)
    assert caught.value.kind == "UnsafeQuery"
    assert str(caught.value)
    assert caught.value.repairable == (rule in {"syntax", "empty", "unknown_table", "other_schema"})


def test_tables_read_are_reported_as_the_catalog_spells_them():
    checked = check_sql("WITH t AS (SELECT * FROM Inventory) SELECT * FROM t JOIN PARTS USING (part_id)", TABLES)
    assert checked.tables == ["inventory", "parts"]


def test_cte_may_shadow_a_table_name():
    assert check_sql("WITH orders AS (SELECT 1 AS x) SELECT * FROM orders", TABLES).tables == []


@pytest.mark.parametrize(("sql", "limit"), [
    ("SELECT * FROM parts", "LIMIT 100"),
    ("SELECT * FROM parts LIMIT 5", "LIMIT 5"),
    ("SELECT * FROM parts LIMIT 5000", "LIMIT 100"),
    ("SELECT * FROM parts ORDER BY 1 LIMIT 5 OFFSET 2", "LIMIT 5 OFFSET 2"),
    ("SELECT * FROM parts LIMIT 10 + 1", "LIMIT 100"),
    ("SELECT part_id FROM parts UNION SELECT part_id FROM inventory LIMIT 1000", "LIMIT 100"),
    ("(SELECT 1)", "LIMIT 100"),
])
def test_row_limit_is_set_to_at_most_max_rows(sql, limit):
    assert check_sql(sql, TABLES, max_rows=100).sql.endswith(limit)


def test_row_limit_caps_the_rows_that_come_back(sample_db):
    database, _ = sample_db
    checked = check_sql("SELECT * FROM stock_movements", TABLES, max_rows=7)
    assert database.execute(checked.sql).row_count == 7


def test_comments_do_not_reach_the_database():
    assert "DROP" not in check_sql("SELECT 1 /* DROP TABLE parts */ -- ; DROP", TABLES).sql


def test_external_access_lock_is_global_and_one_way(tmp_path):
    data = tmp_path / "allowed"
    data.mkdir()
    (data / "a.csv").write_text("x\n1\n2\n")
    (tmp_path / "secret.csv").write_text("s\nhidden\n")
    connection = duckdb.connect(":memory:")
    connection.execute("CREATE TABLE t AS SELECT 1 AS x")
    lock_external_access(connection, allowed_directories=[data])
    other = connection.cursor()  # every cursor of the database is locked, not just one
    assert other.execute("SELECT count(*) FROM t").fetchone() == (1,)
    assert other.execute(f"SELECT count(*) FROM read_csv('{data / 'a.csv'}')").fetchone() == (2,)
    for sql in (f"SELECT * FROM read_csv('{tmp_path / 'secret.csv'}')", f"SELECT * FROM '{tmp_path / 'secret.csv'}'",
                f"COPY t TO '{tmp_path / 'out.csv'}'", f"ATTACH '{tmp_path / 'x.db'}'", "INSTALL httpfs",
                "SET enable_external_access = true", "SET threads = 1"):
        with pytest.raises(duckdb.Error):
            other.execute(sql)
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "x.db").exists()


def test_locked_snapshot_reads_tables_but_no_files_and_leaves_the_source_alone(tmp_path, fresh_db):
    database, _ = fresh_db
    source = database._connection  # the snapshot copies straight from DuckDB
    locked = locked_snapshot(source, ["parts", "inventory"])
    assert locked.execute("SELECT count(*) FROM parts").fetchone() == source.execute(
        "SELECT count(*) FROM parts").fetchone()
    for sql in ("SELECT * FROM read_csv('/etc/passwd')", f"COPY parts TO '{tmp_path / 'out.csv'}'",
                f"ATTACH '{tmp_path / 'x.db'}'", "LOAD httpfs", "SET enable_external_access = true"):
        with pytest.raises(duckdb.Error):
            locked.execute(sql)
    locked.execute("DROP VIEW parts")  # the snapshot is disposable; the source keeps its table
    assert source.execute("SELECT count(*) FROM parts").fetchone()[0] == 120
    assert not (tmp_path / "out.csv").exists()
    # the source database still loads files after a snapshot was taken
    (tmp_path / "more.csv").write_text("a\n1\n")
    assert database.add_file(tmp_path / "more.csv") == "more"


def test_a_query_longer_than_the_guard_reads_is_refused_without_parsing():
    with pytest.raises(UnsafeQuery) as refused:
        check_sql("SELECT 1 AS x" + " , 1" * 50_000, TABLES)
    assert refused.value.rule == "not_read_only" and "100,000" in str(refused.value)
