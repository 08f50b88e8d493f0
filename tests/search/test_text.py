"""The one normalising function applied to indexed words and to queries (issue 7)."""

import pytest

from search.text import normalise, stream_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tapis berbère", "tapis berbere"),
        ("HANBEL ÉCRUE", "hanbel ecrue"),
        ("Aït Bouguemez", "ait bouguemez"),
        ("أركان إد آيت", "اركان اد ايت"),  # hamza and madda forms of alef
        ("زربية", "زربيه"),  # ta marbuta
        ("على", "علي"),  # alef maqsura
        ("زَيْتُ", "زيت"),  # harakat
        ("زيـــت", "زيت"),  # tatweel
        ("ⴰⵣⵔⵉⴱ ⵜⵉⵣⴳⴳⵯⴰⵖⵉⵏ", "ⴰⵣⵔⵉⴱ ⵜⵉⵣⴳⴳⵯⴰⵖⵉⵏ"),  # Tifinagh as typed
        ("  deux\n  mots ", "deux mots"),
        ("", ""),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_stream_text_reads_every_string_but_ids():
    class Stream:
        raw_data = [
            {"type": "paragraph", "id": "abc-123", "value": "<p>Un <b>tapis</b></p>"},
            {"type": "image", "id": "def", "value": {"image": 4, "alt": "Laine teinte"}},
        ]

        def __bool__(self):
            return True

    assert stream_text(Stream()) == "Un tapis Laine teinte"
