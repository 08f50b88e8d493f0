"""Which order lines an artisan may see and mark ready: those of the products they made.

An artisan signs in with the account linked to their ``ArtisanPage`` (``account``,
docs/onboarding.md). Products name one page of the artisan (the French one, by convention);
the artisan's translations share its ``translation_key``, so the lines are matched through
that key: whichever translation a product points at, and whichever carries the account, the
artisan sees their pieces and nobody else's.
"""

from django.apps import apps
from oscar.core.loading import get_model

Line = get_model("order", "Line")


def artisan_pages(user):
    ArtisanPage = apps.get_model("artisans", "ArtisanPage")
    if not user.is_authenticated:
        return ArtisanPage.objects.none()
    return ArtisanPage.objects.filter(account=user)


def is_artisan(user):
    return artisan_pages(user).exists()


def maker_lines(user):
    """The order lines of the pieces ``user`` made, in any cooperative."""
    if not user.is_authenticated:
        return Line.objects.none()
    keys = artisan_pages(user).values("translation_key")
    return Line.objects.filter(product__artisan__translation_key__in=keys)
