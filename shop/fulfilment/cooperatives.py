"""Who may see which orders and lines: staff see everything, a cooperative manager (a user
of the cooperative's Oscar partner) only the lines their cooperative makes."""

from django.conf import settings
from oscar.core.loading import get_model

Line = get_model("order", "Line")
Order = get_model("order", "Order")
Partner = get_model("partner", "Partner")


def is_cooperative_manager(user):
    return (
        user.is_authenticated and not user.is_staff and Partner.objects.filter(users=user).exists()
    )


def cooperative_lines(user):
    """The lines made by the cooperatives ``user`` manages."""
    return Line.objects.filter(partner__users=user)


def lines_visible_to(user, order=None):
    lines = Line.objects.all() if user.is_staff else cooperative_lines(user)
    if order is not None:
        lines = lines.filter(order=order)
    return lines.select_related("partner", "product").prefetch_related(
        "shipping_events__event_type"
    )


def orders_visible_to(user):
    if user.is_staff:
        return Order.objects.all()
    return Order.objects.filter(lines__partner__users=user).distinct()


def preferred_language(user):
    """The language a manager chose in Wagtail's account settings, else French."""
    profile = getattr(user, "wagtail_userprofile", None)
    language = profile.preferred_language if profile else ""
    codes = {code for code, _name in settings.LANGUAGES}
    return language if language in codes else settings.LANGUAGE_CODE
