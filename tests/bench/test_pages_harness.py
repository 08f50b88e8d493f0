"""The page benchmark's pure parts: reading wrk's and locust's figures, ratios to the static
ceiling, the targets' verdicts and the Markdown table (no server, no database)."""

import http.server
import shutil
import threading

import pytest

from bench.loadgen import LoadGenerator, parse_locust_stats, parse_wrk
from bench.scenarios.pages import figures
from tests.conftest import require_service

# What wrk 4.1 prints with --latency and bench.loadgen.WRK_SCRIPT.
WRK_OUTPUT = """\
Running 5s test @ http://127.0.0.1:8000/fr/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    61.21ms   20.11ms 203.34ms   74.12%
    Req/Sec    65.44     12.30    90.00     70.00%
  Latency Distribution
     50%   58.02ms
     75%   70.11ms
     90%   86.40ms
     99%  140.55ms
  652 requests in 5.01s, 20.13MB read
Requests/sec:    130.14
Transfer/sec:      4.02MB
BENCH_JSON {"requests": 652, "duration_us": 5010000, "bytes": 21107520, \
"errors": {"connect": 0, "read": 0, "write": 0, "status": 2, "timeout": 1}, \
"latency_us": {"p50": 58020, "p95": 101230, "p99": 140550, "max": 203340, "mean": 61210.4}}
"""

LOCUST_STATS = """\
Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,\
Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,\
75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%
GET,page,400,0,45,50.2,12,310,32410.5,80.0,0.0,45,52,60,64,80,95,120,150,300,310,310
,Aggregated,400,3,45,50.2,12,310,32410.5,80.0,0.6,45,52,60,64,80,95,120,150,300,310,310
"""


def test_wrk_figures_come_from_the_script_line():
    load = parse_wrk(WRK_OUTPUT)
    assert load.tool == "wrk"
    assert load.requests == 652
    assert load.duration_s == 5.01
    assert load.requests_per_s == round(652 / 5.01, 1)
    assert (load.p50_ms, load.p95_ms, load.p99_ms, load.max_ms) == (58.0, 101.2, 140.6, 203.3)
    assert load.bytes_per_request == round(21107520 / 652)
    # Only the kinds of error that happened, and their sum.
    assert load.errors == {"status": 2, "timeout": 1}
    assert load.error_count == 3


def test_wrk_output_without_the_script_line_is_refused():
    with pytest.raises(ValueError, match="BENCH_JSON"):
        parse_wrk(WRK_OUTPUT.split("BENCH_JSON")[0])


def test_wrk_run_with_no_request_has_no_latency():
    output = (
        'BENCH_JSON {"requests": 0, "duration_us": 5000000, "bytes": 0, "errors": '
        '{"connect": 8, "read": 0, "write": 0, "status": 0, "timeout": 0}, "latency_us": '
        '{"p50": 0, "p95": 0, "p99": 0, "max": 0, "mean": 0.0}}'
    )
    load = parse_wrk(output)
    assert load.requests_per_s == 0
    assert load.p95_ms is None and load.bytes_per_request is None
    assert load.error_count == 8


def test_locust_figures_come_from_the_aggregated_row():
    load = parse_locust_stats(LOCUST_STATS)
    assert load.tool == "locust"
    assert load.requests == 400
    assert load.requests_per_s == 80.0
    assert (load.p50_ms, load.p95_ms, load.p99_ms) == (45.0, 95.0, 150.0)
    assert load.bytes_per_request == 32410
    assert load.errors == {"status": 3}


def page(uncached, cached, ceiling, name_queries=20):
    def load(rps):
        if rps is None:
            return None
        figures_ = {"requests": rps * 5, "duration_s": 5, "requests_per_s": rps}
        return {**figures_, "p50_ms": 1, "p95_ms": 2, "p99_ms": 3}

    return {
        "path": "/fr/x/",
        "queries": name_queries,
        "queries_cached": 0,
        "html_bytes": 30_500,
        "uncached": load(uncached),
        "cached": load(cached),
        "ceiling": load(ceiling),
    }


def test_ratio_is_the_share_of_the_ceiling_and_none_when_unmeasured():
    assert figures.ratio({"requests_per_s": 50}, {"requests_per_s": 400}) == 0.125
    assert figures.ratio(None, {"requests_per_s": 400}) is None
    assert figures.ratio({"requests_per_s": 50}, {"requests_per_s": 0}) is None


