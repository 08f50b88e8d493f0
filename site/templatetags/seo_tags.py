"""``{% head_meta %}``: the description, canonical URL, OpenGraph, Twitter card and JSON-LD of
every public page, content or shop (tawiza/seo.py, shop/catalogue/seo.py, docs/seo.md)."""

from django import template
from wagtail.models import Page

from tawiza import seo

register = template.Library()


def head_meta_for(context):
    request = context["request"]
    match = getattr(request, "resolver_match", None)
    view_name = match.view_name if match else ""
    page = context.get("page")
    if view_name.startswith("catalogue:"):
        from shop.catalogue import seo as shop_seo

        if view_name == "catalogue:detail" and context.get("product") is not None:
            return shop_seo.product_meta(context["product"], request)
        if view_name == "catalogue:category" and context.get("category") is not None:
            return shop_seo.category_meta(context["category"], request)
        if view_name == "catalogue:index":
            return shop_seo.catalogue_meta(request)
    if isinstance(page, Page):
        return seo.page_meta(page.specific_deferred, request)
    return seo.view_meta(request)


@register.inclusion_tag("includes/head_meta.html", takes_context=True)
def head_meta(context):
    if context.get("request") is None:
        return {"meta": None}
    return {"meta": head_meta_for(context)}
