"""The services a benchmark run starts for itself and always stops: a throwaway PostgreSQL
cluster on a free 127.0.0.1 port and gunicorn serving the production settings.

Both are context managers, so a failed run (an exception, Ctrl-C, SIGTERM) still stops them
and removes the cluster's files.
"""

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def log(message):
    print(f"[bench] {message}", flush=True)


def raise_on_sigterm():
    """Turn SIGTERM into an exception, so the ``with`` blocks stop what they started."""

    def stop(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, stop)


# PostgreSQL ------------------------------------------------------------------------------


def postgres_bin_dir() -> Path:
    """Debian's newest PostgreSQL server binaries, installed first if absent (as CI does)."""
    for attempt in range(2):
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=_version_key)
        if found:
            return Path(found[-1]).parent
        on_path = shutil.which("initdb")
        if on_path:
            return Path(on_path).parent
        if attempt == 0:
            log("PostgreSQL is not installed: installing Debian's package")
            sudo = [] if os.geteuid() == 0 else ["sudo"]
            env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
            subprocess.run(
                [*sudo, "apt-get", "install", "-y", "-qq", "postgresql"],
                check=True,
                env=env,
                stdout=subprocess.DEVNULL,
            )
    raise RuntimeError("PostgreSQL's initdb and pg_ctl were not found")


def _version_key(path):
    version = Path(path).parent.parent.name
    return [int(part) for part in version.split(".") if part.isdigit()]


class PostgresCluster:
    """``initdb`` in a temporary folder, started on a free port; ``url`` once started.

    PostgreSQL refuses to run as root, so under root the cluster belongs to the ``postgres``
    user Debian's package creates. Durability is off (fsync, synchronous commit): the cluster
    lives for one run, and the figures measure the application, not the disk.
    """

    def __init__(self):
        self.bin = postgres_bin_dir()
        self.port = free_port()
        self.workdir = Path(tempfile.mkdtemp(prefix="tawiza-bench-pg-"))
        self.data = self.workdir / "data"
        self.url = f"postgres://tawiza:tawiza@127.0.0.1:{self.port}/tawiza"

    def _run(self, *command, **kwargs):
        if os.geteuid() == 0:
            command = ("runuser", "-u", "postgres", "--", *command)
        return subprocess.run(command, check=True, **kwargs)

    def __enter__(self):
        if os.geteuid() == 0:
            os.chmod(self.workdir, 0o755)  # noqa: S103 (postgres must reach its socket folder)
            shutil.chown(self.workdir, "postgres")
        log(f"starting PostgreSQL on 127.0.0.1:{self.port} ({self.bin.parent.name})")
        quiet = {"stdout": subprocess.DEVNULL}
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            **quiet,
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.workdir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        try:
            self._run(
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.workdir / "postgres.log"),
                "-o",
                options,
                "-w",
                "start",
                **quiet,
            )
            self.sql("CREATE ROLE tawiza LOGIN CREATEDB PASSWORD 'tawiza'")
            self.sql("CREATE DATABASE tawiza OWNER tawiza")
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return self

    def sql(self, statement):
        self._run(
            str(self.bin / "psql"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            "-qc",
            statement,
            stdout=subprocess.DEVNULL,
        )

    def __exit__(self, *exc):
        log("stopping PostgreSQL")
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-m",
                "fast",
                "-w",
                "stop",
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        shutil.rmtree(self.workdir, ignore_errors=True)


# gunicorn --------------------------------------------------------------------------------


def gunicorn_workers() -> int:
    """Sync workers: gunicorn's own rule of thumb, two per core plus one."""
    return 2 * (os.cpu_count() or 1) + 1


class Gunicorn:
    """gunicorn serving ``tawiza.wsgi`` with the environment given; ``base_url`` once up.

    Run from the project's folder, gunicorn reads the deployment's ``gunicorn.conf.py`` when
    there is one (time-outs, logs): the bench measures what production runs. Only the address
    and the number of workers are the bench's own.
    """

    def __init__(self, env, workers, log_path):
        self.env = env
        self.workers = workers
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.process = None

    def __enter__(self):
        log(f"starting gunicorn ({self.workers} workers) on {self.base_url}")
        self._log = open(self.log_path, "w")  # noqa: SIM115 (closed in __exit__)
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "tawiza.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--backlog",
                "2048",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            self._wait_until_healthy()
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return self

    def _wait_until_healthy(self, timeout=300):
        # Generous: each worker imports Django, Wagtail and Oscar, slow on a busy machine.
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log_path}")
            probe = urllib.request.Request(  # noqa: S310 (our own server on 127.0.0.1)
                f"{self.base_url}/healthz", headers={"X-Forwarded-Proto": "https"}
            )
            with contextlib.suppress(OSError), urllib.request.urlopen(probe, timeout=5) as answer:  # noqa: S310
                if answer.status == 200:
                    return
            time.sleep(0.5)
        raise RuntimeError(f"gunicorn did not answer /healthz in {timeout} s; see {self.log_path}")

    def worker_cpu_ticks(self):
        """CPU time (clock ticks) the master's worker processes have used so far."""
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                # The command may hold spaces: the fields after its closing parenthesis.
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == self.process.pid:  # parent
                    total += int(fields[11]) + int(fields[12])  # utime + stime
        return total

    def wait_until_idle(self, timeout=120, interval=0.5):
        """Wait until no worker is busy: their CPU time stands still for ``interval`` s.

        A load generator that stops hangs up, but gunicorn's sync workers still finish
        what they hold (seconds on a slow page): the next measurement must not share the
        CPU with them. False when they were still busy at ``timeout``.
        """
        deadline = time.monotonic() + timeout
        before = self.worker_cpu_ticks()
        while time.monotonic() < deadline:
            time.sleep(interval)
            now = self.worker_cpu_ticks()
            if now - before <= 1:
                return True
            before = now
        return False

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            log("stopping gunicorn")
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self._log.close()
