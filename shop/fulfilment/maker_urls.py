"""The artisan's own orders, under ``/<lang>/makers/me/orders/`` (site/urls.py)."""

from django.urls import path

from shop.fulfilment.maker_views import MakerOrdersView, MarkReadyView

urlpatterns = [
    path("", MakerOrdersView.as_view(), name="maker_orders"),
    path("<str:number>/", MakerOrdersView.as_view(), name="maker_order"),
    path("<str:number>/<int:line_id>/ready/", MarkReadyView.as_view(), name="maker_line_ready"),
]
