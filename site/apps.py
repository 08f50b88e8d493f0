from django.apps import AppConfig


class TawizaConfig(AppConfig):
    """The project package: site-wide templates, static files, settings and commands."""

    name = "tawiza"
    verbose_name = "Tawiza"
