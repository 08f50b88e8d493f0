"""Every interface string of a buyer-facing template is translated in all four catalogues."""

from tawiza.i18n_completeness import untranslated


def test_every_buyer_facing_string_is_translated_in_fr_ar_shi_and_en():
    report = untranslated()
    assert report == {}, "\n".join(
        f"{language}: {msgid!r} ({template})"
        for language, missing in report.items()
        for msgid, template in missing
    )


def test_a_new_string_without_translations_is_reported_in_every_language(tmp_path, settings):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "new.html").write_text(
        '{% load i18n %}{% translate "Home" %}'
        "{% blocktranslate with n=3 %}A brand new sentence about {{ n }} carpets"
        "{% endblocktranslate %}"
    )
    report = untranslated(template_dirs=[templates])
    assert set(report) == {"fr", "ar", "shi", "en"}
    for missing in report.values():
        assert [msgid for msgid, _template in missing] == [
            "A brand new sentence about %(n)s carpets"
        ]


def test_an_empty_or_fuzzy_entry_counts_as_untranslated(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text(
        '{% load i18n %}{% translate "Weaving" %}{% translate "Pottery" %}{% translate "Argan" %}'
    )
    po = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    po.mkdir(parents=True)
    (po / "django.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Weaving"\nmsgstr "Tissage"\n\n'
        'msgid "Pottery"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "Argan"\nmsgstr "Argan"\n',
        encoding="utf-8",
    )
    report = untranslated(
        template_dirs=[templates], locale_dirs=[tmp_path / "locale"], languages=["fr"]
    )
    assert sorted(msgid for msgid, _template in report["fr"]) == ["Argan", "Pottery"]
