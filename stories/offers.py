"""The Oscar voucher and offer a campaign page creates for its supporters.

An editor (a diaspora association's included) chooses the benefit on the campaign page: a
percentage off the supported cooperatives' pieces, or free delivery of an order holding one of
them. Nothing happens in the shop until the page is **published**, so an association's offer
goes through the same review as its words. Publishing creates the voucher (the page's code,
valid over the campaign's dates) with its offer, condition, benefit and range, or brings them up
to date; unpublishing the campaign, or choosing no benefit, suspends the offer. Vouchers are
never deleted: past orders keep pointing at theirs. docs/campaigns.md.
"""

import datetime
import logging
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

logger = logging.getLogger(__name__)

MAX_PERCENTAGE = Decimal(50)
# Oscar's vouchers need an end; a campaign without one runs until it is given one.
OPEN_ENDED = datetime.date(2099, 12, 31)


class OfferBenefit(models.TextChoices):
    PERCENTAGE = "percentage", _("A percentage off the supported cooperatives' pieces")
    FREE_DELIVERY = "free_delivery", _("Free delivery of an order holding one of their pieces")


percentage_validators = [MinValueValidator(Decimal(1)), MaxValueValidator(MAX_PERCENTAGE)]


class CampaignOffer(models.Model):
    """The voucher and offer one campaign made, in all its languages (one translation key)."""

    campaign_key = models.UUIDField(unique=True, editable=False)
    voucher = models.OneToOneField(
        "voucher.Voucher", on_delete=models.CASCADE, related_name="campaign_offer"
    )
    offer = models.OneToOneField(
        "offer.ConditionalOffer", on_delete=models.CASCADE, related_name="campaign_offer"
    )

    class Meta:
        verbose_name = _("campaign offer")

    def __str__(self):
        return self.voucher.code


def voucher_code_clash(campaign) -> bool:
    """Whether the campaign's code belongs to a voucher that this campaign did not make."""
    Voucher = get_model("voucher", "Voucher")
    return (
        Voucher.objects.filter(code=campaign.voucher_code)
        .exclude(campaign_offer__campaign_key=campaign.translation_key)
        .exists()
    )


def campaign_products(campaign):
    """The public pieces of the cooperatives the campaign supports, in any language."""
    Product = get_model("catalogue", "Product")
    partners = [page.partner_id for page in campaign.cooperatives.all() if page.partner_id]
    return Product.objects.filter(is_public=True, stockrecords__partner__in=partners).distinct()


def _aware(day, time):
    return timezone.make_aware(datetime.datetime.combine(day, time))


def sync_campaign_offer(campaign):
    """Create or update the campaign's voucher and offer from its page; suspend them if it
    offers nothing. Called when the campaign is published."""
    existing = CampaignOffer.objects.filter(campaign_key=campaign.translation_key).first()
    if not campaign.offer_benefit:
        if existing is not None:
            suspend(existing)
        return
    if voucher_code_clash(campaign):
        # The page's form refuses such a code; a page saved by code must not steal a voucher.
        logger.warning("Campaign %s: voucher code %s is taken", campaign.pk, campaign.voucher_code)
        return
    with transaction.atomic():
        if existing is None:
            _create(campaign)
        else:
            _update(existing, campaign)


def _source(campaign):
    """The French page: its fields are the ones every translation synchronises to."""
    source = campaign.get_translations(inclusive=True).filter(
        locale__language_code=settings.LANGUAGE_CODE
    )
    return source.specific().first() or campaign


def on_campaign_published(sender, instance, **kwargs):
    sync_campaign_offer(_source(instance))


def on_campaign_unpublished(sender, instance, **kwargs):
    source = _source(instance)
    if source.pk != instance.pk:
        return  # a translation taken down; the campaign itself still runs
    existing = CampaignOffer.objects.filter(campaign_key=instance.translation_key).first()
    if existing is not None:
        suspend(existing)


def suspend(campaign_offer):
    offer = campaign_offer.offer
    if not offer.is_suspended:
        offer.suspend()


def _names(campaign):
    # Oscar wants unique names; the share code is unique among campaigns.
    suffix = f" ({campaign.share_code})"
    return campaign.title[: 128 - len(suffix)] + suffix


def _window(campaign):
    return (
        _aware(campaign.start_date, datetime.time.min),
        _aware(campaign.end_date or OPEN_ENDED, datetime.time.max),
    )


def _create(campaign):
    Range = get_model("offer", "Range")
    Condition = get_model("offer", "Condition")
    Benefit = get_model("offer", "Benefit")
    ConditionalOffer = get_model("offer", "ConditionalOffer")
    Voucher = get_model("voucher", "Voucher")
    name = _names(campaign)
    # A range left by a campaign offer deleted in the dashboard is taken back, not duplicated.
    product_range, __ = Range.objects.get_or_create(name=name)
    start, end = _window(campaign)
    offer = ConditionalOffer.objects.create(
        name=name,
        offer_type=ConditionalOffer.VOUCHER,
        condition=Condition.objects.create(range=product_range, type=Condition.COUNT, value=1),
        benefit=Benefit.objects.create(type=Benefit.PERCENTAGE, value=1, range=product_range),
    )
    voucher = Voucher.objects.create(
        name=name, code=campaign.voucher_code, start_datetime=start, end_datetime=end
    )
    voucher.offers.add(offer)
    _update(
        CampaignOffer.objects.create(
            campaign_key=campaign.translation_key, voucher=voucher, offer=offer
        ),
        campaign,
    )


def _update(campaign_offer, campaign):
    Benefit = get_model("offer", "Benefit")
    name = _names(campaign)
    start, end = _window(campaign)
    offer = campaign_offer.offer
    product_range = offer.condition.range
    product_range.name = name
    product_range.save()
    product_range.included_products.set(
        campaign_products(campaign), through_defaults={"display_order": 0}
    )
    product_range.invalidate_cached_queryset()

    benefit = offer.benefit
    if campaign.offer_benefit == OfferBenefit.PERCENTAGE:
        benefit.type, benefit.value, benefit.range = (
            Benefit.PERCENTAGE,
            campaign.offer_percentage,
            product_range,
        )
    else:
        # Oscar's shipping benefits apply to the delivery charge, never to a range.
        benefit.type, benefit.value, benefit.range = Benefit.SHIPPING_PERCENTAGE, 100, None
    benefit.full_clean()
    benefit.save()

    offer.name = name
    offer.start_datetime, offer.end_datetime = start, end
    offer.status = offer.OPEN
    offer.save()

    voucher = campaign_offer.voucher
    voucher.name, voucher.code = name, campaign.voucher_code
    voucher.start_datetime, voucher.end_datetime = start, end
    voucher.save()
