"""Who sees what: every role against every resource, through real URLs with guessed ids.

Each cell is one test, named ``role-resource``: a request as that role to a URL holding the
ids of someone else's order, address, wishlist, partner or page, and the exact outcome
expected ("200", "403", "404", "login" for a redirect to a sign-in page, "-> /path/" for
another redirect). ``test_every_url_is_in_the_matrix`` walks Django's resolver: a URL
pattern that no resource and no justified exemption covers fails it, so a new view comes
with its row.
"""

import re
from datetime import date
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver
from oscar.core.loading import get_model
from wagtail.models import Locale

from artisans.invitations import Invitation
from artisans.models import ArtisanPage, CooperativePage
from artisans.self_service import submit_profile
from shop.catalogue import approval
from shop.catalogue.imports import CatalogueImport
from shop.questions import conversations as questions
from shop.questions.models import Conversation
from stories.models import (
    CampaignIndexPage,
    CampaignPage,
    DiasporaAssociation,
    StoryIndexPage,
    StoryPage,
)
from tests.fulfilment.conftest import AMLOU, CUSHION, SOAP, place_order

User = get_user_model()
Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
UserAddress = get_model("address", "UserAddress")
Country = get_model("address", "Country")
WishList = get_model("wishlists", "WishList")
Payout = get_model("payouts", "Payout")

WEAVING = "tissage-ait-bouguemez"
ARGAN = "argan-taytmatine"

# Roles ---------------------------------------------------------------------------------------

ANONYMOUS = "anonymous"
BUYER_A = "buyer-a"
BUYER_B = "buyer-b"
WEAVING_MANAGER = f"manager-{WEAVING}"
ARGAN_MANAGER = f"manager-{ARGAN}"
EDITOR = "editor"
TRANSLATOR_AR = "translator-ar"
DIASPORA_EDITOR = "diaspora-editor"
SUPERUSER = "superuser"
ROLES = [
    ANONYMOUS,
    BUYER_A,
    BUYER_B,
    WEAVING_MANAGER,
    ARGAN_MANAGER,
    EDITOR,
    TRANSLATOR_AR,
    DIASPORA_EDITOR,
    SUPERUSER,
]
# The demo accounts of each role (seed_demo); buyers are made here.
DEMO_USERNAMES = {
    WEAVING_MANAGER: f"coop-{WEAVING}",
    ARGAN_MANAGER: f"coop-{ARGAN}",
    EDITOR: "editor",
    TRANSLATOR_AR: "translator-ar",
    DIASPORA_EDITOR: "diaspora-aods",
    SUPERUSER: "admin",
}
MANAGERS = (WEAVING_MANAGER, ARGAN_MANAGER)
INVITATION_CODE = "matrixcode2"
BUYERS = (BUYER_A, BUYER_B)
EDITORIAL = (EDITOR, TRANSLATOR_AR, DIASPORA_EDITOR)
ADMIN_USERS = (*MANAGERS, *EDITORIAL)  # Wagtail admin access, no superuser

# Outcomes ------------------------------------------------------------------------------------

OK, DENIED, MISSING, LOGIN = "200", "403", "404", "login"
ADMIN_HOME = "-> /admin/"  # Wagtail's refusal to someone who may use the admin


def admin_only(**by_role):
    """A Wagtail admin view: sign in first, and the admin home for those it refuses."""
    return expect(ADMIN_HOME, many={(ANONYMOUS, *BUYERS): LOGIN}, **by_role)


def expect(default, **by_role):
    """{role: outcome}: ``default`` unless a role (or a tuple of roles, as ``roles``) says.

    Keyword names are roles with ``_`` for ``-``; a value may also be given for several roles
    at once with ``many={(role, …): outcome}``.
    """
    table = dict.fromkeys(ROLES, default)
    for roles, outcome in by_role.pop("many", {}).items():
        table.update(dict.fromkeys(roles, outcome))
    for name, outcome in by_role.items():
        role = name.replace("_", "-").replace("manager-weaving", WEAVING_MANAGER)
        role = role.replace("manager-argan", ARGAN_MANAGER)
        assert role in table, name
        table[role] = outcome
    return table


def outcome_of(response, client=None, url="") -> str:
    """The outcome; LocaleMiddleware answers a 404 outside i18n_patterns (the dashboard)
    with a redirect to the same path under a language prefix, which is followed."""
    if response.status_code in (301, 302) and client is not None:
        location = urlparse(response["Location"]).path
        if location == f"/{settings.LANGUAGE_CODE}{url}":
            return outcome_of(client.get(location))
    if response.status_code in (301, 302):
        path = urlparse(response["Location"]).path
        return LOGIN if "login" in path else f"-> {path}"
    return str(response.status_code)


# The data: two buyers, orders of both cooperatives, a draft, two associations' campaigns ----


def _address(user, city):
    return UserAddress.objects.create(
        user=user,
        first_name="Leïla",
        last_name="Benali",
        line1="12 rue des Orangers",
        line4=city,
        country=Country.objects.get(iso_3166_1_a2="MA"),
        phone_number="+212612345678",
    )


