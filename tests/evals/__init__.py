"""Tests of the evaluation banks and the derived tables their sets are built on."""
