"""The public and the artisan's pages, under ``/<lang>/`` (``tawiza.urls``)."""

from django.urls import path

from . import views
from .models import Conversation

app_name = "questions"

urlpatterns = [
    path(
        "makers/<int:artisan_id>/ask/",
        views.ask,
        {"kind": Conversation.Kind.QUESTION},
        name="ask",
    ),
    path(
        "makers/<int:artisan_id>/custom/",
        views.ask,
        {"kind": Conversation.Kind.CUSTOM},
        name="custom",
    ),
    path("makers/me/questions/", views.mine, name="mine"),
    path("makers/me/questions/<int:pk>/", views.mine_detail, name="mine-detail"),
    path("questions/<str:token>/", views.conversation, name="conversation"),
    path("questions/<str:token>/piece/", views.piece, name="piece"),
]
