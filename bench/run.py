"""`make bench`: build the production site on a throwaway PostgreSQL, serve it with
gunicorn, run the scenarios against it, check the database, write bench/results/.

    python -m bench.run [--scenario checkout] [--buyers 50] [--duration 60] [--workers N]
                        [--scale 0.05] [--page-duration 10] [--load-tool wrk|locust]

Everything it starts (PostgreSQL, gunicorn) is stopped at the end, also on failure or
Ctrl-C. Exit status 1 when a scenario saw errors or its audit failed.
"""

import argparse
import json
import os
import platform
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.scenarios import SCENARIOS
from bench.services import ROOT, Gunicorn, PostgresCluster, gunicorn_workers, log, raise_on_sigterm

RESULTS = ROOT / "bench" / "results"


def parse_options(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scenario",
        action="append",
        choices=sorted(SCENARIOS),
        help="scenario to run (repeatable; default: all)",
    )
    parser.add_argument("--buyers", type=int, default=50, help="concurrent virtual buyers")
    parser.add_argument("--duration", type=int, default=60, help="seconds of load")
    parser.add_argument(
        "--workers",
        type=int,
        default=gunicorn_workers(),
        help="gunicorn sync workers (default: 2 × cores + 1)",
    )
    parser.add_argument(
        "--scale",
        type=float,
        default=0.05,
        help="seed_bench's data set size beside the demo (1: 20,000 products; 0: none)",
    )
    parser.add_argument(
        "--page-duration",
        type=int,
        default=None,
        help="seconds of load per page type and server in the pages scenario "
        "(default: 10, or --duration when shorter)",
    )
    parser.add_argument(
        "--load-tool",
        choices=("wrk", "locust"),
        default="wrk",
        help="the pages scenario's load generator (wrk falls back to locust when missing)",
    )
    options = parser.parse_args(argv)
    if options.page_duration is None:
        options.page_duration = min(10, options.duration)
    return options


def site_environment(database_url, workdir):
    """The production settings, configured only through the environment (as a host would)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SEARCH_URL", "CACHE_URL", "EMAIL_URL", "MEDIA_STORAGE", "PYTEST_ADDOPTS")
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "tawiza.settings.production",
            "DATABASE_URL": database_url,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # The harness stands for the TLS proxy: it sends X-Forwarded-Proto: https.
            "SECURE_SSL_REDIRECT": "false",
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "PYTHONPATH": str(ROOT),
            # The page cache off; the pages scenario starts a second server with it on.
            "PAGE_CACHE_SECONDS": "0",
        }
    )
    return env


def in_django(env):
    """Run ``python -m MODULE ARGS`` with the site's settings (the scenarios' database side)."""

    def run(module, *args):
        subprocess.run(
            [sys.executable, "-m", module, *map(str, args)], cwd=ROOT, env=env, check=True
        )

    return run


class Site:
    """What a scenario may start beside the run's own server: ``manage`` commands and other
    gunicorn servers, with the same environment and some variables changed."""

    def __init__(self, env, workdir, workers):
        self.env = env
        self.workdir = workdir
        self.workers = workers
        self.logs = []
        self.server = None  # the run's own gunicorn, once started

    def manage(self, changes, *command):
        return manage({**self.env, **changes}, *command)

    def serve(self, changes, log_name):
        self.logs.append(RESULTS / log_name)
        return Gunicorn({**self.env, **changes}, self.workers, RESULTS / log_name)


def command_help(env, name):
    done = subprocess.run(
        [sys.executable, "manage.py", name, "--help"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def has_command(name):
    return any(ROOT.glob(f"*/management/commands/{name}.py"))


def manage(env, *command):
    started = time.monotonic()
    subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True)
    return round(time.monotonic() - started, 1)


def main(argv=None):
    options = parse_options(argv)
    raise_on_sigterm()
    names = options.scenario or sorted(SCENARIOS)
    workdir = Path(tempfile.mkdtemp(prefix="tawiza-bench-"))
    report = {
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "server": {"gunicorn_workers": options.workers, "settings": "tawiza.settings.production"},
        "setup_s": {},
        "scenarios": {},
    }
    try:
        with PostgresCluster() as database:
            env = site_environment(database.url, workdir)
            django = in_django(env)
            log("migrating, loading the demo content, collecting static files")
            report["setup_s"]["migrate"] = manage(env, "migrate", "--noinput", "-v0")
            report["setup_s"]["seed_demo"] = manage(env, "seed_demo", "--no-accounts", "-v0")
            seed_data_set(env, options.scale, report)
            report["setup_s"]["collectstatic"] = manage(env, "collectstatic", "--noinput", "-v0")
            options.site = site = Site(env, workdir, options.workers)
            prepared = {name: SCENARIOS[name].prepare(django, workdir) for name in names}
            figures = {}
            # Other work on the machine slows the site down: say how busy it was.
            report["machine"]["load_average_before"] = load_average()
            RESULTS.mkdir(parents=True, exist_ok=True)
            with Gunicorn(env, options.workers, RESULTS / "gunicorn.log") as server:
                site.server = server
                for name in names:
                    log(f"scenario {name}")
                    figures[name] = SCENARIOS[name].run(server.base_url, prepared[name], options)
            report["machine"]["load_average_after"] = load_average()
            for name in names:
                audit = SCENARIOS[name].audit(django, workdir, prepared[name], figures[name])
                report["scenarios"][name] = {"figures": figures[name], "audit": audit}
            report["server"]["log_errors"] = [
                error
                for path in [RESULTS / "gunicorn.log", *site.logs]
                for error in server_errors(path)
            ][:50]
    finally:
        passed = write_results(report, names)
        shutil.rmtree(workdir, ignore_errors=True)
    return 0 if passed else 1


def seed_data_set(env, scale, report):
    """seed_bench's data set at ``scale`` beside the demo, then the database backend's index;
    their times in the report."""
    report["data_set"] = {"scale": scale}
    if scale > 0 and has_command("seed_bench"):
        log(f"seed_bench --scale {scale}")
        command = ["seed_bench", "--scale", str(scale)]
        # update_index is timed on its own below: seed_bench leaves the index to it.
        if "--no-index" in command_help(env, "seed_bench"):
            command.append("--no-index")
        report["setup_s"]["seed_bench"] = manage(env, *command)
    elif scale > 0:
        report["data_set"]["note"] = "seed_bench is not in this checkout: the demo data only"
        log(report["data_set"]["note"])
    log("update_index (the database backend, PostgreSQL)")
    report["setup_s"]["update_index_database"] = manage(env, "update_index", "-v0")


def load_average():
    """The machine's 1, 5 and 15-minute load averages (runnable processes per core count)."""
    return [round(value, 2) for value in os.getloadavg()]