def build_world():
    french = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    world = {
        "users": {role: User.objects.get(username=name) for role, name in DEMO_USERNAMES.items()}
    }
    for role, city in ((BUYER_A, "Casablanca"), (BUYER_B, "Rabat")):
        buyer = User.objects.create_user(f"matrix-{role}", f"{role}@example.com", "x-pass-9")
        world["users"][role] = buyer
        world[role] = {
            "order": place_order(CUSHION, AMLOU, user=buyer),
            "address": _address(buyer, city),
            "wishlist": WishList.objects.create(owner=buyer, name="Cadeaux"),
        }
    world["mixed"] = world[BUYER_B]["order"]  # a weaving line and an argan line
    world["argan_only"] = place_order(SOAP)  # a guest's order
    world["weaving"] = Partner.objects.get(code=WEAVING)
    world["argan"] = Partner.objects.get(code=ARGAN)
    world["argan_line"] = world["mixed"].lines.get(partner=world["argan"])
    world["argan_product"] = Product.objects.get(upc=AMLOU)
    # A product the argan cooperative's manager added, not yet approved by staff.
    world["argan_pending"] = Product.objects.create(
        title="Savon en attente",
        upc="MATRIX-PENDING",
        product_class=world["argan_product"].product_class,
        artisan=world["argan_product"].artisan,
    )
    approval.submit(world["argan_pending"], world["users"][ARGAN_MANAGER])
    # An argan artisan's own product and profile change, waiting for their cooperative
    # (docs/self-service.md); no role of the matrix is this artisan.
    artisan_page = ArtisanPage.objects.get(slug="aicha-id-brahim", locale=french)
    artisan = User.objects.create_user("matrix-artisan", "artisan@example.com", "x-pass-9")
    ArtisanPage.objects.filter(translation_key=artisan_page.translation_key).update(account=artisan)
    world["artisan_product"] = Product.objects.create(
        title="Huile d'Aïcha",
        upc="MATRIX-ARTISAN",
        product_class=world["argan_product"].product_class,
        artisan=artisan_page,
    )
    approval.submit_to_cooperative(world["artisan_product"], artisan)
    world["artisan_product"].save()
    artisan_page.refresh_from_db()
    world["artisan_change"] = submit_profile(artisan_page, artisan)
    world["argan_import"] = CatalogueImport.objects.create(
        partner=world["argan"], language="fr", file_name="savons.csv", status="done"
    )
    world["argan_payout"] = Payout.objects.create(
        partner=world["argan"], paid_on=date(2026, 3, 1), amount="10.00"
    )
    world["weaving_page"] = CooperativePage.objects.get(slug=WEAVING, locale=french)
    world["argan_page"] = CooperativePage.objects.get(slug=ARGAN, locale=french)
    world["argan_invitation"] = Invitation.objects.create(
        cooperative=world["argan_page"],
        invited_by=world["users"][ARGAN_MANAGER],
        name="Fadma",
        code=INVITATION_CODE,
    )
    # A buyer's custom request to the argan cooperative, made into a one-off piece
    # (shop/questions).
    world["argan_conversation"] = Conversation.objects.create(
        kind=Conversation.Kind.CUSTOM,
        cooperative=world["argan"],
        artisan=world["argan_product"].artisan,
        buyer_name="Leïla",
        buyer_email="leila@example.com",
        language="fr",
    )
    questions.make_piece(
        world["argan_conversation"],
        world["users"][ARGAN_MANAGER],
        title="Savon sur mesure",
        price="90",
        weight="0.2",
    )
    world["weaving_page_ar"] = world["weaving_page"].get_translation(
        Locale.objects.get(language_code="ar")
    )
    story_index = StoryIndexPage.objects.get(locale=french)
    draft = StoryPage(
        title="Brouillon secret",
        slug="brouillon-secret",
        date=date(2026, 3, 1),
        author="Tawiza",
        live=False,
    )
    story_index.add_child(instance=draft)  # never published
    world["draft"] = draft
    campaign_index = CampaignIndexPage.objects.get(locale=french)
    world["aods_campaign"] = CampaignPage.objects.get(locale=french, association__slug="aods")
    other = DiasporaAssociation.objects.create(
        name="Amicale de Bruxelles", slug="matrix-amb", city="Bruxelles", locale=french
    )
    other_campaign = CampaignPage(
        title="Une autre campagne",
        slug="une-autre-campagne",
        association=other,
        start_date=date(2026, 10, 1),
    )
    campaign_index.add_child(instance=other_campaign)
    other_campaign.save_revision().publish()
    world["other_campaign"] = other_campaign
    return world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module, inside a transaction rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def demo_accounts_log_in(settings):
    settings.DEBUG = True  # the demo accounts are refused otherwise (tawiza/auth.py)


# Resources -----------------------------------------------------------------------------------


class Resource:
    """A URL (built from the world), the route patterns it stands for, and who gets what."""

    def __init__(self, name, url, covers, expected, method="get", data=None):
        self.name, self.url, self.covers, self.expected = name, url, covers, expected
        self.method, self.data = method, data or {}


