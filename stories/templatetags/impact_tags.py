"""What buyers have sent to the cooperatives, for the home and cooperative pages.

The same computation as a campaign's progress (stories/progress.py), cached the same way.
"""

from django import template

from stories.progress import cooperative_impact, site_impact

register = template.Library()


@register.simple_tag
def impact_of(cooperative=None):
    """The figures of ``cooperative`` (a ``CooperativePage``), or of the whole site."""
    if cooperative is None:
        return site_impact()
    return cooperative_impact(cooperative)
