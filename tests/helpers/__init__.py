"""Code the tests share (servers, fakes, sample builders); fixtures stay in the conftest.py files."""
