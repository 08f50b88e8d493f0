"""The artisan's own orders (/<lang>/makers/me/orders/): only the lines of the pieces they
made, and one button to mark a line ready for the cooperative to collect (issue 15)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from artisans.models import ArtisanPage
from tests.fulfilment.conftest import AMLOU, CUSHION, line_of, place_order

pytestmark = pytest.mark.django_db

PAGE = "/en/makers/me/orders/"
WEAVER_ARTISAN = "itto-ait-ouahmane"  # makes the cushion (tissage-ait-bouguemez)
OTHER_WEAVER = "fadma-oulhaj"  # same cooperative, makes TWZ-TAP-004
ARGAN_ARTISAN = "mina-ait-lahcen"  # makes the amlou (argan-taytmatine)
RUG = "TWZ-TAP-004"
User = get_user_model()


def french_page(slug):
    return ArtisanPage.objects.get(slug=slug, locale__language_code="fr")


def artisan_account(slug, page=None):
    """A signed-in account linked to the artisan's page (``page``: one of its translations)."""
    user = User.objects.create_user(f"maker-{slug}", f"{slug}@example.com", "pw-maker-42")
    page = page or french_page(slug)
    ArtisanPage.objects.filter(pk=page.pk).update(account=user)
    return user


@pytest.fixture
def itto():
    return artisan_account(WEAVER_ARTISAN)


@pytest.fixture
def mina():
    return artisan_account(ARGAN_ARTISAN)


def ready_url(order, line, language="en"):
    return f"/{language}/makers/me/orders/{order.number}/{line.pk}/ready/"


def mark_ready(client, order, line, **kwargs):
    return client.post(ready_url(order, line), **kwargs)


def ready_events(line):
    return line.shipping_events.filter(event_type__code="ready-for-pickup")


