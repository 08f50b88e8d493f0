"""Tawiza's benchmark harness: `make bench` (bench/run.py), results in bench/results/.

Each scenario is a package under ``bench/scenarios/``; docs/operations.md says how to run them
and quotes the latest figures.
"""
