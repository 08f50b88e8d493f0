"""A campaign's voucher must exist in the shop, and a campaign cannot end before it starts."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from oscar.core.loading import get_model

pytestmark = pytest.mark.django_db

Benefit = get_model("offer", "Benefit")
Condition = get_model("offer", "Condition")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Range = get_model("offer", "Range")
Voucher = get_model("voucher", "Voucher")


def open_offer():
    everything = Range.objects.create(name="Toute la boutique", includes_all_products=True)
    return ConditionalOffer.objects.create(
        name="5 % partout",
        offer_type=ConditionalOffer.VOUCHER,
        condition=Condition.objects.create(range=everything, type=Condition.COUNT, value=1),
        benefit=Benefit.objects.create(range=everything, type=Benefit.PERCENTAGE, value=5),
    )


def test_unknown_voucher_code_is_refused(aods_campaign):
    aods_campaign.offer_benefit = ""  # no offer of its own: the code of a dashboard voucher
    aods_campaign.voucher_code = "PAS-DE-TELLE-REDUCTION"
    with pytest.raises(ValidationError) as error:
        aods_campaign.full_clean()
    assert "voucher_code" in error.value.message_dict


def test_existing_voucher_code_is_accepted_and_shown(aods_campaign, client):
    now = timezone.now()
    voucher = Voucher.objects.create(
        name="AODS 2026",
        code="AODS2026",
        start_datetime=now,
        end_datetime=now + timedelta(days=90),
    )
    voucher.offers.add(open_offer())
    aods_campaign.offer_benefit = ""  # no offer of its own: the code of a dashboard voucher
    aods_campaign.voucher_code = "aods2026"
    aods_campaign.full_clean()
    assert aods_campaign.voucher_code == "AODS2026"
    assert aods_campaign.voucher == voucher
    aods_campaign.save_revision().publish()
    html = client.get("/fr/campagnes/un-pressoir-pour-taytmatine/").content.decode()
    assert '<code translate="no">AODS2026</code>' in html


def test_campaign_cannot_end_before_it_starts(aods_campaign):
    aods_campaign.end_date = aods_campaign.start_date - timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        aods_campaign.full_clean()
    assert "end_date" in error.value.message_dict
    aods_campaign.end_date = date(2027, 1, 1)
    aods_campaign.full_clean()


def test_voucher_code_is_synchronised_not_translated(aods_campaign):
    from wagtail_localize.fields import get_translatable_fields

    fields = {field.field_name: field for field in get_translatable_fields(type(aods_campaign))}
    assert not fields["voucher_code"].is_translated(aods_campaign)
    assert fields["voucher_code"].is_synchronized(aods_campaign)
    assert fields["summary"].is_translated(aods_campaign)