def test_the_artisan_sees_only_the_lines_of_pieces_they_made(client, itto, mixed_order):
    client.force_login(itto)
    response = client.get(PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    cushion, amlou = line_of(mixed_order, CUSHION), line_of(mixed_order, AMLOU)
    assert f'id="line-{cushion.pk}"' in html
    assert f'id="line-{amlou.pk}"' not in html
    assert mixed_order.number in html
    assert "Casablanca" in html  # the delivery city
    assert "no-store" in response["Cache-Control"]  # private: no cache keeps it
    assert 'name="viewport"' in html


def test_the_maker_does_not_see_the_buyers_name_street_phone_or_email(client, itto, mixed_order):
    client.force_login(itto)
    html = client.get(PAGE).content.decode()
    for private in ("Benali", "rue des Orangers", "612345678", "leila@example.com"):
        assert private not in html


def test_the_newest_order_comes_first(client, itto):
    older = place_order(CUSHION)
    newer = place_order(CUSHION)
    client.force_login(itto)
    html = client.get(PAGE).content.decode()
    assert html.index(newer.number) < html.index(older.number)


def test_anonymous_visitors_are_sent_to_sign_in(client, mixed_order):
    line = line_of(mixed_order, CUSHION)
    for response in (client.get(PAGE), client.post(ready_url(mixed_order, line))):
        assert response.status_code == 302 and "login" in response["Location"]
    line.refresh_from_db()
    assert line.status == "Pending"


@pytest.mark.parametrize("who", ["buyer", "manager"])
def test_a_buyer_or_a_manager_without_an_artisan_profile_gets_a_404(
    client, weaver, mixed_order, who
):
    user = weaver if who == "manager" else User.objects.create_user("buyer-mk", None, "pw-x-42")
    client.force_login(user)
    line = line_of(mixed_order, CUSHION)
    assert client.get(PAGE).status_code == 404
    assert client.get(f"/en/makers/me/orders/{mixed_order.number}/").status_code == 404
    assert client.post(ready_url(mixed_order, line)).status_code == 404
    line.refresh_from_db()
    assert line.status == "Pending"


def test_marking_a_line_ready_moves_it_and_tells_the_artisan(client, itto, mixed_order):
    client.force_login(itto)
    cushion = line_of(mixed_order, CUSHION)
    response = mark_ready(client, mixed_order, cushion, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "ready for pickup: the cooperative has been told." in html
    cushion.refresh_from_db()
    mixed_order.refresh_from_db()
    assert cushion.status == "Ready for pickup"
    assert ready_events(cushion).count() == 1
    # The order follows its lines; the other cooperative's line is untouched.
    assert mixed_order.status == "Being processed"
    assert line_of(mixed_order, AMLOU).status == "Pending"
    # The button is gone, the card says where the piece stands.
    assert ready_url(mixed_order, cushion) not in html


def test_a_second_tap_changes_nothing(client, itto, mixed_order):
    client.force_login(itto)
    cushion = line_of(mixed_order, CUSHION)
    mark_ready(client, mixed_order, cushion)
    response = mark_ready(client, mixed_order, cushion, follow=True)
    assert response.status_code == 200
    assert "was already marked ready." in response.content.decode()
    assert ready_events(cushion).count() == 1


def test_another_artisans_line_in_the_same_cooperative_is_a_404(client, itto):
    order = place_order(CUSHION, RUG)
    rug = line_of(order, RUG)
    assert rug.partner == line_of(order, CUSHION).partner
    client.force_login(itto)
    assert client.get(ready_url(order, rug)).status_code == 404
    assert mark_ready(client, order, rug).status_code == 404
    rug.refresh_from_db()
    assert rug.status == "Pending" and not ready_events(rug).exists()


def test_another_cooperatives_order_or_line_guessed_is_a_404(client, itto, mina, mixed_order):
    amlou = line_of(mixed_order, AMLOU)
    argan_only = place_order(AMLOU)
    client.force_login(itto)
    # Mina's line in an order Itto also has a piece in, and in an order Itto has nothing in.
    assert mark_ready(client, mixed_order, amlou).status_code == 404
    assert mark_ready(client, argan_only, argan_only.lines.get()).status_code == 404
    assert client.get(f"/en/makers/me/orders/{argan_only.number}/").status_code == 404
    # Itto's own line id under another order's number.
    cushion = line_of(mixed_order, CUSHION)
    elsewhere = f"/en/makers/me/orders/{argan_only.number}/{cushion.pk}/ready/"
    assert client.post(elsewhere).status_code == 404
    assert not mixed_order.shipping_events.exists() and not argan_only.shipping_events.exists()
    # Mina, whose line it is, may.
    client.force_login(mina)
    assert mark_ready(client, mixed_order, amlou).status_code == 302
    amlou.refresh_from_db()
    assert amlou.status == "Ready for pickup"


def test_reading_the_ready_address_of_an_own_line_is_not_allowed(client, itto, mixed_order):
    client.force_login(itto)
    cushion = line_of(mixed_order, CUSHION)
    assert client.get(ready_url(mixed_order, cushion)).status_code == 405
    cushion.refresh_from_db()
    assert cushion.status == "Pending"


def test_one_orders_page_shows_only_the_artisans_lines_of_it(client, itto, mixed_order):
    client.force_login(itto)
    other = place_order(CUSHION)
    html = client.get(f"/en/makers/me/orders/{mixed_order.number}/").content.decode()
    assert f'id="line-{line_of(mixed_order, CUSHION).pk}"' in html
    assert f'id="line-{line_of(mixed_order, AMLOU).pk}"' not in html
    assert other.number not in html
    assert client.get("/en/makers/me/orders/NO-SUCH-ORDER/").status_code == 404


def test_an_order_awaiting_a_bank_transfer_cannot_be_marked_ready(client, itto):
    order = place_order(CUSHION, status="Awaiting payment")
    line = order.lines.get()
    client.force_login(itto)
    page = client.get(PAGE).content.decode()
    assert ready_url(order, line) not in page  # no button, the card says why
    response = mark_ready(client, order, line, follow=True)
    assert "still awaiting payment by bank transfer" in response.content.decode()
    line.refresh_from_db()
    assert line.status == "Pending" and not ready_events(line).exists()


def test_a_cancelled_order_cannot_be_marked_ready(client, itto):
    order = place_order(CUSHION)
    order.set_status("Cancelled")
    line = order.lines.get()
    client.force_login(itto)
    response = mark_ready(client, order, line, follow=True)
    assert "was cancelled" in response.content.decode()
    line.refresh_from_db()
    assert line.status == "Pending"


def test_the_managers_are_told_in_their_language(
    client, itto, weaver, argan_manager, mixed_order, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(weaver)
    profile.preferred_language = "ar"
    profile.save()
    client.force_login(itto)
    with django_capture_on_commit_callbacks(execute=True):
        mark_ready(client, mixed_order, line_of(mixed_order, CUSHION))
    [notice] = mail.outbox
    assert notice.to == [weaver.email]  # not the argan cooperative's manager
    assert mixed_order.number in notice.subject
    assert line_of(mixed_order, CUSHION).title in notice.body
    assert french_page(WEAVER_ARTISAN).title in notice.body
    assert "/ar/shop/cooperative/orders/" in notice.body
    html = notice.alternatives[0][0]
    assert 'lang="ar"' in html and 'dir="rtl"' in html


def test_the_manager_sees_the_line_ready_and_ships_it(client, itto, weaver, mixed_order):
    from tests.fulfilment.test_phone_page import ship

    client.force_login(itto)
    cushion = line_of(mixed_order, CUSHION)
    mark_ready(client, mixed_order, cushion)
    client.force_login(weaver)
    assert "Ready for pickup" in client.get("/en/shop/cooperative/orders/").content.decode()
    dashboard = client.get(f"/dashboard/orders/{mixed_order.number}/", follow=True)
    assert "Ready for pickup" in dashboard.content.decode()
    assert ship(client, mixed_order, [cushion]).status_code == 302
    cushion.refresh_from_db()
    assert cushion.status == "Shipped"


def test_the_buyer_reads_ready_as_soon_shipped(client, itto, mixed_order):
    client.force_login(itto)
    mark_ready(client, mixed_order, line_of(mixed_order, CUSHION))
    client.logout()
    path = f"{mixed_order.number}/{mixed_order.verification_hash()}/"
    # Oscar asks the guest for the order's email address before showing it.
    client.post(f"/en/shop/accounts/order-status-form/{path}", {"email": "leila@example.com"})
    response = client.get(f"/en/shop/accounts/order-status/{path}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ready, soon shipped" in html and "Ready for pickup" not in html


def test_an_artisan_linked_through_a_translation_sees_their_pieces(client, mixed_order):
    arabic = french_page(WEAVER_ARTISAN).get_translation(Locale.objects.get(language_code="ar"))
    user = artisan_account(WEAVER_ARTISAN, page=arabic)
    client.force_login(user)
    html = client.get("/ar/makers/me/orders/").content.decode()
    assert f'id="line-{line_of(mixed_order, CUSHION).pk}"' in html
    assert 'lang="ar"' in html and 'dir="rtl"' in html
    assert "طلباتي" in html  # "My orders"


def test_the_page_stays_within_a_fixed_number_of_queries(
    client, itto, mixed_order, django_assert_max_num_queries
):
    client.force_login(itto)
    client.get(PAGE)
    for _ in range(4):
        place_order(CUSHION)
    client.get(PAGE)  # thumbnails are made once
    with django_assert_max_num_queries(30):
        assert client.get(PAGE).status_code == 200


def test_a_page_number_that_is_not_a_number_shows_the_first_page(client, itto, mixed_order):
    client.force_login(itto)
    response = client.get(PAGE + "?page=x'%3B")
    assert response.status_code == 200
    assert mixed_order.number in response.content.decode()
