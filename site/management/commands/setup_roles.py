"""Create the editorial and shop roles, or bring back what is missing (site/roles.py)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from tawiza.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create the role groups (communications, translators, cooperative managers, diaspora "
        "editors), their permissions and the review workflow. Safe to run again on a live site."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            groups = setup_roles()
        self.stdout.write(self.style.SUCCESS(f"Roles are set up: {', '.join(groups)}."))
