"""The production build: `collectstatic` with the production settings (WhiteNoise's compressed
manifest storage) succeeds, and every static file the project's templates name is there under
its hashed name, with the references inside CSS and JS files rewritten to hashed names too."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

PROJECT = Path(settings.BASE_DIR)
TEMPLATE_FOLDERS = ["site", "home", "artisans", "stories", "shop", "search"]
STATIC_TAG = re.compile(r"""{%\s*static\s+['"]([^'"]+)['"]\s*%}""")
HASHED = re.compile(r"\.[0-9a-f]{12}\.")


def static_names_in_templates():
    names = set()
    for folder in TEMPLATE_FOLDERS:
        for template in (PROJECT / folder).rglob("templates/**/*.html"):
            names.update(STATIC_TAG.findall(template.read_text()))
    return names


@pytest.fixture(scope="module")
def production_build(tmp_path_factory):
    """collectstatic as a deployment runs it: a fresh process with the production settings."""
    static_root = tmp_path_factory.mktemp("static")
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tawiza.settings.production",
        "SECRET_KEY": "build-only-key",
        "ALLOWED_HOSTS": "tawiza.example",
        "STATIC_ROOT": str(static_root),
        "MEDIA_STORAGE": "filesystem",
    }
    result = subprocess.run(  # noqa: S603 (this interpreter, this project's manage.py)
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return result, static_root


def test_collectstatic_succeeds_with_production_storage(production_build):
    result, static_root = production_build
    assert result.returncode == 0, result.stderr[-3000:]
    assert (static_root / "staticfiles.json").exists()


def test_every_static_file_a_template_names_has_a_hashed_copy(production_build):
    _result, static_root = production_build
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    names = static_names_in_templates()
    assert {"css/tawiza.css", "img/favicon.ico", "vendor/leaflet/leaflet.js"} <= names
    for name in sorted(names):
        assert name in manifest, f"{name} is named by a template but not collected"
        hashed = manifest[name]
        assert HASHED.search(hashed) and (static_root / hashed).exists(), hashed
        # WhiteNoise serves a pre-compressed copy of text files.
        if hashed.endswith((".css", ".js")):
            assert (static_root / f"{hashed}.gz").exists(), hashed


def test_css_and_js_references_point_at_hashed_files(production_build):
    """Fonts in our CSS, Leaflet's images and its source map resolve inside the build."""
    _result, static_root = production_build
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    # tawiza.css names no file: the script fonts are in the per-language stylesheets.
    for name in [
        "css/fonts-ar.css",
        "css/fonts-shi.css",
        "vendor/leaflet/leaflet.css",
        "vendor/leaflet/leaflet.js",
    ]:
        built = static_root / manifest[name]
        text = built.read_text()
        references = re.findall(r"""url\(["']?([^"')#]+)["']?\)|sourceMappingURL=(\S+)""", text)
        targets = [url or source_map for url, source_map in references]
        assert targets, name
        for target in targets:
            assert HASHED.search(target), (name, target)
            assert (built.parent / target).resolve().exists(), (name, target)
