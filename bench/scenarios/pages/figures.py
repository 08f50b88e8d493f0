"""The page benchmark's arithmetic and tables (pure, unit-tested in tests/bench/), and the two
small HTTP helpers the run needs besides the load generator."""

import contextlib
import http.client
import json
import urllib.parse
import urllib.request

from bench.stats import markdown_table

# Issue 16's targets, as fractions of the static-file ceiling measured in the same run.
CACHED_TARGET = 0.50
UNCACHED_TARGET = 0.15
UNCACHED_TARGET_PAGES = ("product", "story")
# Pages the page cache must never serve (per-buyer): no cached target for them.
PRIVATE_PAGES = ("basket", "checkout")


def check_answers(base_url, paths, headers, times):
    """Request each path ``times`` times (warming the workers up); the first problem, or None.

    A benchmark of a redirect or an error page would measure the wrong thing: every answer
    must be a 200, followed by nothing.
    """
    address = urllib.parse.urlsplit(base_url)
    for path in paths:
        for _ in range(times):
            connection = http.client.HTTPConnection(address.hostname, address.port, timeout=120)
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
            except OSError as error:
                return f"{path}: no answer ({error})"
            finally:
                connection.close()
            if response.status != 200:
                location = response.getheader("Location")
                return f"{path} answered {response.status}" + (f" → {location}" if location else "")
    return None


def answer_header(base_url, path, headers, name):
    """The header ``name`` of one answer to ``path`` (None when absent or no answer)."""
    address = urllib.parse.urlsplit(base_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=120)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.getheader(name)
    except OSError:
        return None
    finally:
        connection.close()


def delete_indexes(search_url, prefix):
    """Remove the indexes the run created on the search server (best effort)."""
    with contextlib.suppress(OSError, ValueError):
        listing = f"{search_url}/_cat/indices/{prefix}*?format=json"
        with urllib.request.urlopen(listing, timeout=30) as answer:  # noqa: S310 (SEARCH_URL)
            names = [index["index"] for index in json.load(answer)]
        for name in names:
            if not name.startswith(prefix):
                continue
            request = urllib.request.Request(f"{search_url}/{name}", method="DELETE")  # noqa: S310
            with contextlib.suppress(OSError), urllib.request.urlopen(request, timeout=30):  # noqa: S310
                pass


def ratio(measured, ceiling):
    """Requests/s of ``measured`` over the ceiling's (None when either is missing)."""
    if not measured or not ceiling or not ceiling.get("requests_per_s"):
        return None
    return round(measured["requests_per_s"] / ceiling["requests_per_s"], 3)


def targets(result):
    """Each of the issue's targets this run can judge: what, measured, wanted, met."""
    checks = []
    for name, page in result["pages"].items():
        ceiling = page.get("ceiling")
        if name not in PRIVATE_PAGES:
            checks.append(
                _target(
                    f"{name} cached ≥ {CACHED_TARGET:.0%} of the ceiling",
                    ratio(page.get("cached"), ceiling),
                    CACHED_TARGET,
                )
            )
        if name in UNCACHED_TARGET_PAGES:
            checks.append(
                _target(
                    f"{name} uncached ≥ {UNCACHED_TARGET:.0%} of the ceiling",
                    ratio(page.get("uncached"), ceiling),
                    UNCACHED_TARGET,
                )
            )
    database = result["search"].get("database") or {}
    server = result["search"].get("server") or {}
    if database.get("p95_ms") is not None and server.get("p95_ms") is not None:
        checks.append(
            {
                "target": "search p95 on the search server ≤ on PostgreSQL",
                "measured": f"{server['p95_ms']} ms vs {database['p95_ms']} ms",
                "met": server["p95_ms"] <= database["p95_ms"],
            }
        )
    return checks


def _target(what, measured, wanted):
    return {
        "target": what,
        "measured": None if measured is None else f"{measured:.0%}",
        "met": None if measured is None else measured >= wanted,
    }


def _percent(value):
    return "" if value is None else f"{value:.0%}"


def _figure(load, key):
    return None if not load else load.get(key)


def markdown(result, audit):
    pages = result["pages"]
    head = (
        f"Tool: **{result['tool']}**, {result['connections']} connections "
        f"({result['threads']} threads) on 127.0.0.1, {result['duration_s']} s per "
        "measurement, one page type at a time, anonymous French visitor (the basket and "
        "checkout with one product in the basket). Queries: SQL queries of one request after "
        "a first one, counted with Django's test client on the same database (cached: page "
        "cache on, second request). HTML KB: the page's body, uncompressed (the load "
        "generator asks for no compression, as for the ceiling). Ceiling: the same HTML saved "
        "under STATIC_ROOT and served by the same gunicorn through WhiteNoise."
    )
    if not result.get("page_cache_setting"):
        head += (
            " The site has no `PAGE_CACHE_SECONDS` setting yet: the cached server runs "
            "the same code as the uncached one."
        )
    throughput = markdown_table(
        [
            "page",
            "queries",
            "queries cached",
            "HTML KB",
            "uncached req/s",
            "cached req/s",
            "ceiling req/s",
            "uncached / ceiling",
            "cached / ceiling",
            "X-Page-Cache (cached)",
        ],
        [
            (
                name,
                page["queries"],
                page["queries_cached"],
                f"{page['html_bytes'] / 1000:.1f}",
                _figure(page.get("uncached"), "requests_per_s"),
                _figure(page.get("cached"), "requests_per_s"),
                _figure(page.get("ceiling"), "requests_per_s"),
                _percent(ratio(page.get("uncached"), page.get("ceiling"))),
                _percent(ratio(page.get("cached"), page.get("ceiling"))),
                _figure(page.get("cached"), "page_cache") or "none",
            )
            for name, page in pages.items()
        ],
    )
    latency = markdown_table(
        ["page", *(f"{kind} p50/p95/p99 ms" for kind in ("uncached", "cached", "ceiling"))],
        [
            (name, *(_latencies(page.get(kind)) for kind in ("uncached", "cached", "ceiling")))
            for name, page in pages.items()
        ],
    )
    search_rows = []
    for backend, label in (
        ("database", "PostgreSQL (database backend)"),
        ("server", "search server"),
    ):
        load = result["search"].get(backend)
        if load and "skipped" in load:
            search_rows.append((label, load["skipped"], "", "", "", ""))
        elif load:
            search_rows.append(
                (
                    label,
                    load["requests"],
                    load["requests_per_s"],
                    load["p50_ms"],
                    load["p95_ms"],
                    load["p99_ms"],
                )
            )
    search = markdown_table(
        ["search backend", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms"], search_rows
    )
    verdicts = markdown_table(
        ["target", "measured", "verdict"],
        [
            (
                check["target"],
                check["measured"] or "not measured",
                {True: "met", False: "**missed**", None: "not measured"}[check["met"]],
            )
            for check in audit["targets"]
        ],
    )
    parts = [
        head,
        throughput,
        "Latency:",
        latency,
        "Search, the words cycled through: "
        + ", ".join(f"`{path}`" for path in result["search"].get("paths", [])),
        search,
        "Targets (reported, not a failure of the run):",
        verdicts,
    ]
    if result.get("setup_s"):
        parts.append(f"Search server indexing: {result['setup_s']} s.")
    if audit["problems"]:
        parts.append("Problems:\n" + "\n".join(f"- {p}" for p in audit["problems"]))
    return "\n\n".join(parts)


def _latencies(load):
    if not load:
        return ""
    if not load["requests"]:
        return f"no answer in {load['duration_s']} s"
    return f"{load['p50_ms']} / {load['p95_ms']} / {load['p99_ms']}"
