"""The buyer's pages (ask, their private conversation, the one-off piece) and the artisan's
phone pages (``/<lang>/makers/me/questions/``)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from oscar.core.loading import get_model

from artisans.models import ArtisanPage

from . import conversations
from .forms import BuyerReplyForm, CustomPieceForm, MakerReplyForm, QuestionForm
from .models import Conversation

Product = get_model("catalogue", "Product")

RATE_LIMITED = gettext_lazy(
    "You have sent several messages in a short time. Please wait an hour and send this one "
    "again: what you wrote is still below."
)


def _rate_limited(request, form, email):
    if conversations.rate_limited(request, email):
        form.add_error(None, RATE_LIMITED)
        return True
    return False


@never_cache
@require_http_methods(["GET", "POST"])
def ask(request, artisan_id, kind):
    page = get_object_or_404(ArtisanPage.objects.live(), pk=artisan_id)
    artisan = conversations.source_artisan(page)
    partner = conversations.cooperative_partner(artisan)
    if partner is None:
        raise Http404
    product = None
    if request.GET.get("product", "").isdigit():
        product = Product.objects.filter(
            pk=request.GET["product"], artisan=artisan, is_public=True
        ).first()
    form_class = CustomPieceForm if kind == Conversation.Kind.CUSTOM else QuestionForm
    form = form_class(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_spam():
            return render(request, "shop/questions/sent.html", {"artisan": page})
        if form.is_valid() and not _rate_limited(request, form, form.cleaned_data["email"]):
            conversations.count_message(request, form.cleaned_data["email"])
            conversation = conversations.start(
                kind=kind,
                artisan=artisan,
                partner=partner,
                product=product,
                data=form.cleaned_data,
                photo=form.cleaned_data.get("photo"),
            )
            messages.success(
                request,
                _(
                    "Your message is on its way to %(maker)s. We sent you an email with the "
                    "link to this page, where their answers will appear."
                )
                % {"maker": page.title},
            )
            return redirect(conversation.buyer_path())
        status = 429 if form.errors.get("__all__") else 400
    return render(
        request,
        "shop/questions/ask.html",
        {"form": form, "artisan": page, "product": product, "kind": kind},
        status=status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def conversation(request, token):
    """The buyer's private page: the conversation, and a form to write back."""
    conversation = get_object_or_404(
        Conversation.objects.select_related("artisan", "product", "piece"), token=token
    )
    form = BuyerReplyForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_spam():
            return redirect(conversation.buyer_path())
        if form.is_valid() and not _rate_limited(request, form, conversation.buyer_email):
            conversations.count_message(request, conversation.buyer_email)
            conversations.buyer_writes(
                conversation, form.cleaned_data["message"], form.cleaned_data.get("photo")
            )
            messages.success(request, _("Your message was sent to the maker."))
            return redirect(conversation.buyer_path())
        status = 429 if form.errors.get("__all__") else 400
    return render(
        request,
        "shop/questions/conversation.html",
        {
            "conversation": conversation,
            "thread": conversation.messages.all(),
            "form": form,
            "artisan": conversation.artisan.localized,
        },
        status=status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def piece(request, token):
    """The one-off piece, shown to the holder of the private link, who may put it in the
    basket (the shop's stock strategy lets only them buy it: shop/partner/strategy.py)."""
    conversation = get_object_or_404(
        Conversation.objects.select_related("artisan", "piece"), token=token, piece__isnull=False
    )
    product = conversation.piece
    conversations.permit_private_piece(request, product)
    info = request.strategy.fetch_for_product(product)
    if request.method == "POST":
        if not info.availability.is_available_to_buy:
            messages.error(request, _("This piece has already been bought."))
            return redirect(conversation.piece_path())
        basket = request.basket
        if not any(line.product_id == product.pk for line in basket.all_lines()):
            basket.add_product(product, 1)
        messages.success(request, _("Your custom piece is in your basket."))
        return redirect("basket:summary")
    return render(
        request,
        "shop/questions/piece.html",
        {
            "conversation": conversation,
            "product": product,
            "info": info,
            "artisan": conversation.artisan.localized,
        },
    )


@login_required
@never_cache
def mine(request):
    """The artisan's phone page: the questions about their page and products."""
    if not conversations.is_artisan(request.user):
        raise Http404
    return render(
        request,
        "shop/questions/mine.html",
        {"conversations": conversations.conversations_for_artisan(request.user)[:100]},
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def mine_detail(request, pk):
    conversation = get_object_or_404(conversations.conversations_for_artisan(request.user), pk=pk)
    form = MakerReplyForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        conversations.maker_replies(
            conversation, request.user, form.cleaned_data["message"], form.cleaned_data.get("photo")
        )
        messages.success(
            request, _("Your answer was sent to %(name)s.") % {"name": conversation.buyer_name}
        )
        return redirect("questions:mine-detail", pk=conversation.pk)
    return render(
        request,
        "shop/questions/mine_detail.html",
        {"conversation": conversation, "thread": conversation.messages.all(), "form": form},
        status=400 if form.errors else 200,
    )