def R(name, url, covers, expected, method="get", data=None):
    covers = covers if isinstance(covers, tuple) else (covers,)
    return Resource(name, url, covers, expected, method, data)


WAGTAIL_SERVE = r"^((?:[\w\-]+/)*)$"  # Wagtail's catch-all route, every page
STAFF_ONLY_DASHBOARD = expect(DENIED, anonymous=LOGIN, superuser=OK)
MANAGER_DASHBOARD = expect(DENIED, anonymous=LOGIN, superuser=OK, many={MANAGERS: OK})
WAGTAIL_SUPERUSER_AREA = expect(ADMIN_HOME, superuser=OK, many={(ANONYMOUS, *BUYERS): LOGIN})

RESOURCES = [
    # Wagtail pages, as readers see them.
    R("page-live", lambda w: w["weaving_page"].url, re.escape(WAGTAIL_SERVE), expect(OK)),
    R(
        "page-draft",
        lambda w: w["draft"].get_parent().url + "brouillon-secret/",
        (),
        expect(MISSING),
    ),
    R(
        "campaign-live",
        lambda w: w["aods_campaign"].url,
        (),
        expect(OK),
    ),
    # Wagtail admin: pages.
    R(
        "admin-page-draft-preview",
        lambda w: f"/admin/pages/{w['draft'].pk}/view_draft/",
        r"admin/pages/.*",
        admin_only(editor=OK, superuser=OK),
    ),
    R(
        "admin-page-edit-weaving",
        lambda w: f"/admin/pages/{w['weaving_page'].pk}/edit/",
        (),
        admin_only(manager_weaving=OK, editor=OK, superuser=OK),
    ),
    R(
        "admin-page-edit-weaving-arabic",
        lambda w: f"/admin/pages/{w['weaving_page_ar'].pk}/edit/",
        (),
        admin_only(
            manager_weaving=OK,
            editor=OK,
            translator_ar=OK,
            superuser=OK,
        ),
    ),
    R(
        "admin-page-edit-argan",
        lambda w: f"/admin/pages/{w['argan_page'].pk}/edit/",
        (),
        admin_only(manager_argan=OK, editor=OK, superuser=OK),
    ),
    R(
        "admin-page-publish-rights-weaving",  # unpublishing needs publish permission
        lambda w: f"/admin/pages/{w['weaving_page'].pk}/unpublish/",
        (),
        admin_only(editor=OK, superuser=OK),
    ),
    R(
        "admin-page-edit-aods-campaign",
        lambda w: f"/admin/pages/{w['aods_campaign'].pk}/edit/",
        (),
        admin_only(editor=OK, diaspora_editor=OK, superuser=OK),
    ),
    R(
        "admin-page-edit-other-association-campaign",
        lambda w: f"/admin/pages/{w['other_campaign'].pk}/edit/",
        (),
        admin_only(editor=OK, superuser=OK),
    ),
    R(
        "admin-home",
        lambda w: "/admin/",
        r"admin/",
        expect(OK, many={(ANONYMOUS, *BUYERS): LOGIN}),
    ),
    # Wagtail admin areas.
    R(
        "admin-images",
        lambda w: "/admin/images/",
        r"admin/images/.*",
        expect(OK, many={(ANONYMOUS, *BUYERS): LOGIN}, translator_ar=ADMIN_HOME),
    ),
    R(
        "admin-image-upload",
        lambda w: "/admin/images/add/",
        (),
        expect(OK, many={(ANONYMOUS, *BUYERS): LOGIN}, translator_ar=ADMIN_HOME),
    ),
    R(
        "admin-documents",
        lambda w: "/admin/documents/",
        r"admin/documents/.*",
        expect(ADMIN_HOME, many={(ANONYMOUS, *BUYERS): LOGIN}, editor=OK, superuser=OK),
    ),
    R(
        "admin-snippets-crafts",
        lambda w: "/admin/snippets/artisans/craft/",
        r"admin/snippets/.*",
        expect(
            ADMIN_HOME, many={(ANONYMOUS, *BUYERS): LOGIN, MANAGERS: OK}, editor=OK, superuser=OK
        ),
    ),
    R(
        "admin-snippets-associations",
        lambda w: "/admin/snippets/stories/diasporaassociation/",
        (),
        WAGTAIL_SUPERUSER_AREA,
    ),
    R("admin-users", lambda w: "/admin/users/", r"admin/users/.*", WAGTAIL_SUPERUSER_AREA),
    R("admin-groups", lambda w: "/admin/groups/", r"admin/groups/.*", WAGTAIL_SUPERUSER_AREA),
    R(
        "admin-settings-shop",
        lambda w: "/admin/settings/checkout/shopsettings/1/",
        r"admin/settings/.*",
        WAGTAIL_SUPERUSER_AREA,
    ),
    R(
        "admin-reports-site-history",
        lambda w: "/admin/reports/site-history/",
        r"admin/reports/.*",
        expect(OK, many={(ANONYMOUS, *BUYERS): LOGIN}),
    ),
    R("admin-sites", lambda w: "/admin/sites/", r"admin/sites/.*", WAGTAIL_SUPERUSER_AREA),
    R("admin-locales", lambda w: "/admin/locales/", r"admin/locales/.*", WAGTAIL_SUPERUSER_AREA),
    R(
        "admin-collections",
        lambda w: "/admin/collections/",
        r"admin/collections/.*",
        WAGTAIL_SUPERUSER_AREA,
    ),
    R(
        "admin-workflows",
        lambda w: "/admin/workflows/list/",
        r"admin/workflows/.*",
        WAGTAIL_SUPERUSER_AREA,
    ),
    R(
        "admin-redirects",
        lambda w: "/admin/redirects/",
        r"admin/redirects/.*",
        WAGTAIL_SUPERUSER_AREA,
    ),
    R(
        "admin-promoted-search",
        lambda w: "/admin/searchpicks/",
        r"admin/searchpicks/.*",
        WAGTAIL_SUPERUSER_AREA,
    ),
    R(
        "admin-translation-status",
        lambda w: "/admin/translation-status/",
        r"admin/translation-status/",
        expect(OK, many={(ANONYMOUS, *BUYERS): LOGIN}),
    ),
    # Oscar's dashboard: staff see everything, a manager their own cooperative's share.
    R("dashboard-home", lambda w: "/dashboard/", r"dashboard/", MANAGER_DASHBOARD),
    R(
        "dashboard-orders",
        lambda w: "/dashboard/orders/",
        r"dashboard/orders/(statistics/)?",
        MANAGER_DASHBOARD,
    ),
    R(
        "dashboard-order-mixed",
        lambda w: f"/dashboard/orders/{w['mixed'].number}/",
        r"dashboard/orders/<str:number>/(shipping-address/|notes/<int:note_id>/)?",
        MANAGER_DASHBOARD,
    ),
    R(
        "dashboard-order-argan-only",
        lambda w: f"/dashboard/orders/{w['argan_only'].number}/",
        (),
        expect(DENIED, anonymous=LOGIN, superuser=OK, manager_argan=OK, manager_weaving=MISSING),
    ),
    R(
        "dashboard-order-line-argan",
        lambda w: f"/dashboard/orders/{w['mixed'].number}/lines/{w['argan_line'].pk}/",
        r"dashboard/orders/<str:number>/lines/<int:line_id>/",
        expect(DENIED, anonymous=LOGIN, superuser=OK, manager_argan=OK, manager_weaving=MISSING),
    ),
    R(
        "dashboard-catalogue",
        lambda w: "/dashboard/catalogue/",
        r"dashboard/catalogue/.*",
        MANAGER_DASHBOARD,
    ),
    R(
        "dashboard-product-argan",
        lambda w: f"/dashboard/catalogue/products/{w['argan_product'].pk}/",
        (),
        expect(DENIED, anonymous=LOGIN, superuser=OK, manager_argan=OK, manager_weaving=MISSING),
    ),
    R(
        "dashboard-product-create",
        lambda w: "/dashboard/catalogue/products/create/artisanat/",
        (),
        MANAGER_DASHBOARD,
    ),
    R(
        "dashboard-product-pending-argan",
        lambda w: f"/dashboard/catalogue/products/{w['argan_pending'].pk}/",
        (),
        expect(DENIED, anonymous=LOGIN, superuser=OK, manager_argan=OK, manager_weaving=MISSING),
    ),
    # Approving is staff's job; a product already decided on sends staff back to the list.
    R(
        "dashboard-product-approvals",
        lambda w: "/dashboard/catalogue/products/awaiting-approval/",
        (),
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-product-approval-argan",
        lambda w: f"/dashboard/catalogue/products/{w['argan_product'].pk}/approval/",
        (),
        expect(
            DENIED, anonymous=LOGIN, superuser="-> /dashboard/catalogue/products/awaiting-approval/"
        ),
        method="post",
        data={},
    ),
    # Catalogue imports: managers into their own cooperative, each seeing only its own.
    R(
        "dashboard-catalogue-import",
        lambda w: "/dashboard/catalogue/products/import/",
        (),
        MANAGER_DASHBOARD,
    ),
    R(
        "dashboard-catalogue-import-argan",
        lambda w: f"/dashboard/catalogue/products/import/{w['argan_import'].pk}/",
        (),
        expect(DENIED, anonymous=LOGIN, superuser=OK, manager_argan=OK, manager_weaving=MISSING),
    ),
    # Mentor invitations (artisans/invitations.py): managers and artisans invite into their
    # own cooperative; whoever holds the code may accept it (that is the point of the link).
    R(
        "invite-artisan",
        lambda w: "/fr/makers/invite/",
        r"makers/invite/",
        expect(MISSING, anonymous=LOGIN, superuser=OK, many={MANAGERS: OK}),
    ),
    R(
        "invitation-sent-argan",
        lambda w: f"/fr/makers/invite/{INVITATION_CODE}/",
        r"makers/invite/<slug:code>/",
        expect(MISSING, anonymous=LOGIN, manager_argan=OK),
    ),
    R(
        "invitation-accept",
        lambda w: f"/fr/makers/join/{INVITATION_CODE}/",
        r"makers/join/<slug:code>/",
        expect(OK),
    ),
    R(
        "invitation-welcome",
        lambda w: "/fr/makers/join/welcome/",
        r"makers/join/welcome/",
        expect(MISSING, anonymous=LOGIN),
    ),
    R(
        "invitation-short-link",
        lambda w: f"/i/{INVITATION_CODE}/",
        r"i/<slug:code>/",
        expect(f"-> /fr/makers/join/{INVITATION_CODE}/"),
    ),
    # An artisan's own pages (docs/self-service.md): none of these roles has an artisan
    # profile, so each is told these pages are for artisans, before any id is looked at.
    R("maker-home", lambda w: "/fr/makers/me/", r"makers/me/", expect(DENIED, anonymous=LOGIN)),
    R(
        "maker-profile",
        lambda w: "/fr/makers/me/profile/",
        r"makers/me/profile/",
        expect(DENIED, anonymous=LOGIN),
    ),
    R(
        "maker-products",
        lambda w: "/fr/makers/me/products/",
        r"makers/me/products/",
        expect(DENIED, anonymous=LOGIN),
    ),
    R(
        "maker-product-add",
        lambda w: "/fr/makers/me/products/add/",
        r"makers/me/products/add/",
        expect(DENIED, anonymous=LOGIN),
        method="post",
        data={"form_token": "matrix", "title": "Intrus"},
    ),
    R(
        "maker-product-edit-argan",
        lambda w: f"/fr/makers/me/products/{w['artisan_product'].pk}/",
        r"makers/me/products/<int:pk>/",
        expect(DENIED, anonymous=LOGIN),
    ),
    # The manager's review of their artisans' changes; another cooperative's id is a 404.
    R("maker-review", lambda w: "/dashboard/makers/", r"dashboard/makers/", MANAGER_DASHBOARD),
    R(
        "maker-review-product-argan",
        lambda w: f"/dashboard/makers/products/{w['artisan_product'].pk}/",
        r"dashboard/makers/products/<int:pk>/",
        expect(DENIED, anonymous=LOGIN, superuser=OK, manager_argan=OK, manager_weaving=MISSING),
        method="post",
        data={},
    ),
    R(
        "maker-review-profile-argan",
        lambda w: f"/dashboard/makers/profiles/{w['artisan_change'].pk}/",
        r"dashboard/makers/profiles/<int:pk>/",
        expect(DENIED, anonymous=LOGIN, superuser=OK, manager_argan=OK, manager_weaving=MISSING),
        method="post",
        data={},
    ),
    # Ask the maker (docs/questions.md): the forms are everyone's; the token is the buyer's
    # key; the artisan's pages need an artisan account (no role here has one); the dashboard
    # pages are staff's and the cooperative's own managers'.
    R(
        "questions-ask",
        lambda w: f"/fr/makers/{w['argan_product'].artisan_id}/ask/",
        r"makers/<int:artisan_id>/ask/",
        expect(OK),
    ),
    R(
        "questions-custom",
        lambda w: f"/fr/makers/{w['argan_product'].artisan_id}/custom/",
        r"makers/<int:artisan_id>/custom/",
        expect(OK),
    ),
    R(
        "questions-conversation-argan",
        lambda w: f"/fr/questions/{w['argan_conversation'].token}/",
        r"questions/<str:token>/",
        expect(OK),
    ),
    R(
        "questions-conversation-guessed",
        lambda w: f"/fr/questions/{w['argan_conversation'].pk}/",
        (),
        expect(MISSING),
    ),
    R(
        "questions-piece-argan",
        lambda w: f"/fr/questions/{w['argan_conversation'].token}/piece/",
        r"questions/<str:token>/piece/",
        expect(OK),
    ),
    R(
        "questions-mine",
        lambda w: "/fr/makers/me/questions/",
        r"makers/me/questions/",
        expect(MISSING, anonymous=LOGIN),
    ),
    R(
        "questions-mine-argan",
        lambda w: f"/fr/makers/me/questions/{w['argan_conversation'].pk}/",
        r"makers/me/questions/<int:pk>/",
        expect(MISSING, anonymous=LOGIN),
    ),
    R(
        "dashboard-questions",
        lambda w: "/dashboard/questions/",
        r"dashboard/questions/",
        MANAGER_DASHBOARD,
    ),
    R(
        "dashboard-questions-argan",
        lambda w: f"/dashboard/questions/{w['argan_conversation'].pk}/",
        r"dashboard/questions/<int:pk>/",
        expect(DENIED, anonymous=LOGIN, superuser=OK, manager_argan=OK, manager_weaving=MISSING),
    ),
    # Before approval the product page is its cooperative's and staff's preview only.
    R(
        "product-pending-argan",
        lambda w: w["argan_pending"].get_absolute_url(),
        (),
        expect(MISSING, superuser=OK, manager_argan=OK),
    ),
    R(
        "dashboard-partners",
        lambda w: "/dashboard/partners/",
        r"dashboard/partners/.*",
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-partner-argan",
        lambda w: f"/dashboard/partners/{w['argan'].pk}/",
        (),
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-users",
        lambda w: "/dashboard/users/",
        r"dashboard/users/.*",
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-user-buyer-b",
        lambda w: f"/dashboard/users/{w['users'][BUYER_B].pk}/",
        (),
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-offers",
        lambda w: "/dashboard/offers/",
        r"dashboard/offers/.*",
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-vouchers",
        lambda w: "/dashboard/vouchers/",
        r"dashboard/vouchers/.*",
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-ranges",
        lambda w: "/dashboard/ranges/",
        r"dashboard/ranges/.*",
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-reports",
        lambda w: "/dashboard/reports/",
        r"dashboard/reports/",
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-pages",
        lambda w: "/dashboard/pages/",
        r"dashboard/pages/.*",
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-reviews",
        lambda w: "/dashboard/reviews/",
        r"dashboard/reviews/.*",
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-emails",
        lambda w: "/dashboard/comms/",
        r"dashboard/comms/.*",
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "dashboard-shipping",
        lambda w: "/dashboard/shipping/weight-based/",
        r"dashboard/shipping/.*",
        STAFF_ONLY_DASHBOARD,
    ),
    # Payouts (docs/payouts.md): staff for every cooperative, a manager for their own.
    R("payouts-index", lambda w: "/dashboard/payouts/", r"dashboard/payouts/", MANAGER_DASHBOARD),
    R(
        "payouts-report-argan",
        lambda w: f"/dashboard/payouts/{w['argan'].pk}/",
        r"dashboard/payouts/<int:partner_pk>/",
        expect(DENIED, anonymous=LOGIN, superuser=OK, manager_argan=OK, manager_weaving=MISSING),
    ),
    R(
        "payouts-csv-argan",
        lambda w: f"/dashboard/payouts/{w['argan'].pk}/csv/",
        r"dashboard/payouts/<int:partner_pk>/csv/",
        expect(DENIED, anonymous=LOGIN, superuser=OK, manager_argan=OK, manager_weaving=MISSING),
    ),
    R(
        "payouts-record-argan",
        lambda w: f"/dashboard/payouts/{w['argan'].pk}/record/",
        r"dashboard/payouts/<int:partner_pk>/record/",
        STAFF_ONLY_DASHBOARD,
    ),
    R(
        "payouts-edit-argan-payout",
        lambda w: f"/dashboard/payouts/payout/{w['argan_payout'].pk}/",
        r"dashboard/payouts/payout/<int:pk>/",
        STAFF_ONLY_DASHBOARD,
    ),
    # The buyer's account: their own things only, someone else's ids answer 404.
    R(
        "account-orders",
        lambda w: "/fr/shop/accounts/orders/",
        r"shop/accounts/orders/",
        expect(OK, anonymous=LOGIN),
    ),
    R(
        "account-order-of-buyer-a",
        lambda w: f"/fr/shop/accounts/orders/{w[BUYER_A]['order'].number}/",
        r"shop/accounts/orders/<str:order_number>/",
        expect(MISSING, anonymous=LOGIN, buyer_a=OK),
    ),
    R(
        "account-order-line-of-buyer-a",
        lambda w: (
            f"/fr/shop/accounts/orders/{w[BUYER_A]['order'].number}/"
            f"{w[BUYER_A]['order'].lines.first().pk}/"
        ),
        r"shop/accounts/orders/<str:order_number>/<int:line_id>/",
        # Re-ordering a line (Oscar's one action there) puts it in the basket.
        expect(MISSING, anonymous=LOGIN, buyer_a="-> /fr/shop/basket/"),
        method="post",
        data={"action": "reorder"},
    ),
    R(
        "account-addresses",
        lambda w: "/fr/shop/accounts/addresses/",
        r"shop/accounts/addresses/(add/)?",
        expect(OK, anonymous=LOGIN),
    ),
    R(
        "account-address-of-buyer-a",
        lambda w: f"/fr/shop/accounts/addresses/{w[BUYER_A]['address'].pk}/",
        (
            r"shop/accounts/addresses/<int:pk>/(delete/)?",
            re.escape(
                r"shop/accounts/^addresses/(?P<pk>\d+)/(?P<action>default_for_(billing|shipping))/$"
            ),
        ),
        expect(MISSING, anonymous=LOGIN, buyer_a=OK),
    ),
    R(
        "account-address-delete-of-buyer-a",
        lambda w: f"/fr/shop/accounts/addresses/{w[BUYER_A]['address'].pk}/delete/",
        (),
        expect(MISSING, anonymous=LOGIN, buyer_a=OK),
    ),
    R(
        "account-address-make-default-of-buyer-a",
        lambda w: f"/fr/shop/accounts/addresses/{w[BUYER_A]['address'].pk}/default_for_shipping/",
        (),
        expect(MISSING, anonymous=LOGIN, buyer_a="-> /fr/shop/accounts/addresses/"),
    ),
    R(
        "checkout-address-edit-of-buyer-a",
        lambda w: f"/fr/shop/checkout/user-address/edit/{w[BUYER_A]['address'].pk}/",
        r"shop/checkout/user-address/(edit|delete)/<int:pk>/",
        expect(MISSING, anonymous=LOGIN, buyer_a=OK),
    ),
    R(
        "account-wishlists",
        lambda w: "/fr/shop/accounts/wishlists/",
        r"shop/accounts/wishlists/.*",
        expect(OK, anonymous=LOGIN),
    ),
    R(
        "account-wishlist-of-buyer-a",
        lambda w: f"/fr/shop/accounts/wishlists/{w[BUYER_A]['wishlist'].key}/",
        (),
        expect(MISSING, buyer_a=OK),
    ),
    R(
        "public-wishlist-of-buyer-a",  # private: no one else may read it by its key
        lambda w: f"/fr/shop/wishlists/{w[BUYER_A]['wishlist'].key}/",
        r"shop/wishlists/<str:key>/",
        expect(DENIED, buyer_a=OK),
    ),
    # A guest follows their order with the link of their confirmation email.
    R(
        "guest-order-status-right-hash",
        lambda w: (
            f"/fr/shop/accounts/order-status-form/{w['argan_only'].number}/"
            f"{w['argan_only'].verification_hash()}/"
        ),
        r"shop/accounts/\^order-status(-form)?/.*",
        expect(OK),
    ),
    R(
        # The form asks for the order's email; with a guessed hash even the right email is
        # answered by the form again ("Order not found"), where a match redirects to the order.
        "guest-order-status-guessed-hash",
        lambda w: (
            f"/fr/shop/accounts/order-status-form/{w['argan_only'].number}/"
            f"{w['argan_only'].number}:0123456789abcdefghijklmnopqrstuvwxyzABCDEFG/"
        ),
        (),
        expect(OK),
        method="post",
        data={"email": "leila@example.com"},
    ),
    # The cooperative's phone page (docs/fulfilment.md).
    R(
        "cooperative-phone-page",
        lambda w: "/fr/shop/cooperative/orders/",
        r"shop/cooperative/orders/",
        expect(DENIED, anonymous=LOGIN, many={MANAGERS: OK}),
    ),
    # The artisan's own orders (docs/fulfilment.md): artisans only, none among these roles
    # (tests/fulfilment/test_maker_orders.py checks artisans against each other).
    R(
        "maker-orders",
        lambda w: "/fr/makers/me/orders/",
        r"makers/me/orders/",
        expect(MISSING, anonymous=LOGIN),
    ),
    R(
        "maker-order-mixed",
        lambda w: f"/fr/makers/me/orders/{w['mixed'].number}/",
        r"makers/me/orders/<str:number>/",
        expect(MISSING, anonymous=LOGIN),
    ),
    R(
        "maker-line-ready-argan",
        lambda w: f"/fr/makers/me/orders/{w['mixed'].number}/{w['argan_line'].pk}/ready/",
        r"makers/me/orders/<str:number>/<int:line_id>/ready/",
        expect(MISSING, anonymous=LOGIN),
        method="post",
    ),
    R(
        "cooperative-ship-argan-only-order",
        lambda w: f"/fr/shop/cooperative/orders/{w['argan_only'].number}/ship/",
        r"shop/cooperative/orders/<str:number>/<slug:action>/",
        expect(DENIED, anonymous=LOGIN, manager_weaving=MISSING, manager_argan=OK),
        method="post",
    ),
]

