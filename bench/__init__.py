"""Benchmarks: each script prints its figures and ends with one line of JSON."""
