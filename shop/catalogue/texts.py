"""One answer to "this product's words in this language": the translation, else French, marked.

Templates, search and e-mails all ask ``localized_text``; nothing else reads ``ProductText``.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import get_language

from tawiza.locales import language_code_of


@dataclass(frozen=True)
class LocalizedText:
    title: str
    description: str
    materials: str
    care: str
    language_code: str
    is_fallback: bool
    # Prose attribute values (ingredients, dimensions…) by attribute code.
    attributes: dict[str, str] = field(default_factory=dict)


def _texts_by_language(product) -> dict:
    if product.pk is None:
        return {}
    cache = getattr(product, "_prefetched_objects_cache", {})
    texts = cache["texts"] if "texts" in cache else product.texts.all()
    return {language_code_of(text): text for text in texts}


def localized_text(product, language_code: str | None = None) -> LocalizedText:
    """The product's text in ``language_code`` (default: the active language).

    A language without a translation gets the French text with ``is_fallback`` set, so
    templates can say so; a product without any text row (not saved since the texts
    existed) gets its own fields.
    """
    wanted = (language_code or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    texts = _texts_by_language(product)
    text = texts.get(wanted)
    if text is not None:
        return LocalizedText(
            text.title,
            text.description,
            text.materials,
            text.care,
            wanted,
            is_fallback=False,
            attributes=attribute_texts(text),
        )
    source = texts.get(settings.LANGUAGE_CODE)
    if source is not None:
        return LocalizedText(
            source.title,
            source.description,
            source.materials,
            source.care,
            settings.LANGUAGE_CODE,
            is_fallback=wanted != settings.LANGUAGE_CODE,
            attributes=attribute_texts(source),
        )
    return LocalizedText(
        product.title,
        product.description,
        product.materials,
        product.care,
        settings.LANGUAGE_CODE,
        is_fallback=wanted != settings.LANGUAGE_CODE,
    )


def attribute_texts(text) -> dict[str, str]:
    """A ``ProductText``'s prose attribute values, by attribute code."""
    return {
        block["value"]["code"]: block["value"]["text"]
        for block in text.attribute_texts.raw_data
        if block["type"] == "attribute"
    }


def localized_category_name(category, language_code: str | None = None) -> str:
    wanted = (language_code or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    names = _category_names(category)
    return names.get(wanted) or names.get(settings.LANGUAGE_CODE) or category.name


def _category_names(category) -> dict[str, str]:
    """{language code: name} of ``category``, read once per category object: a listing asks
    for the same category's name in its title, breadcrumbs, menu and head."""
    names = getattr(category, "_tawiza_names", None)
    if names is None:
        cache = getattr(category, "_prefetched_objects_cache", {})
        texts = cache["texts"] if "texts" in cache else category.texts.all()
        names = {language_code_of(text): text.name for text in texts}
        if category.pk is not None:
            category._tawiza_names = names
    return names
