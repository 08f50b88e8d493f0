from django.urls import path

from shop.fulfilment.views import CooperativeOrdersView

app_name = "fulfilment"

urlpatterns = [
    path("orders/", CooperativeOrdersView.as_view(), name="orders"),
    path(
        "orders/<str:number>/<slug:action>/",
        CooperativeOrdersView.as_view(http_method_names=["post"]),
        name="order-action",
    ),
]
