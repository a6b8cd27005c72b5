"""Evaluation harnesses and benchmarks over real data (``make eval``, ``make bench``); never imported at run time."""
