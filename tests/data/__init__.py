"""Tests of users' data: uploads, broken and hostile files, table actions, descriptions, PostgreSQL."""