def test_targets_judge_cached_pages_and_uncached_product_and_story():
    result = {
        "pages": {
            "home": page(40, 300, 500),
            "story": page(60, 200, 500),
            "product": page(80, 260, 500),
            "basket": page(40, 40, 500),
        },
        "search": {
            "database": {"p95_ms": 120.0},
            "server": {"p95_ms": 80.0},
        },
    }
    verdicts = {check["target"]: check for check in figures.targets(result)}
    assert verdicts["home cached ≥ 50% of the ceiling"]["met"] is True
    assert verdicts["story cached ≥ 50% of the ceiling"]["met"] is False
    assert verdicts["story cached ≥ 50% of the ceiling"]["measured"] == "40%"
    assert verdicts["story uncached ≥ 15% of the ceiling"]["met"] is False
    assert verdicts["product uncached ≥ 15% of the ceiling"]["met"] is True
    # The basket is never cached: no cached target; home has no uncached target.
    assert not any(target.startswith("basket") for target in verdicts)
    assert "home uncached ≥ 15% of the ceiling" not in verdicts
    assert verdicts["search p95 on the search server ≤ on PostgreSQL"]["met"] is True


def test_an_unmeasured_target_is_neither_met_nor_missed():
    result = {"pages": {"story": page(60, None, 500)}, "search": {"server": {"skipped": "no"}}}
    verdicts = {check["target"]: check for check in figures.targets(result)}
    assert verdicts["story cached ≥ 50% of the ceiling"]["met"] is None
    assert not any(target.startswith("search") for target in verdicts)


def test_markdown_shows_ratios_missed_targets_and_a_skipped_search_server():
    result = {
        "tool": "wrk",
        "connections": 8,
        "threads": 2,
        "duration_s": 5,
        "page_cache_setting": False,
        "pages": {"story": page(60, 200, 500, name_queries=17)},
        "search": {
            "database": {
                "requests": 90,
                "requests_per_s": 18.0,
                "p50_ms": 40.0,
                "p95_ms": 90.0,
                "p99_ms": 120.0,
            },
            "server": {"skipped": "SEARCH_URL is not set: no search server to measure"},
            "paths": ["/fr/search/?q=tapis"],
        },
        "setup_s": {},
    }
    audit = {"passed": True, "problems": [], "targets": figures.targets(result)}
    text = figures.markdown(result, audit)
    assert "| story | 17 | 0 | 30.5 | 60 | 200 | 500 | 12% | 40% | none |" in text
    assert "| story cached ≥ 50% of the ceiling | 40% | **missed** |" in text
    assert "SEARCH_URL is not set" in text
    assert "no `PAGE_CACHE_SECONDS` setting yet" in text


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the standard library's name)
        body = b"<!doctype html><title>t</title>" if self.path != "/moved" else b""
        self.send_response(200 if self.path != "/moved" else 302)
        if self.path == "/moved":
            self.send_header("Location", "/elsewhere")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # wrk hangs up mid-answer when its time is up


@pytest.fixture
def little_server():
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_redirect_is_not_benchmarked(little_server):
    assert figures.check_answers(little_server, ["/fr/"], {}, 2) is None
    assert figures.check_answers(little_server, ["/fr/", "/moved"], {}, 1) == (
        "/moved answered 302 → /elsewhere"
    )


def test_wrk_with_the_script_measures_a_real_server(little_server, tmp_path):
    require_service(shutil.which("wrk") is not None, "wrk is not installed (apt install wrk)")
    load = LoadGenerator("wrk", little_server, {"X-Forwarded-Proto": "https"}, 2, 1, tmp_path)
    measured = load.run(["/a", "/b"], duration=1)
    assert measured.requests > 0
    assert measured.error_count == 0
    assert measured.p50_ms is not None and measured.p50_ms <= measured.p99_ms


def test_answer_header_reads_one_header(little_server):
    assert figures.answer_header(little_server, "/moved", {}, "Location") == "/elsewhere"
    assert figures.answer_header(little_server, "/fr/", {}, "X-Page-Cache") is None


def test_a_page_slower_than_the_measurement_says_so():
    result = {
        "tool": "wrk",
        "connections": 8,
        "threads": 2,
        "duration_s": 5,
        "page_cache_setting": True,
        "pages": {"category": page(0, 300, 500)},
        "search": {},
        "setup_s": {},
    }
    result["pages"]["category"]["uncached"].update(p50_ms=None, p95_ms=None, p99_ms=None)
    result["pages"]["category"]["cached"]["page_cache"] = "hit"
    audit = {"passed": True, "problems": [], "targets": figures.targets(result)}
    text = figures.markdown(result, audit)
    assert "| category | no answer in 5 s | 1 / 2 / 3 | 1 / 2 / 3 |" in text
    assert "| 0% | 60% | hit |" in text
