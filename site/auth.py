"""Authentication backends that refuse the public demo accounts outside development.

The demo accounts (DESIGN.md) share a published password. They exist to explore the site
locally; should a database seeded with them ever run with DEBUG off, they must not log in.
"""

from axes.backends import AxesStandaloneBackend
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


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' lockout check, first of the backends (docs/security.md).

    Every login form (Wagtail's, Oscar's dashboard and shop logins) passes the request to
    `authenticate`. Oscar's registration alone does not: it signs the new buyer in with the
    password they have just chosen, where there is nothing to guess and no lockout to apply,
    and axes' backend would raise there (a 500). Without a request this backend steps aside.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
