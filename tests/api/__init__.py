"""Tests of the HTTP event-stream API over real HTTP on loopback."""
