"""The benchmark of `make bench` (README "Benchmark"): scripts, not tests (no test_ files)."""
