"""Translation status overview: what is untranslated, incomplete or outdated, per language.

wagtail-localize shows the state of one object at a time; editors asked for the whole site at
a glance. Pages are listed from the French tree; snippets (product texts, category names,
crafts, regions, associations) from their French rows.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_required
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

UNTRANSLATED = "untranslated"
INCOMPLETE = "incomplete"
OUTDATED = "outdated"
UP_TO_DATE = "up-to-date"

STATUS_LABELS = {
    UNTRANSLATED: _("Not translated"),
    INCOMPLETE: _("Incomplete"),
    OUTDATED: _("Outdated"),
    UP_TO_DATE: _("Up to date"),
}


@dataclass
class Row:
    title: str
    kind: str
    edit_url: str | None
    statuses: dict  # language code -> status


def _page_source_is_stale(page, source) -> bool:
    """The French page changed after wagtail-localize last read it (a sync is due)."""
    changed = page.latest_revision_created_at
    return bool(source and changed and changed > source.last_updated_at)


def _last_saved(source, translation):
    """When the translated object was last written from this source (log or edit)."""
    logs = [
        log.created_at
        for log in source.translation_logs.all()
        if log.locale_id == translation.target_locale_id
    ]
    times = [t for t in (*logs, translation.destination_last_updated_at) if t is not None]
    return max(times, default=None)


def translation_status(source, locale, translation, stale: bool, target_exists: bool) -> str:
    if translation is None or not translation.enabled:
        return UP_TO_DATE if target_exists else UNTRANSLATED
    total, done = translation.get_progress()
    if done < total:
        return INCOMPLETE
    saved = _last_saved(source, translation)
    if stale or saved is None or saved < source.last_updated_at:
        return OUTDATED
    return UP_TO_DATE


def _rows_for_pages(locales):
    source_locale = Locale.get_default()
    pages = (
        Page.objects.filter(locale=source_locale, depth__gt=1).order_by("path").specific(defer=True)
    )
    sources = {
        s.object_id: s
        for s in TranslationSource.objects.filter(
            locale=source_locale, specific_content_type__model__endswith="page"
        ).prefetch_related("translations", "translation_logs")
    }
    translated = {
        (p.translation_key, p.locale_id)
        for p in Page.objects.filter(alias_of__isnull=True).exclude(locale=source_locale)
    }
    for page in pages:
        source = sources.get(page.translation_key)
        by_locale = {t.target_locale_id: t for t in source.translations.all()} if source else {}
        stale = _page_source_is_stale(page, source)
        statuses = {}
        for locale in locales:
            exists = (page.translation_key, locale.pk) in translated
            translation = by_locale.get(locale.pk)
            if translation is None:
                statuses[locale.language_code] = UP_TO_DATE if exists else UNTRANSLATED
            else:
                statuses[locale.language_code] = translation_status(
                    source, locale, translation, stale, exists
                )
        yield Row(
            page.title,
            page.specific_class._meta.verbose_name,
            f"/admin/pages/{page.pk}/edit/",
            statuses,
        )


def _rows_for_snippets(locales):
    source_locale = Locale.get_default()
    sources = list(
        TranslationSource.objects.filter(locale=source_locale)
        .exclude(specific_content_type__model__endswith="page")
        .select_related("specific_content_type")
        .prefetch_related("translations", "translation_logs")
        .order_by("specific_content_type__model", "object_repr")
    )
    existing = set()
    for content_type in {source.specific_content_type for source in sources}:
        model = content_type.model_class()
        keys = [s.object_id for s in sources if s.specific_content_type_id == content_type.pk]
        existing.update(
            model.objects.filter(translation_key__in=keys).values_list(
                "translation_key", "locale_id"
            )
        )
    for source in sources:
        by_locale = {t.target_locale_id: t for t in source.translations.all()}
        statuses = {}
        for locale in locales:
            exists = (source.object_id, locale.pk) in existing
            translation = by_locale.get(locale.pk)
            statuses[locale.language_code] = (
                translation_status(source, locale, translation, False, exists)
                if exists
                else UNTRANSLATED
            )
        kind = source.specific_content_type.model_class()._meta.verbose_name
        yield Row(source.object_repr, kind, None, statuses)


@permission_required("wagtailadmin.access_admin")
def translation_status_view(request):
    locales = list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("pk"))
    wanted = request.GET.get("status")
    rows = [*_rows_for_pages(locales), *_rows_for_snippets(locales)]
    if wanted in STATUS_LABELS:
        rows = [row for row in rows if wanted in row.statuses.values()]
    page = Paginator(rows, 50).get_page(request.GET.get("p"))
    totals = {
        locale.language_code: {
            status: sum(1 for row in rows if row.statuses[locale.language_code] == status)
            for status in STATUS_LABELS
        }
        for locale in locales
    }
    return render(
        request,
        "tawiza/translation_status.html",
        {
            "locales": locales,
            "rows": page,
            "totals": totals,
            "status_labels": STATUS_LABELS,
            "wanted": wanted,
        },
    )