# Campaign reports (issue 14) get their rows here when they exist: a campaign's figures for
# its association's editors and staff, refused to other associations' editors.
CAMPAIGN_REPORT = r"admin/campaign-reports/<int:page_id>/"
CAMPAIGN_REPORT_CSV = re.escape("admin/campaign-reports/<int:page_id>/<str:by>.csv")
CAMPAIGN_REPORT_RESOURCES: list[Resource] = [
    R(
        "campaign-report-aods",
        lambda w: f"/admin/campaign-reports/{w['aods_campaign'].pk}/",
        CAMPAIGN_REPORT,
        admin_only(diaspora_editor=OK, superuser=OK),
    ),
    R(
        "campaign-report-other-association",
        lambda w: f"/admin/campaign-reports/{w['other_campaign'].pk}/",
        (),
        admin_only(superuser=OK),
    ),
    R(
        "campaign-report-csv-aods",
        lambda w: f"/admin/campaign-reports/{w['aods_campaign'].pk}/day.csv",
        CAMPAIGN_REPORT_CSV,
        admin_only(diaspora_editor=OK, superuser=OK),
    ),
    R(
        "campaign-report-csv-other-association",
        lambda w: f"/admin/campaign-reports/{w['other_campaign'].pk}/product.csv",
        (),
        admin_only(superuser=OK),
    ),
    R(
        # Every admin user may open the list: it holds only the reports they may read.
        "campaign-report-list",
        lambda w: "/admin/campaign-reports/",
        r"admin/campaign-reports/",
        expect(OK, many={(ANONYMOUS, *BUYERS): LOGIN}),
    ),
    R(
        # Public: the short share link leads to the campaign (and remembers it).
        "campaign-short-link",
        lambda w: f"/c/{w['aods_campaign'].share_code}/",
        r"c/<slug:code>/",
        expect("-> /fr/campagnes/un-pressoir-pour-taytmatine/"),
    ),
]
RESOURCES += CAMPAIGN_REPORT_RESOURCES

