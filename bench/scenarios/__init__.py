"""Benchmark scenarios, by name. Each is a module (or package) with:

- ``TITLE``;
- ``prepare(django, workdir) -> dict``: load what it needs into the fresh database, before
  the server starts (``django`` runs a Python module inside Django, see bench/run.py);
- ``run(base_url, prepared, options) -> dict``: drive the server; the figures;
- ``audit(django, workdir, prepared, figures) -> dict``: check the database afterwards,
  ``{"passed": bool, ...}``;
- ``markdown(figures, audit) -> str``: the scenario's section of bench/results/latest.md.
"""

from . import checkout, page_weight, pages

SCENARIOS = {"checkout": checkout, "page_weight": page_weight, "pages": pages}
