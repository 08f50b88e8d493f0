"""Which interface strings of our buyer-facing templates lack a translation, per language.

A msgid counts as translated in a language when one of that language's catalogues (ours in
``locale/``, ours for Oscar in ``locale/oscar/``, or Oscar's shipped one) has a non-empty,
non-fuzzy entry for it. Used by the test suite so that a new string without its four
translations fails CI, and by ``manage.py check_translations``.
"""

import contextlib
import io
from collections.abc import Iterable
from pathlib import Path

import oscar
from babel.messages.pofile import read_po
from django.conf import settings
from django.template import engines
from django.templatetags.i18n import BlockTranslateNode, TranslateNode

PROJECT_ROOT = Path(settings.BASE_DIR)
BUYER_TEMPLATE_DIRS = [
    PROJECT_ROOT / "site" / "templates",
    PROJECT_ROOT / "home" / "templates",
    PROJECT_ROOT / "artisans" / "templates",
    PROJECT_ROOT / "stories" / "templates",
    PROJECT_ROOT / "search" / "templates",
    PROJECT_ROOT / "shop" / "templates",
]
OSCAR_LOCALE = Path(oscar.__file__).parent / "locale"


def _msgids_in_template(source: str) -> set[tuple[str | None, str]]:
    """(context, msgid) pairs of the {% translate %} and {% blocktranslate %} tags in ``source``."""
    nodelist = engines["django"].engine.from_string(source).nodelist
    found = set()
    for node in nodelist.get_nodes_by_type(TranslateNode):
        literal = getattr(node.filter_expression.var, "literal", None)
        if isinstance(literal, str):
            found.add((_context(node), literal))
    for node in nodelist.get_nodes_by_type(BlockTranslateNode):
        singular, _vars = node.render_token_list(node.singular)
        found.add((_context(node), singular.strip() if node.trimmed else singular))
    return found


def _context(node):
    """The tag's message context: Django parses a quoted one into the string itself (a
    Variable with ``literal`` in some tags, the plain string in others)."""
    if not node.message_context:
        return None
    var = node.message_context.var
    return getattr(var, "literal", var)


def buyer_facing_msgids(template_dirs: Iterable[Path] = BUYER_TEMPLATE_DIRS) -> dict:
    """{(context, msgid): first template using it} over every template in ``template_dirs``."""
    msgids: dict = {}
    for directory in template_dirs:
        for path in sorted(Path(directory).rglob("*.html")):
            if "/wagtailadmin/" in path.as_posix():
                continue  # admin screens are for staff, not buyers
            for key in _msgids_in_template(path.read_text(encoding="utf-8")):
                where = (
                    path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path
                )
                msgids.setdefault(key, where.as_posix())
    return msgids


def _catalogue_paths(language: str, locale_dirs: Iterable[Path]) -> list[Path]:
    paths = [Path(d) / language / "LC_MESSAGES" / "django.po" for d in locale_dirs]
    paths.append(OSCAR_LOCALE / language / "LC_MESSAGES" / "django.po")
    return [p for p in paths if p.exists()]


def translated_keys(language: str, locale_dirs: Iterable[Path]) -> set[tuple[str | None, str]]:
    keys = set()
    for path in _catalogue_paths(language, locale_dirs):
        # Babel prints a warning for each flag it does not know in Oscar's catalogues.
        with path.open("rb") as po_file, contextlib.redirect_stdout(io.StringIO()):
            catalog = read_po(po_file, locale=None)
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if all(strings):
                msgid = message.id[0] if isinstance(message.id, tuple) else message.id
                keys.add((message.context, msgid))
    return keys


def untranslated(
    template_dirs: Iterable[Path] = BUYER_TEMPLATE_DIRS,
    locale_dirs: Iterable[Path] | None = None,
    languages: Iterable[str] | None = None,
) -> dict[str, list[tuple[str, str]]]:
    """{language: [(msgid, template), …]} of buyer-facing strings without a translation."""
    locale_dirs = list(locale_dirs or settings.LOCALE_PATHS)
    languages = list(languages or (code for code, _name in settings.LANGUAGES))
    msgids = buyer_facing_msgids(template_dirs)
    report = {}
    for language in languages:
        known = translated_keys(language, locale_dirs)
        missing = sorted(
            (msgid, where) for (ctx, msgid), where in msgids.items() if (ctx, msgid) not in known
        )
        if missing:
            report[language] = missing
    return report
