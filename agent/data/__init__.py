"""The data layer: an embedded DuckDB database and the catalog that describes it."""
