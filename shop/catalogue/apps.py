import oscar.apps.catalogue.apps as apps


class CatalogueConfig(apps.CatalogueConfig):
    name = "shop.catalogue"

    def ready(self):
        super().ready()
        from shop import words

        from . import signals  # noqa: F401 (connects the receivers)

        words.install()  # countries, wish lists: the buyer's language (shop/words.py)
