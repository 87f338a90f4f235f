"""The schema as the analyst reads it: each column's role from its name and data, words, values, links."""
