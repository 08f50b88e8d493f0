"""A cooperative manager who reads Tachelhit gets Oscar's dashboard in Tifinagh.

Oscar ships no Tachelhit catalogue; locale/oscar/shi translates the dashboard strings a
manager reads (``extract_oscar_msgids.py --manager-dashboard``): navigation, the orders
list with its search/filter form and table headings, pagination and the order views'
messages.
"""

import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

WEAVERS_MANAGER = "coop-tissage-ait-bouguemez"

# Oscar's English originals (and our own headings) that must not be left on the page.
ENGLISH = [
    "Dashboard",
    "Fulfilment",
    "Orders",
    "Welcome",
    "Return to site",
    "Log out",
    "Advanced Search",
    "Order number",
    "Customer name",
    "Product name",
    "Partner SKU",
    "Order status",
    "Date from",
    "Date to",
    "Voucher code",
    "Payment method",
    "Get results as",
    "Date of purchase",
    "Download",
    "Search",
    "Close",
]


@pytest.fixture(autouse=True)
def demo_accounts_log_in(settings):
    """The managers are the demo accounts coop-<slug>, which log in only with DEBUG on."""
    settings.DEBUG = True


@pytest.fixture
def tachelhit_manager():
    from wagtail.users.models import UserProfile

    manager = get_user_model().objects.get(username=WEAVERS_MANAGER)
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "shi"
    profile.save()
    return manager


def visible_text(html):
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_a_tachelhit_manager_reads_the_orders_list_in_tifinagh(client, tachelhit_manager):
    client.force_login(tachelhit_manager)
    response = client.get("/dashboard/orders/")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<html[^>]*\blang="shi"', html)
    text = visible_text(html)
    for tifinagh in [
        "ⵜⴰⴼⵍⵡⵉⵜ ⵏ ⵓⵙⵡⵓⴷⴷⵓ",  # Dashboard
        "ⴰⵙⵉⴼⴹ ⵏ ⵜⵍⵖⵓⵜⵉⵏ",  # Fulfilment
        "ⵓⵖⵓⵍ ⵙ ⵓⵙⵉⵜ",  # Return to site
        "ⴰⵎⵥ ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵙ",  # Get results as
        "ⴰⵔⵣⵣⵓ ⵉⵏⵏⵓⴼⵍⵏ",  # Advanced Search
        "ⵉⵙⵎ ⵏ ⵓⵎⵙⵙⴰⵖ",  # Customer name
        "ⵙⴳ ⵓⵙⴰⴽⵓⴷ",  # Date from
        "ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵖⴰ",  # Date of purchase (table heading)
        "ⵓⵟⵟⵓⵏ ⵏ ⵜⵍⵖⵓⵜ",  # Order number (filter label and table heading)
    ]:
        assert tifinagh in text, tifinagh
    left_in_english = [
        english
        for english in ENGLISH
        if re.search(rf"(?<![\w-]){re.escape(english)}(?![\w-])", text)
    ]
    assert left_in_english == []
