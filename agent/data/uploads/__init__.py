"""A user's file becomes a typed Parquet table: checked, sniffed, converted, with messages for people."""