# URLs outside the matrix, each with the reason ----------------------------------------------

SIGN_IN = "signing in and out, registering, resetting a password: open to everyone by design"
EXEMPT = {
    r"healthz|robots\.txt|sitemap(-<slug:section>)?\.xml|favicon\.ico|i18n/setlang/": "public: "
    "health check, robots, the sitemap index and its files, the site's icon, language switch",
    re.escape("^media/(?P<path>.*)$"): "public: uploaded media, served by Django only with "
    "DEBUG on (the urlconf adds it when imported under DEBUG)",
    r"documents/.*": "public: Wagtail serves documents to everyone unless a collection is "
    "privacy-restricted (none is); uploading is under admin-documents",
    r"admin/(login/|logout/|password_reset/.*)": SIGN_IN,
    r"admin/account/": "the signed-in admin user's own account settings",
    re.escape("admin/^.*/$"): "Wagtail admin's catch-all: a 404 page behind the admin login",
    r"dashboard/(login|logout)/|makers/login/": SIGN_IN,
    r"shop/accounts/(login|logout|register)/|shop/password-reset/.*": SIGN_IN,
    r"_util/.*": "public: Wagtail's page-password and login forms for restricted pages",
    r"shop/|shop/\^.*|shop/offers/.*": "public: the catalogue, products, categories, ranges, "
    "offers and reviews",
    r"search/.*": "public: search and suggestions",
    r"shop/(basket|checkout)/(?!user-address).*": "the visitor's own session basket and "
    "checkout: no id of anyone else's object in the URL (vouchers/<pk>/remove acts on the "
    "session's basket only)",
    r"shop/accounts/(|change-password/|profile/.*|emails/.*|notifications/.*|alerts/.*)": (
        "the signed-in buyer's own profile, emails, notifications and alerts: Oscar filters "
        "each by request.user; anonymous visitors are sent to sign in (account-orders shows "
        "the same mixin at work)"
    ),
    r"admin/(api|choose-page|choose-external-link|choose-email-link|choose-phone-link|"
    r"choose-anchor-link|block-preview|tag-autocomplete|embeds|editing-sessions|jsi18n|sprite|failwhale|"
    r"test404|dismissibles|bulk|localize|forms|product-chooser)/.*": (
        "Wagtail admin internals (choosers, autocompletion, API, localize's editor and "
        "translation views): behind the same admin login and page/snippet permissions the "
        "admin rows check"
    ),
}


