"""Benchmarks: each script prints RESULT lines (see README)."""
