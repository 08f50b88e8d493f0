from django import template

from shop.catalogue.reviews.eligibility import may_review

register = template.Library()


@register.filter
def may_review_product(product, user):
    """``{% if product|may_review_product:user %}``: show the "write a review" link."""
    return may_review(user, product)
