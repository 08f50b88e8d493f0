"""Which artisans and products belong to a cooperative manager's cooperatives.

A cooperative is an Oscar partner; its managers are the partner's users. Its artisans are the
French ``ArtisanPage``s under its French ``CooperativePage`` (products name the French page),
and its products are those it stocks (Oscar's own rule) or made by one of its artisans (a
product just added, before any stock is entered).
"""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")


def _cooperative_pages(user):
    from artisans.models import CooperativePage

    return CooperativePage.objects.filter(
        partner__users=user, locale__language_code=settings.LANGUAGE_CODE
    )


def manager_artisans(user):
    """The French artisan pages of the cooperatives ``user`` manages; staff: every one."""
    from artisans.models import ArtisanPage

    artisans = ArtisanPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    if user.is_staff:
        return artisans
    paths = [Q(path__startswith=page.path) for page in _cooperative_pages(user)]
    if not paths:
        return artisans.none()
    return artisans.filter(reduce(or_, paths))


def manager_products_q(user):
    """Oscar's partner rule (a stock record of the user's partner, or of a variant's) plus
    products made by the user's cooperatives' artisans."""
    return (
        Q(stockrecords__partner__users__pk=user.pk)
        | Q(children__stockrecords__partner__users__pk=user.pk)
        | Q(artisan__in=manager_artisans(user))
    )


def products_of_manager(user):
    if user.is_staff:
        return Product.objects.all()
    return Product.objects.filter(manager_products_q(user)).distinct()
