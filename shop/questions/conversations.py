"""Who sees which conversation, how one starts and is answered, and the one-off piece.

The one place these rules live: the buyer's pages, the artisan's phone pages and the
dashboard all go through it (docs/questions.md).
"""

from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import translation
from oscar.core.loading import get_model

from tawiza.login_throttle import client_ip_address

from .models import Conversation, Message

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
StockRecord = get_model("partner", "StockRecord")

# Messages a visitor may send: per client address and per email address, in a window.
RATE_LIMIT = getattr(settings, "QUESTIONS_RATE_LIMIT", (5, 60 * 60))
# The session key listing the one-off pieces this browser opened a private link to.
PRIVATE_PIECES_SESSION_KEY = "questions_private_pieces"


# Who sees what ----------------------------------------------------------------------------


def conversations_for_manager(user):
    """Every conversation for staff; a cooperative manager's own cooperatives' otherwise."""
    conversations = Conversation.objects.select_related("cooperative", "artisan", "product")
    if user.is_staff:
        return conversations
    return conversations.filter(cooperative__users=user).distinct()


def conversations_for_artisan(user):
    """The conversations about the artisan's own page and products."""
    return Conversation.objects.select_related("cooperative", "artisan", "product").filter(
        artisan__account=user
    )


def is_artisan(user):
    from artisans.models import ArtisanPage

    return user.is_authenticated and ArtisanPage.objects.filter(account=user).exists()


# Spam ------------------------------------------------------------------------------------


def _rate_keys(request, email):
    return [
        f"questions:rate:ip:{client_ip_address(request)}",
        f"questions:rate:email:{email.strip().lower()}",
    ]


def rate_limited(request, email) -> bool:
    """True when this address or this email already sent their share of messages."""
    limit, _window = RATE_LIMIT
    return any((cache.get(key) or 0) >= limit for key in _rate_keys(request, email))


def count_message(request, email):
    _limit, window = RATE_LIMIT
    for key in _rate_keys(request, email):
        cache.add(key, 0, window)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, window)


# Where a conversation goes -----------------------------------------------------------------


def source_artisan(page):
    """The French page of an artisan page (products and conversations name it)."""
    return page.specific.source_page


def cooperative_partner(artisan):
    """The shop partner of the artisan's cooperative, or None."""
    cooperative = artisan.get_parent().specific
    return getattr(cooperative, "partner", None)


# Starting and answering ----------------------------------------------------------------------


def start(*, kind, artisan, partner, product, data, photo=None):
    """A new conversation with the buyer's first message; mails go once it is committed."""
    with transaction.atomic():
        conversation = Conversation.objects.create(
            kind=kind,
            cooperative=partner,
            artisan=artisan,
            product=product,
            buyer_name=data["name"],
            buyer_email=data["email"],
            language=translation.get_language() or settings.LANGUAGE_CODE,
            size=data.get("size", ""),
            colours=data.get("colours", ""),
            budget=data.get("budget"),
            deadline=data.get("deadline"),
        )
        message = Message.objects.create(
            conversation=conversation,
            author=Message.Author.BUYER,
            author_name=data["name"],
            body=data["message"],
            photo=photo,
        )
        transaction.on_commit(lambda: _queue_new_conversation(conversation.pk, message.pk))
    return conversation


def buyer_writes(conversation, body, photo=None):
    with transaction.atomic():
        message = Message.objects.create(
            conversation=conversation,
            author=Message.Author.BUYER,
            author_name=conversation.buyer_name,
            body=body,
            photo=photo,
        )
        conversation.status = Conversation.Status.WAITING
        conversation.save(update_fields=["status", "updated_at"])
        transaction.on_commit(lambda: _queue_maker_notice(message.pk))
    return message


def maker_replies(conversation, user, body, photo=None):
    """A manager's or the artisan's reply, mailed to the buyer in the buyer's language."""
    with transaction.atomic():
        message = Message.objects.create(
            conversation=conversation,
            author=Message.Author.MAKER,
            author_user=user,
            author_name=user.get_full_name() or user.get_username(),
            body=body,
            photo=photo,
        )
        conversation.status = Conversation.Status.ANSWERED
        conversation.save(update_fields=["status", "updated_at"])
        transaction.on_commit(lambda: _queue_reply(message.pk))
    return message


def close(conversation):
    """The maker's side considers the conversation done; the buyer's next message opens it
    again (``buyer_writes``), so nothing a buyer says is ever left unseen."""
    conversation.status = Conversation.Status.CLOSED
    conversation.save(update_fields=["status", "updated_at"])


def make_piece(conversation, user, *, title, price, weight, description=""):
    """Turn a custom request into a one-off product: one in stock, never listed publicly,
    bought from the private link mailed to the buyer."""
    template = conversation.product
    product_class = (
        template.get_product_class() if template else None
    ) or ProductClass.objects.order_by("pk").first()
    with transaction.atomic():
        product = Product.objects.create(
            title=title,
            description=description,
            product_class=product_class,
            artisan=conversation.artisan,
            weight=weight,
            upc=f"TWZ-CUSTOM-{conversation.pk}",
            is_public=False,
            is_discountable=False,
        )
        StockRecord.objects.create(
            product=product,
            partner=conversation.cooperative,
            partner_sku=product.upc,
            price=Decimal(price),
            price_currency=settings.OSCAR_DEFAULT_CURRENCY,
            num_in_stock=1,
        )
        conversation.piece = product
        conversation.status = Conversation.Status.ANSWERED
        conversation.save(update_fields=["piece", "status", "updated_at"])
        transaction.on_commit(lambda: _queue_piece_offer(conversation.pk))
    return product


def permit_private_piece(request, product):
    """Remember in the session that this browser holds the private link to ``product``."""
    permitted = set(request.session.get(PRIVATE_PIECES_SESSION_KEY, []))
    if product.pk not in permitted:
        permitted.add(product.pk)
        request.session[PRIVATE_PIECES_SESSION_KEY] = sorted(permitted)


def may_buy_private(request, product) -> bool:
    session = getattr(request, "session", None)
    return session is not None and product.pk in session.get(PRIVATE_PIECES_SESSION_KEY, [])


# Mail, queued once committed ---------------------------------------------------------------


def _queue_new_conversation(conversation_id, message_id):
    from . import tasks

    tasks.send_acknowledgement.enqueue(conversation_id)
    tasks.notify_makers.enqueue(message_id)


def _queue_maker_notice(message_id):
    from . import tasks

    tasks.notify_makers.enqueue(message_id)


def _queue_reply(message_id):
    from . import tasks

    tasks.send_reply.enqueue(message_id)


def _queue_piece_offer(conversation_id):
    from . import tasks

    tasks.send_piece_offer.enqueue(conversation_id)
