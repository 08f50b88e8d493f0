"""The HTTP load generator the page benchmarks drive the site with: wrk, or locust headless.

wrk (Debian's ``wrk``) is the tool of choice: written in C, it costs the 2-core machine little
beside gunicorn. When it is missing, ``ensure_tool`` installs it with ``apt-get`` (as root, or
with a password-less ``sudo``); when that cannot be done it falls back to locust (``pip install
-e ".[bench]"`` brings it), slower but pure Python. Both report the same figures (``Load``), and
the results say which one ran.

wrk prints its own summary; ``WRK_SCRIPT`` (a Lua script) adds one line, ``BENCH_JSON {...}``,
with the exact figures: requests, duration, bytes, errors by kind and the p50/p95/p99 latencies
(wrk's ``--latency`` table has no p95). The same script cycles through several paths when given
more than one (the search benchmark's queries).
"""

import csv
import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench.services import log

WRK_SCRIPT = r"""
local paths = {}
local counter = 0

init = function(args)
    for _, path in ipairs(args) do
        table.insert(paths, path)
    end
end

request = function()
    if #paths == 0 then
        return wrk.format()
    end
    counter = counter % #paths + 1
    return wrk.format("GET", paths[counter])
end

done = function(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format(
        'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
        '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
        '"latency_us": {"p50": %d, "p95": %d, "p99": %d, "max": %d, "mean": %.1f}}\n',
        summary.requests, summary.duration, summary.bytes,
        errors.connect, errors.read, errors.write, errors.status, errors.timeout,
        latency:percentile(50), latency:percentile(95), latency:percentile(99),
        latency.max, latency.mean))
end
"""

# locust's side, for the fallback: every user requests the paths in turn, with the headers.
LOCUSTFILE = """
import itertools
import json
import os

from locust import FastHttpUser, task

PATHS = json.loads(os.environ["BENCH_PATHS"])
HEADERS = json.loads(os.environ["BENCH_HEADERS"])


class Visitor(FastHttpUser):
    def on_start(self):
        self.paths = itertools.cycle(PATHS)

    @task
    def visit(self):
        self.client.get(next(self.paths), headers=HEADERS, name="page", allow_redirects=False)
"""


@dataclass
class Load:
    """What one load run measured: one URL (or a set of them), one tool, one duration."""

    tool: str
    requests: int
    duration_s: float
    requests_per_s: float
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None
    max_ms: float | None = None
    bytes_per_request: int | None = None
    errors: dict = field(default_factory=dict)

    @property
    def error_count(self):
        return sum(self.errors.values())

    def as_dict(self):
        return {**asdict(self), "error_count": self.error_count}


def parse_wrk(output: str) -> Load:
    """The figures from wrk's output with ``WRK_SCRIPT``'s ``BENCH_JSON`` line."""
    for line in reversed(output.splitlines()):
        if line.startswith("BENCH_JSON "):
            data = json.loads(line.removeprefix("BENCH_JSON "))
            break
    else:
        raise ValueError("wrk printed no BENCH_JSON line (was the Lua script loaded?)")
    duration = data["duration_us"] / 1e6
    requests = data["requests"]
    latency = data["latency_us"]
    return Load(
        tool="wrk",
        requests=requests,
        duration_s=round(duration, 2),
        requests_per_s=round(requests / duration, 1) if duration else 0.0,
        p50_ms=_ms(latency["p50"]) if requests else None,
        p95_ms=_ms(latency["p95"]) if requests else None,
        p99_ms=_ms(latency["p99"]) if requests else None,
        max_ms=_ms(latency["max"]) if requests else None,
        bytes_per_request=round(data["bytes"] / requests) if requests else None,
        errors={kind: count for kind, count in data["errors"].items() if count},
    )


