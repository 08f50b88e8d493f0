"""A buyer's conversation with a maker: a question, or a request for a custom piece.

A conversation belongs to one cooperative (its Oscar partner: its managers answer it) and one
artisan (their French page: the artisan answers it from their phone), and sometimes to the
product it was asked from. The buyer has no account: the unguessable ``token`` in the link
mailed to them is their key to it. Replies are mailed in ``language``, the language of the page
they asked from (docs/questions.md).
"""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(24)


def photo_path(message, filename):
    # The file name is random: a buyer's photo is reached only from their conversation.
    return f"questions/{secrets.token_hex(12)}.jpg"


class Conversation(models.Model):
    class Kind(models.TextChoices):
        QUESTION = "question", _("Question")
        CUSTOM = "custom", _("Custom piece")

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting for the maker")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WAITING
    )
    cooperative = models.ForeignKey(
        "partner.Partner",
        verbose_name=_("cooperative"),
        on_delete=models.CASCADE,
        related_name="conversations",
    )
    artisan = models.ForeignKey(
        "artisans.ArtisanPage",
        verbose_name=_("artisan"),
        on_delete=models.CASCADE,
        related_name="conversations",
        help_text=_("The artisan's French page."),
    )
    product = models.ForeignKey(
        "catalogue.Product",
        verbose_name=_("product"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conversations",
    )
    buyer_name = models.CharField(_("name"), max_length=120)
    buyer_email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # A custom piece's wishes (kind = custom).
    size = models.CharField(_("size"), max_length=120, blank=True)
    colours = models.CharField(_("colours"), max_length=200, blank=True)
    budget = models.DecimalField(
        _("budget (MAD)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    deadline = models.DateField(_("wanted by"), null=True, blank=True)
    # The one-off product made for this request, bought from a private link.
    piece = models.OneToOneField(
        "catalogue.Product",
        verbose_name=_("one-off piece"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="custom_request",
    )

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")

    def __str__(self):
        return f"{self.get_kind_display()} · {self.buyer_name}"

    @property
    def is_custom(self):
        return self.kind == self.Kind.CUSTOM

    def buyer_path(self):
        """The buyer's private page, in the language they asked in."""
        with translation.override(self.language):
            return reverse("questions:conversation", kwargs={"token": self.token})

    def piece_path(self):
        with translation.override(self.language):
            return reverse("questions:piece", kwargs={"token": self.token})


class Message(models.Model):
    class Author(models.TextChoices):
        BUYER = "buyer", _("Buyer")
        MAKER = "maker", _("Maker")

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    author = models.CharField(max_length=10, choices=Author.choices)
    author_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_name = models.CharField(max_length=150)
    body = models.TextField(_("message"))
    photo = models.ImageField(_("photo"), upload_to=photo_path, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("message")

    def __str__(self):
        return f"{self.author_name}: {self.body[:40]}"

    @property
    def from_buyer(self):
        return self.author == self.Author.BUYER
