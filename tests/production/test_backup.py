"""Backup and restore as docs/deployment.md tells an operator to do them: `pg_dump -Fc` of the
live database, `pg_restore` into a fresh one, and the demo content comes back whole: every
table has as many rows, and the pages and products are byte for byte the same."""

import os
import shutil
import subprocess
import uuid

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from tests.conftest import require_service

pytestmark = pytest.mark.postgres

TABLES = """
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
"""
# One digest of a whole table, row by row in key order: any changed byte changes it.
DIGEST = "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM {table} t"


def connect(database):
    config = settings.DATABASES["default"]
    return psycopg.connect(
        dbname=database,
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"],
        autocommit=True,
    )


def client_environment():
    config = settings.DATABASES["default"]
    return {
        **os.environ,
        "PGHOST": config["HOST"],
        "PGPORT": str(config["PORT"] or 5432),
        "PGUSER": config["USER"],
        "PGPASSWORD": config["PASSWORD"],
    }


def run(*command):
    result = subprocess.run(  # noqa: S603 (PostgreSQL's own client programs)
        command, env=client_environment(), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, (command, result.stderr[-2000:])


def row_counts(database):
    with connect(database) as conn:
        tables = [name for (name,) in conn.execute(TABLES)]
        return {
            table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
            for table in tables
        }


def digest(database, table):
    with connect(database) as conn:
        return conn.execute(DIGEST.format(table=table)).fetchone()[0]


@pytest.fixture
def restored_database(tmp_path, django_db_setup):
    require_service(connection.vendor == "postgresql", "DATABASE_URL does not point to PostgreSQL")
    require_service(
        bool(shutil.which("pg_dump") and shutil.which("pg_restore")),
        "pg_dump and pg_restore are not on PATH (apt install postgresql-client)",
    )
    source = settings.DATABASES["default"]["NAME"]
    target = f"{source}_restored_{uuid.uuid4().hex[:8]}"
    dump = tmp_path / "tawiza.dump"
    run("pg_dump", "--format=custom", "--file", str(dump), source)
    with connect("postgres") as conn:
        conn.execute(f'CREATE DATABASE "{target}"')
    try:
        run("pg_restore", "--no-owner", "--exit-on-error", "--dbname", target, str(dump))
        yield source, target
    finally:
        with connect("postgres") as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')


def test_restore_brings_back_every_row(restored_database):
    source, target = restored_database
    counts = row_counts(source)
    assert counts["wagtailcore_page"] > 0 and counts["catalogue_product"] > 0
    assert row_counts(target) == counts


def test_restore_brings_back_pages_and_products_intact(restored_database):
    source, target = restored_database
    for table in ["wagtailcore_page", "catalogue_product", "partner_stockrecord"]:
        assert digest(target, table) == digest(source, table), table
    with connect(target) as conn:
        story = conn.execute(
            "SELECT title, live FROM wagtailcore_page WHERE url_path LIKE '%/histoires/%' LIMIT 1"
        ).fetchone()
    assert story is not None and story[1], "no live story in the restored database"