def parse_locust_stats(csv_text: str) -> Load:
    """The figures from locust's ``<prefix>_stats.csv`` (its "Aggregated" row)."""
    rows = list(csv.DictReader(csv_text.splitlines()))
    row = next((r for r in rows if r.get("Name") == "Aggregated"), None)
    if row is None:
        raise ValueError("locust's statistics have no Aggregated row")
    requests = int(row["Request Count"])
    per_second = float(row["Requests/s"])

    def percentile(column):
        value = row.get(column, "N/A")
        return None if not requests or value in ("N/A", "") else round(float(value), 1)

    failures = int(row["Failure Count"])
    return Load(
        tool="locust",
        requests=requests,
        duration_s=round(requests / per_second, 2) if per_second else 0.0,
        requests_per_s=round(per_second, 1),
        p50_ms=percentile("50%"),
        p95_ms=percentile("95%"),
        p99_ms=percentile("99%"),
        max_ms=percentile("Max Response Time"),
        bytes_per_request=round(float(row["Average Content Size"])) if requests else None,
        errors={"status": failures} if failures else {},
    )


def _ms(microseconds):
    return round(microseconds / 1000, 1)


def ensure_tool(prefer="wrk"):
    """wrk (installed with apt-get first when missing and possible), else locust: its name."""
    if prefer == "wrk":
        if shutil.which("wrk") is None:
            _install_wrk()
        if shutil.which("wrk"):
            return "wrk"
        log("wrk is not available: falling back to locust")
    try:
        import locust  # noqa: F401
    except ImportError as missing:
        raise RuntimeError(
            "Neither wrk (apt-get install wrk) nor locust (pip install -e '.[bench]') is "
            "available to drive the site"
        ) from missing
    return "locust"


def _install_wrk():
    if os.geteuid() == 0:
        sudo = []
    elif shutil.which("sudo"):
        sudo = ["sudo", "-n"]  # never wait for a password
    else:
        return
    log("wrk is not installed: installing Debian's package")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", "wrk"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )


class LoadGenerator:
    """Runs ``tool`` against ``base_url`` with the headers every request carries."""

    def __init__(self, tool, base_url, headers, connections, threads, workdir):
        self.tool = tool
        self.base_url = base_url
        self.headers = headers
        self.connections = connections
        self.threads = threads
        self.workdir = Path(workdir)
        self.script = self.workdir / "bench-pages.lua"
        self.script.write_text(WRK_SCRIPT)
        self.locustfile = self.workdir / "bench_locustfile.py"
        self.locustfile.write_text(LOCUSTFILE)

    def run(self, paths, duration, headers=None) -> Load:
        headers = {**self.headers, **(headers or {})}
        if self.tool == "wrk":
            return self._wrk(paths, duration, headers)
        return self._locust(paths, duration, headers)

    def _wrk(self, paths, duration, headers):
        command = [
            "wrk",
            f"--threads={self.threads}",
            f"--connections={self.connections}",
            f"--duration={duration}s",
            "--timeout=30s",
            "--latency",
            f"--script={self.script}",
        ]
        for name, value in headers.items():
            command += ["--header", f"{name}: {value}"]
        command += [self.base_url + paths[0], "--", *paths]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr.strip()}")
        return parse_wrk(done.stdout)

    def _locust(self, paths, duration, headers):
        prefix = self.workdir / "locust"
        env = {
            **os.environ,
            "BENCH_PATHS": json.dumps(paths),
            "BENCH_HEADERS": json.dumps(headers),
        }
        command = [
            str(Path(sys.executable).parent / "locust"),
            "-f",
            str(self.locustfile),
            "--headless",
            "--users",
            str(self.connections),
            "--spawn-rate",
            str(self.connections),
            "--run-time",
            f"{duration}s",
            "--host",
            self.base_url,
            "--csv",
            str(prefix),
            "--only-summary",
            "--loglevel",
            "WARNING",
        ]
        # locust exits 1 when a request failed: the figures say so, read them anyway.
        subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        stats = Path(f"{prefix}_stats.csv")
        if not stats.exists():
            raise RuntimeError("locust wrote no statistics")
        return parse_locust_stats(stats.read_text())