def server_errors(log_path):
    """Tracebacks and worker time-outs gunicorn logged (each is an error the load found)."""
    lines = log_path.read_text(errors="replace").splitlines()
    return [
        line
        for line in lines
        if "Traceback" in line or "WORKER TIMEOUT" in line or " ERROR " in line
    ][:50]


def write_results(report, names):
    RESULTS.mkdir(parents=True, exist_ok=True)
    report["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    passed = bool(report["scenarios"]) and not report["server"].get("log_errors")
    sections = [
        f"# Tawiza benchmark, {report['started_at']}",
        f"{report['machine']['cpus']} CPUs, Python {report['machine']['python']}, "
        f"gunicorn {report['server']['gunicorn_workers']} sync workers, "
        f"production settings on PostgreSQL; data set {report.get('data_set')}; "
        f"setup {report['setup_s']} s; "
        f"load average (1, 5, 15 min) before the load "
        f"{report['machine'].get('load_average_before')}, "
        f"after {report['machine'].get('load_average_after')}.",
    ]
    for name in names:
        result = report["scenarios"].get(name)
        if result is None:
            sections.append(f"## {SCENARIOS[name].TITLE}\n\nNot run (the run stopped early).")
            passed = False
            continue
        figures, audit = result["figures"], result["audit"]
        scenario_passed = audit["passed"] and figures["errors"] == 0
        passed = passed and scenario_passed
        full = {**result, "passed": scenario_passed}
        (RESULTS / f"{name}.json").write_text(json.dumps(full, indent=1, ensure_ascii=False))
        section = SCENARIOS[name].markdown(figures, audit)
        (RESULTS / f"{name}.md").write_text(f"# {SCENARIOS[name].TITLE}\n\n{section}\n")
        # latest.json keeps the figures, not every journey (those are in <name>.json).
        result["figures"] = {k: v for k, v in figures.items() if k != "outcomes"}
        result["passed"] = scenario_passed
        sections.append(
            f"## {SCENARIOS[name].TITLE}: {'passed' if scenario_passed else 'FAILED'}\n\n" + section
        )
    if report["server"].get("log_errors"):
        sections.append(
            "## Server log errors\n\n```\n" + "\n".join(report["server"]["log_errors"]) + "\n```"
        )
    report["passed"] = passed
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    (RESULTS / "latest.md").write_text("\n\n".join(sections) + "\n")
    log(f"results in {RESULTS / 'latest.md'} ({'passed' if passed else 'FAILED'})")
    return passed


if __name__ == "__main__":
    sys.exit(main())
