"""Shipping zone names in the buyer's language.

A zone is an Oscar weight-based method whose ``name`` staff type in French in the
dashboard. Its ``code`` is a slug made once, when the method is created, and stays when
staff rename it; the zones the shop ships with (migration 0004_zones) are named here by
that code, through gettext, like every other interface string. A zone staff add later
has no entry and shows the name they gave it.
"""

from django.utils.translation import gettext_lazy as _

ZONE_NAMES = {
    "maroc": _("Morocco"),
    "europe": _("Europe"),
    "reste-du-monde": _("Rest of the world"),
}


def zone_name(code: str, recorded_name: str = "") -> str:
    """The zone's name in the active language, else ``recorded_name`` (the method's own)."""
    name = ZONE_NAMES.get(code)
    return str(name) if name is not None else str(recorded_name)
