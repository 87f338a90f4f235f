"""Tests of the downloads: table and chart files, SQL, and the Markdown and HTML reports."""
