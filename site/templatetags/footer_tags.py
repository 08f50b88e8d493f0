"""The site footer (site/models.py: SiteFooter) for the page's language."""

from django import template

from tawiza.models import SiteFooter

register = template.Library()


@register.simple_tag
def site_footer():
    """This language's footer, else the French one (its `locale` says which), else None."""
    return SiteFooter.for_language()
