"""Text as the search index sees it: one normalising function for indexed words and queries.

Both sides of a match go through ``normalise``, so the database backend (which has no
language analysis) and OpenSearch agree on what "the same word" means:

- Latin script: case and accents are ignored ("tapis berbere" finds "Tapis berbère");
- Arabic: the hamza and madda forms of alef (أ إ آ ٱ) become ا, ta marbuta ة becomes ه,
  alef maqsura ى becomes ي, and the harakat (short vowels, shadda, sukun) and the tatweel
  are dropped, so "زيت أركان" and "زيت اركان" are the same words;
- Tifinagh: kept as typed (it has no case and no diacritics to fold).
"""

import re
import unicodedata

from django.utils.html import strip_tags

MAX_QUERY_LENGTH = 200

_ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ـ": None,  # tatweel
    }
)
# Harakat, shadda, sukun, superscript alef and Quranic marks.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_SPACES = re.compile(r"\s+")
# Characters that search engines' query syntaxes give a meaning to (Lucene, FTS5, tsquery).
_QUERY_SYNTAX = re.compile(r"[\"'`*:()\[\]{}<>^~!?&|+\-\\/=;,.@#$%]+")


def normalise(text: str) -> str:
    """``text`` lowercased, with Latin accents folded and Arabic spelling variants unified."""
    if not text:
        return ""
    text = _ARABIC_MARKS.sub("", text.translate(_ARABIC_LETTERS))
    decomposed = unicodedata.normalize("NFD", text.casefold())
    # Drop combining marks only after Latin letters: Tifinagh and Arabic keep their letters.
    folded = []
    for char in decomposed:
        if unicodedata.combining(char) and folded and folded[-1] < "\u0250":
            continue
        folded.append(char)
    return _SPACES.sub(" ", unicodedata.normalize("NFC", "".join(folded))).strip()


def index_text(text: str) -> str:
    """``text`` as the index stores it: normalised, followed by the words normalising changed,
    as written (PostgreSQL's stemmers need the accents: "tissées" and "tissé" share a stem
    only as written; other backends find the normalised words)."""
    normalised = normalise(text)
    changed = dict.fromkeys(
        word for word in _SPACES.split(text or "") if word and normalise(word) != word.casefold()
    )
    return " ".join([normalised, *changed]).strip()


def clean_words(raw: str) -> str:
    """The visitor's query made safe to hand to any backend: short, plain words, as typed.

    Quotes, brackets, operators and other query syntax become spaces (Wagtail's ``PlainText``
    query then treats what is left as plain words); the length is capped before any work.
    """
    text = (raw or "")[: MAX_QUERY_LENGTH * 4]
    text = "".join(char for char in text if unicodedata.category(char)[0] not in {"C", "S"})
    text = _QUERY_SYNTAX.sub(" ", text)
    return _SPACES.sub(" ", text)[:MAX_QUERY_LENGTH].strip()


def clean_query(raw: str) -> str:
    """The visitor's query as plain, normalised words (``clean_words``, then ``normalise``)."""
    return normalise(clean_words(raw))[:MAX_QUERY_LENGTH].strip()


def display_query(raw: str) -> str:
    """The query as the visitor typed it, shortened for showing back on the page and for the
    query log; control characters (a NUL byte cannot even be stored by PostgreSQL) dropped."""
    text = "".join(
        char for char in (raw or "")[: MAX_QUERY_LENGTH * 4] if unicodedata.category(char)[0] != "C"
    )
    return _SPACES.sub(" ", text).strip()[:MAX_QUERY_LENGTH]


def stream_text(value) -> str:
    """Every piece of text in a StreamField value (paragraphs, quotes, captions, alt text)."""
    pieces = []

    def walk(node, key=None):
        if isinstance(node, dict):
            for child_key, child in node.items():
                if child_key not in {"id", "type"}:
                    walk(child, child_key)
        elif isinstance(node, list | tuple):
            for child in node:
                walk(child, key)
        elif isinstance(node, str) and node.strip():
            pieces.append(strip_tags(node))

    walk(list(value.raw_data) if value else [])
    return " ".join(pieces)