def project_routes():
    """Every URL pattern's route, with the language prefix of i18n_patterns removed."""
    languages = "|".join(code for code, _name in settings.LANGUAGES)

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                assert isinstance(pattern, URLPattern)
                yield re.sub(rf"^({languages})/", "", prefix + str(pattern.pattern))

    return sorted(set(walk(get_resolver().url_patterns)))


def uncovered(routes):
    patterns = [pattern for resource in RESOURCES for pattern in resource.covers]
    patterns += list(EXEMPT)
    return [route for route in routes if not any(re.fullmatch(p, route) for p in patterns)]


def test_every_url_is_in_the_matrix():
    routes = project_routes()
    assert len(routes) > 400  # Wagtail's, Oscar's and the project's (sanity: the walk worked)
    missing = uncovered(routes)
    assert not missing, "URLs with no matrix row and no exemption:\n" + "\n".join(missing)


def test_a_new_url_without_a_row_is_reported():
    assert uncovered(["dashboard/campaign-reports/<int:pk>/"]) == [
        "dashboard/campaign-reports/<int:pk>/"
    ]


# The cells ----------------------------------------------------------------------------------

CELLS = [(role, resource) for resource in RESOURCES for role in ROLES]


def test_the_matrix_size(capsys):
    with capsys.disabled():
        print(
            f"\npermission matrix: {len(ROLES)} roles x {len(RESOURCES)} resources"
            f" = {len(CELLS)} cells"
        )
    assert len(CELLS) == len(ROLES) * len(RESOURCES)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "resource"), CELLS, ids=[f"{role}-{resource.name}" for role, resource in CELLS]
)
def test_cell(client, world, role, resource):
    if role != ANONYMOUS:
        client.force_login(world["users"][role])
    url = resource.url(world)
    response = getattr(client, resource.method)(url, resource.data)
    actual = outcome_of(response, client, url)
    expected = resource.expected[role].format(order=world[BUYER_A]["order"].number)
    assert actual == expected, f"{role} {resource.method.upper()} {url}: {actual}"
