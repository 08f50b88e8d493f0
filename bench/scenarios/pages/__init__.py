"""The page benchmark: each page type under load, uncached and cached, against the ceiling of
the same HTML served as a static file by the same server; and search latency on both backends.

- ``targets`` (inside Django, before the servers start): the paths, SQL queries per request,
  HTML bytes, and the HTML saved under STATIC_ROOT for the ceiling;
- the load generator (``bench.loadgen``: wrk, or locust) drives gunicorn from a second process
  on 127.0.0.1, one page type at a time, for ``--page-duration`` seconds each:
  1. the run's own server, page cache off (``PAGE_CACHE_SECONDS=0``): every page type
     uncached, its static copy (the ceiling), then search on the database backend;
  2. a second gunicorn, same settings with ``PAGE_CACHE_SECONDS=300``: every page type cached;
  3. when ``SEARCH_URL`` names a search server: the index built there (``update_index``, under
     a prefix of its own) and a third gunicorn on it: search on the search server.
- ``figures.py``: the ratios to the ceiling and the issue's targets, the Markdown tables.

A missed target is reported, not a failure: the run fails (exit 1) only when it could not
measure (a load generator error, a non-2xx answer, a page not answering 200 before the load),
or in CI (``CI=true``) when no search server was given.
"""

import json
import os
import secrets

from bench.loadgen import LoadGenerator, ensure_tool
from bench.services import log

from . import figures

TITLE = "Pages under load: uncached, cached and the static-file ceiling"
CACHE_SECONDS = 300
# Few enough for 5 sync workers to stay busy without a queue longer than the measurement.
CONNECTIONS = 8
THREADS = 2
WARM_UP_REQUESTS = 2


def prepare(django, workdir):
    targets_file = workdir / "pages-targets.json"
    django("bench.scenarios.pages.targets", targets_file)
    return json.loads(targets_file.read_text())


def in_ci():
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def run(base_url, prepared, options):
    site = options.site
    duration = options.page_duration
    tool = ensure_tool(options.load_tool)
    log(f"pages: {tool}, {CONNECTIONS} connections, {duration} s per page type")
    headers = {"X-Forwarded-Proto": "https"}
    result = {
        "tool": tool,
        "connections": CONNECTIONS,
        "threads": THREADS,
        "duration_s": duration,
        "errors": 0,
        "problems": [],
        "pages": {},
        "search": {},
        "setup_s": {},
    }

    def generator(url):
        return LoadGenerator(tool, url, headers, CONNECTIONS, THREADS, site.workdir)

    def measure(load, server, name, kind, paths, cookie=None):
        url = server.base_url
        extra = {"Cookie": cookie} if cookie else {}
        problem = figures.check_answers(url, paths, {**headers, **extra}, WARM_UP_REQUESTS)
        if problem:
            result["problems"].append(f"{name} ({kind}): {problem}")
            result["errors"] += 1
            return None
        # What the page cache said of the last answer before the load (hit, miss or none).
        cache_state = figures.answer_header(url, paths[0], {**headers, **extra}, "X-Page-Cache")
        measured = load.run(paths, duration, extra)
        idle(server)
        if measured.error_count:
            result["problems"].append(f"{name} ({kind}): load errors {measured.errors}")
            result["errors"] += 1
        log(
            f"  {name} {kind}: {measured.requests_per_s}/s, p95 {measured.p95_ms} ms, "
            f"{measured.requests} requests"
        )
        return {**measured.as_dict(), "page_cache": cache_state}

    def idle(server):
        if not server.wait_until_idle():
            result["problems"].append(f"{server.base_url}: workers still busy after 120 s")
            result["errors"] += 1

    def warm_up(load, server):
        """Every worker's first requests (imports, templates, URL patterns) are not measured:
        all the page types at once, with the measurement's connections, before the first."""
        every = [page["path"] for name, page in pages.items() if not page["cookie"]]
        every += [page["ceiling_path"] for page in pages.values()]
        load.run(every + prepared["search_paths"], warm_up_seconds)
        idle(server)

    pages = prepared["pages"]
    warm_up_seconds = max(3, duration // 2)
    load = generator(base_url)
    log("pages: page cache off, and each page's static copy (the ceiling)")
    main = site.server
    warm_up(load, main)
    # The ceilings first, all of them: a static file leaves no slow request behind.
    for name, page in pages.items():
        result["pages"][name] = {
            "path": page["path"],
            "queries": page["queries"],
            "queries_cached": page["queries_cached"],
            "html_bytes": page["html_bytes"],
            "ceiling": measure(load, main, name, "ceiling", [page["ceiling_path"]]),
        }
    for name, page in pages.items():
        result["pages"][name]["uncached"] = measure(
            load, main, name, "uncached", [page["path"]], page["cookie"]
        )
    result["search"]["database"] = measure(
        load, main, "search", "database backend", prepared["search_paths"]
    )

    log(f"pages: page cache on (PAGE_CACHE_SECONDS={CACHE_SECONDS})")
    with site.serve({"PAGE_CACHE_SECONDS": str(CACHE_SECONDS)}, "gunicorn-cached.log") as cached:
        load = generator(cached.base_url)
        warm_up(load, cached)
        for name, page in pages.items():
            result["pages"][name]["cached"] = measure(
                load, cached, name, "cached", [page["path"]], page["cookie"]
            )

    search_url = os.environ.get("SEARCH_URL", "")
    if not search_url:
        note = "SEARCH_URL is not set: no search server to measure"
        result["search"]["server"] = {"skipped": note}
        if in_ci():
            result["problems"].append(f"search: {note} (CI must provide one)")
            result["errors"] += 1
        log(f"pages: {note}")
    else:
        prefix = f"tawiza_bench_{secrets.token_hex(4)}_"
        server_env = {"SEARCH_URL": search_url, "SEARCH_INDEX_PREFIX": prefix}
        log(f"pages: indexing into {search_url} (prefix {prefix})")
        try:
            result["setup_s"]["update_index_search_server"] = site.manage(
                server_env, "update_index", "-v0"
            )
            with site.serve(server_env, "gunicorn-search.log") as server:
                result["search"]["server"] = measure(
                    generator(server.base_url),
                    server,
                    "search",
                    "search server",
                    prepared["search_paths"],
                )
        finally:
            figures.delete_indexes(search_url, prefix)
    result["search"]["paths"] = prepared["search_paths"]
    result["page_cache_setting"] = prepared["page_cache_setting"]
    return result


def audit(django, workdir, prepared, measured):
    """Nothing to check in the database: the run's own problems, and the targets (reported)."""
    return {
        "passed": measured["errors"] == 0,
        "problems": measured["problems"],
        "targets": figures.targets(measured),
    }


def markdown(measured, audit):
    return figures.markdown(measured, audit)
