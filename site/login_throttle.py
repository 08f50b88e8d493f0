"""How django-axes tells one login attempt from another, and what a locked-out visitor sees.

Attempts are counted per (username, client address) pair (docs/security.md).
"""

from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import render


def attempted_username(request, credentials) -> str:
    """The account an attempt is aimed at, however it was named.

    Oscar's logins take an e-mail address, Wagtail's a username, and axes clears the count of
    a successful login under the username: both names of one account must count as one, and
    so must "Amina@…" and "amina@…" (e-mail addresses are not case-sensitive).
    """
    tried = (credentials or {}).get("username")
    if tried is None:
        tried = request.POST.get("username", "")
    tried = str(tried).strip()
    if "@" in tried:
        accounts = get_user_model().objects.filter(email__iexact=tried)
        usernames = list(accounts.values_list("username", flat=True)[:2])
        if len(usernames) == 1:
            tried = usernames[0]
    return tried.lower()


def client_ip_address(request) -> str:
    """The visitor's address: X-Forwarded-For is believed only as far as our own proxies.

    Each trusted proxy appends the address it received the request from, so with
    TRUSTED_PROXY_COUNT proxies the client is that many entries from the right; anything
    further left was written by the client and could be anything.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote_addr
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if len(forwarded) < proxies:
        return remote_addr
    return forwarded[-proxies]


def lockout_response(request, original_response=None, credentials=None):
    """The lockout page, in the language of the page the visitor was on (HTTP 429)."""
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    response = render(
        request,
        "tawiza/lockout.html",
        {"cool_off_minutes": minutes, "attempts": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
