"""Authentication backends that refuse the public demo accounts outside development.

The demo accounts (DESIGN.md) share a published password. They exist to explore the site
locally; should a database seeded with them ever run with DEBUG off, they must not log in.
"""

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from oscar.apps.customer.auth_backends import EmailBackend

DEMO_GROUP_NAME = "Demo accounts"


def is_refused_demo_account(user) -> bool:
    if settings.DEBUG:
        return False
    return user.groups.filter(name=DEMO_GROUP_NAME).exists()


class DemoAwareModelBackend(ModelBackend):
    def user_can_authenticate(self, user):
        return super().user_can_authenticate(user) and not is_refused_demo_account(user)


class DemoAwareEmailBackend(EmailBackend):
    """Oscar's sign-in by e-mail address, with the same refusal of demo accounts."""

    def user_can_authenticate(self, user):
        return super().user_can_authenticate(user) and not is_refused_demo_account(user)
