"""The campaigns' short share link, and their report for the association in the Wagtail admin."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.admin.auth import permission_denied

from .attribution import remember, running_campaign
from .pages import CampaignPage
from .permissions import edits_association
from .report import campaign_report, csv_response


def short_link(request, code):
    """``/c/CODE/``: the campaign in the visitor's language, remembered for attribution.

    One link for every language: whoever follows it reads the campaign in their own
    (the language cookie, else the browser's), or in French when it is not translated.
    """
    campaign = running_campaign(code)
    if campaign is None:
        raise Http404(_("No running campaign has this link."))
    language = translation.get_language_from_request(request)
    page = (
        CampaignPage.objects.live()
        .filter(translation_key=campaign.translation_key, locale__language_code=language)
        .first()
        or campaign
    )
    return remember(redirect(page.get_url(request)), campaign)


def may_read_report(user, campaign) -> bool:
    """Staff, and the editors of the campaign's association: nobody else sees its figures."""
    if user.is_superuser or user.is_staff:
        return True
    return edits_association(user, campaign.association)


def _readable_campaign(request, page_id):
    campaign = get_object_or_404(CampaignPage.objects.select_related("association"), pk=page_id)
    if not may_read_report(request.user, campaign):
        return None
    return campaign


def report(request, page_id):
    campaign = _readable_campaign(request, page_id)
    if campaign is None:
        return permission_denied(request)
    return TemplateResponse(
        request,
        "stories/admin/campaign_report.html",
        {"campaign": campaign, "report": campaign_report(campaign)},
    )


def report_csv(request, page_id, by):
    if by not in ("day", "product"):
        raise Http404
    campaign = _readable_campaign(request, page_id)
    if campaign is None:
        return permission_denied(request)
    data = campaign_report(campaign)
    header, rows = data.csv_by_day() if by == "day" else data.csv_by_product()
    return csv_response(f"campaign-{campaign.slug}-{by}.csv", header, rows)


def report_index(request):
    """The campaigns whose report the user may read (French pages: one row a campaign)."""
    campaigns = CampaignPage.objects.filter(locale__language_code="fr").select_related(
        "association"
    )
    campaigns = [c for c in campaigns.order_by("-start_date") if may_read_report(request.user, c)]
    return TemplateResponse(
        request, "stories/admin/campaign_report_index.html", {"campaigns": campaigns}
    )
