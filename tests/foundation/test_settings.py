"""Production settings refuse to start without their secrets; nothing secret is committed."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _start_production(**extra_env):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env |= {"DJANGO_SETTINGS_MODULE": "tawiza.settings.production", **extra_env}
    return subprocess.run(  # noqa: S603 (fixed arguments)
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _start_production(ALLOWED_HOSTS="tawiza.ma")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _start_production(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_starts_with_its_environment():
    result = _start_production(SECRET_KEY="x" * 50, ALLOWED_HOSTS="tawiza.ma")
    assert result.returncode == 0, result.stderr
