"""Tests of the offline analyst: question shapes on real tables, checked against pandas."""
