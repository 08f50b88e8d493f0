import oscar.apps.catalogue.reviews.apps as apps


class CatalogueReviewsConfig(apps.CatalogueReviewsConfig):
    """Oscar's reviews, forked: only a buyer who received a product may review it.

    Oscar's class loader looks for ``catalogue.reviews.*`` modules under the catalogue app's
    package, hence this fork's place in ``shop/catalogue/reviews`` (docs/payouts.md).
    """

    name = "shop.catalogue.reviews"
