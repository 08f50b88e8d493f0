"""Feed demo translations to wagtail-localize, so they are real translations editors can edit."""

from django.db import transaction
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def translate_instance(instance, locale, french_to_target: dict[str, str], publish=True):
    """Create ``instance``'s translation in ``locale`` through wagtail-localize.

    ``french_to_target`` maps each French string of the instance to its translation;
    strings it lacks fall back to French. ``publish`` applies to pages; snippets without
    draft states are saved as they are. Returns the translated instance.
    """
    with transaction.atomic():
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            text = french_to_target.get(segment.string.data)
            if text:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={
                        "data": text,
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    },
                )
        translation.save_target(publish=publish)
        return source.get_translated_instance(locale)
