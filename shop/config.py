from django.urls import include, path, reverse_lazy
from oscar import config


class ShopConfig(config.Shop):
    """Oscar's root app, with the shop's URLs laid out as DESIGN.md's contract says.

    The catalogue is the shop's front page (``/<lang>/shop/``); search lives at
    ``/<lang>/search/`` and the dashboard at ``/dashboard/``, both mounted in
    ``tawiza.urls`` rather than under the shop.
    """

    def get_urls(self):
        from django.contrib.auth import views as auth_views
        from oscar.views.decorators import login_forbidden

        from shop.customer_views import AddressCreateView, AddressUpdateView, OrderLineView

        # Oscar's customer app builds its URLs from these attributes (shop/customer_views.py).
        self.customer_app.order_line_view = OrderLineView
        self.customer_app.address_create_view = AddressCreateView
        self.customer_app.address_update_view = AddressUpdateView

        return [
            path("basket/", self.basket_app.urls),
            path("checkout/", self.checkout_app.urls),
            path("accounts/", self.customer_app.urls),
            path("offers/", self.offer_app.urls),
            path("wishlists/", self.wishlists_app.urls),
            # A cooperative's own orders, on a phone (shop/fulfilment, docs/fulfilment.md).
            path("cooperative/", include("shop.fulfilment.urls")),
            path(
                "password-reset/",
                login_forbidden(
                    auth_views.PasswordResetView.as_view(
                        form_class=self.password_reset_form,
                        success_url=reverse_lazy("password-reset-done"),
                        template_name="oscar/registration/password_reset_form.html",
                    )
                ),
                name="password-reset",
            ),
            path(
                "password-reset/done/",
                login_forbidden(
                    auth_views.PasswordResetDoneView.as_view(
                        template_name="oscar/registration/password_reset_done.html"
                    )
                ),
                name="password-reset-done",
            ),
            path(
                "password-reset/confirm/<str:uidb64>/<str:token>/",
                login_forbidden(
                    auth_views.PasswordResetConfirmView.as_view(
                        form_class=self.set_password_form,
                        success_url=reverse_lazy("password-reset-complete"),
                        template_name="oscar/registration/password_reset_confirm.html",
                    )
                ),
                name="password-reset-confirm",
            ),
            path(
                "password-reset/complete/",
                login_forbidden(
                    auth_views.PasswordResetCompleteView.as_view(
                        template_name="oscar/registration/password_reset_complete.html"
                    )
                ),
                name="password-reset-complete",
            ),
            # Last: the catalogue's patterns (index, products, categories) at the shop's root.
            path("", self.catalogue_app.urls),
        ]
