"""Oscar's rule for the products a partner user may see and edit in the dashboard, widened
to the products made by their cooperative's artisans (shop/catalogue/ownership.py)."""

from shop.catalogue.ownership import manager_products_q


def partner_product_visibility_q(user):
    return manager_products_q(user)
