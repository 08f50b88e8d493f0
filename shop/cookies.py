"""Oscar's own cookies, given the flags every cookie of the site carries (docs/security.md)."""

from django.conf import settings


class ShopCookieFlagsMiddleware:
    """Puts Secure and SameSite on Oscar's basket and recently-viewed cookies.

    Oscar sets its anonymous basket cookie without SameSite, and reads the recently-viewed
    cookie's flags once, when its module is imported. This applies the current settings
    (OSCAR_BASKET_COOKIE_SECURE, OSCAR_RECENTLY_VIEWED_COOKIE_SECURE, SESSION_COOKIE_SAMESITE)
    to both, on the way out. It sits above Oscar's BasketMiddleware so it sees its cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        history = settings.OSCAR_RECENTLY_VIEWED_COOKIE_NAME
        secure_by_cookie = {
            settings.OSCAR_BASKET_COOKIE_OPEN: settings.OSCAR_BASKET_COOKIE_SECURE,
            history: settings.OSCAR_RECENTLY_VIEWED_COOKIE_SECURE,
        }
        for name, cookie in response.cookies.items():
            if name not in secure_by_cookie:
                continue
            cookie["samesite"] = settings.SESSION_COOKIE_SAMESITE
            cookie["httponly"] = True
            if secure_by_cookie[name]:
                cookie["secure"] = True
        return response
