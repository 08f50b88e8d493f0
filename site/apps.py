from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class TawizaConfig(AppConfig):
    """The project package: site-wide templates, static files, settings and commands."""

    name = "tawiza"
    verbose_name = "Tawiza"

    def ready(self):
        post_migrate.connect(setup_roles_after_migrate, sender=self)
        post_save.connect(grant_roles_on_new_page, dispatch_uid="tawiza-roles-on-new-page")
        # Locales kept in memory (site/locales.py) are forgotten when one changes, and when a
        # database is migrated or flushed (tests).
        from wagtail.models import Locale

        from tawiza.locales import forget

        post_save.connect(forget, sender=Locale, dispatch_uid="tawiza-forget-locales-saved")
        post_delete.connect(forget, sender=Locale, dispatch_uid="tawiza-forget-locales-deleted")
        post_migrate.connect(forget, dispatch_uid="tawiza-forget-locales-migrated")

        from tawiza import page_cache, renditions

        page_cache.connect_signals()
        renditions.connect_signals()


def setup_roles_after_migrate(sender, apps=None, using="default", verbosity=1, **kwargs):
    """Roles exist as soon as the database does (site/roles.py)."""
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    from tawiza.roles import setup_roles

    # post_migrate reaches this app before the apps listed after it have their
    # permissions: create them all first (both calls only add what is missing).
    for app_config in global_apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0, using=using)
        create_permissions(app_config, verbosity=0, using=using)
    setup_roles()


def grant_roles_on_new_page(sender, instance, created, raw=False, **kwargs):
    from wagtail.models import Page

    if created and not raw and isinstance(instance, Page):
        from tawiza.roles import grant_page_roles

        grant_page_roles(instance)
