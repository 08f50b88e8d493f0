"""The artisan's own pages, ``/<lang>/makers/me/…``: a home, their profile, their products.

Mobile-first and in the language of the URL. Every view finds the signed-in artisan's own
page first (``self_service.own_profile``); someone without one gets a 403 page that says
so. Products are looked up among the artisan's own: another id is a 404.
"""

import secrets
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from oscar.core.loading import get_model
from wagtail.images import get_image_model

from artisans.snippets import Craft
from shop.catalogue import approval
from shop.fairshare import split

from . import self_service as ss
from .self_service_forms import MakerLoginForm, ProductForm, ProfileForm, StockForm, new_form_token
from .self_service_models import FormToken

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")


class MakerLoginView(LoginView):
    """Artisans sign in with the name they chose when they joined (often their phone
    number); Oscar's buyer sign-in asks for an email address, which an artisan may not have."""

    template_name = "artisans/self_service/login.html"
    authentication_form = MakerLoginForm

    def get_default_redirect_url(self):
        return reverse("maker_home")


def artisan_required(view):
    """Signed in, and an artisan with their own profile (else a 403 page that says why)."""

    @login_required(login_url="maker_login")
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            source = ss.own_profile(request.user)
        except ss.NotAnArtisan:
            return render(request, "artisans/self_service/not_an_artisan.html", status=403)
        return view(request, source, *args, **kwargs)

    return wrapper


@artisan_required
def home(request, source):
    products = list(ss.products_of(source))
    waiting = [p for p in products if ss.product_state(p) == ss.WAITING]
    sent_back = [p for p in products if ss.product_state(p) == ss.SENT_BACK]
    return render(
        request,
        "artisans/self_service/home.html",
        {
            "artisan": ss.page_to_edit(source, get_language()),
            "profile_waiting": ss.waiting_change(source),
            "profile_change": ss.last_sent_back(source),
            "products_waiting": waiting,
            "products_sent_back": sent_back,
        },
    )


@artisan_required
@require_http_methods(["GET", "POST"])
def profile(request, source):
    page = ss.page_to_edit(source, get_language())
    waiting = ss.waiting_change(source)
    if waiting is not None and waiting.page_id == page.pk:
        # Go on from what is waiting, not from the live page.
        page = waiting.revision.as_object()
    is_source = page.locale_id == source.locale_id
    crafts = Craft.objects.filter(locale=source.locale).order_by("name") if is_source else None
    story_text = ss.story_as_text(page.story)
    initial = {
        "title": page.title,
        "village": page.village,
        "quote": page.quote,
        "story": story_text,
    }
    if is_source:
        initial["crafts"] = list(page.crafts.all())
    form = ProfileForm(request.POST or None, request.FILES or None, initial=initial, crafts=crafts)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        page.title = page.draft_title = data["title"]
        page.village = data["village"]
        page.quote = data["quote"]
        if data["story"].strip() != story_text:
            page.story = ss.story_from_text(data["story"], page.story)
        if is_source:
            page.crafts = data["crafts"]
        if data["portrait"]:
            Image = get_image_model()
            image = Image(title=data["title"][:255], file=data["portrait"])
            image.save()
            page.portrait = image
        ss.submit_profile(page, request.user)
        ss.remember_language(request.user, get_language())
        messages.success(
            request, _("Thank you! Your cooperative will check your profile before buyers see it.")
        )
        return redirect("maker_home")
    if form.errors:
        messages.error(request, _("Nothing was sent yet: please correct what is marked."))
    return render(
        request,
        "artisans/self_service/profile.html",
        {"form": form, "page": page, "waiting": waiting, "last": ss.last_sent_back(source)},
    )


@artisan_required
def products(request, source):
    rows = [(product, ss.product_state(product)) for product in ss.products_of(source)]
    return render(request, "artisans/self_service/products.html", {"rows": rows})


def _fee_percent(source):
    return split(100, source.get_parent().specific.fee_rate).fee_percent


@artisan_required
@require_http_methods(["GET", "POST"])
def product_add(request, source):
    partner = ss.partner_of(source)
    if partner is None:
        return render(request, "artisans/self_service/no_shop.html", status=403)
    token = request.POST.get("form_token", "")
    if request.method == "POST" and token:
        done = FormToken.objects.filter(token=token, account=request.user).first()
        if done is not None and done.product_id:
            # The same form arrived again (a slow connection, a second tap): one product.
            messages.info(request, _("This product was already saved."))
            return redirect("maker_product_edit", pk=done.product_id)
    form = ProductForm(
        request.POST or None,
        request.FILES or None,
        initial={"form_token": new_form_token()},
        free_slots=ss.MAX_PHOTOS,
    )
    if request.method == "POST" and form.is_valid():
        try:
            _create_product(request, source, partner, form)
        except IntegrityError:
            done = FormToken.objects.filter(token=form.cleaned_data["form_token"]).first()
            if done is None or done.account_id != request.user.pk or not done.product_id:
                raise
            messages.info(request, _("This product was already saved."))
            return redirect("maker_product_edit", pk=done.product_id)
        ss.remember_language(request.user, get_language())
        messages.success(
            request, _("Thank you! Your cooperative will check your product before buyers see it.")
        )
        return redirect("maker_products")
    if form.errors:
        messages.error(request, _("Nothing was saved yet: please correct what is marked."))
    return render(
        request,
        "artisans/self_service/product_form.html",
        {"form": form, "product": None, "fee_percent": _fee_percent(source)},
    )


def _create_product(request, source, partner, form):
    data = form.cleaned_data
    with transaction.atomic():
        token = FormToken.objects.create(token=data["form_token"], account=request.user)
        product = Product(
            title=data["title"],
            description=data["description"],
            product_class=data["product_class"],
            weight=data["weight"],
            artisan=source,
            upc=_new_sku(),
        )
        approval.submit_to_cooperative(product, request.user)
        product.save()
        StockRecord.objects.create(
            product=product,
            partner=partner,
            partner_sku=product.upc,
            price=data["price"],
            price_currency=_currency(),
            num_in_stock=data["num_in_stock"],
        )
        _add_photos(product, form.new_photos())
        token.product = product
        token.save(update_fields=["product"])
    return product


def _currency():
    return settings.OSCAR_DEFAULT_CURRENCY


def _new_sku():
    while True:
        sku = "TWZ-M-" + secrets.token_hex(4).upper()
        if not Product.objects.filter(upc=sku).exists():
            return sku


def _add_photos(product, photos):
    start = product.images.count()
    for offset, photo in enumerate(photos):
        ProductImage.objects.create(product=product, original=photo, display_order=start + offset)


@artisan_required
@require_http_methods(["GET", "POST"])
def product_edit(request, source, pk):
    product = get_object_or_404(ss.products_of(source), pk=pk)
    record = product.stockrecords.first()
    if not ss.artisan_may_change_words(product):
        return _stock_edit(request, product, record)
    photos = product.images.all()
    initial = {
        "form_token": new_form_token(),
        "title": product.title,
        "product_class": product.product_class,
        "description": product.description,
        "weight": product.weight,
    }
    if record is not None:
        initial.update(price=record.price, num_in_stock=record.num_in_stock)
    form = ProductForm(
        request.POST or None,
        request.FILES or None,
        initial=initial,
        photos=photos,
        free_slots=max(0, ss.MAX_PHOTOS - photos.count()),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            product.title = data["title"]
            product.description = data["description"]
            product.product_class = data["product_class"]
            product.weight = data["weight"]
            approval.submit_to_cooperative(product, request.user)
            product.save()
            partner = ss.partner_of(source)
            if record is None and partner is not None:
                record = StockRecord(product=product, partner=partner, partner_sku=product.upc)
            if record is not None:
                record.price = data["price"]
                record.price_currency = _currency()
                record.num_in_stock = data["num_in_stock"]
                record.save()
            for image in data["remove_photos"]:
                image.delete()
            _add_photos(product, form.new_photos())
        ss.remember_language(request.user, get_language())
        messages.success(
            request, _("Thank you! Your cooperative will check your product before buyers see it.")
        )
        return redirect("maker_products")
    if form.errors:
        messages.error(request, _("Nothing was saved yet: please correct what is marked."))
    return render(
        request,
        "artisans/self_service/product_form.html",
        {
            "form": form,
            "product": product,
            "state": ss.product_state(product),
            "fee_percent": _fee_percent(source),
        },
    )


def _stock_edit(request, product, record):
    if record is None:
        raise Http404  # a product on sale always has its stock record
    form = StockForm(request.POST or None, initial={"num_in_stock": record.num_in_stock})
    if request.method == "POST" and form.is_valid():
        ordered = record.num_allocated or 0
        if form.cleaned_data["num_in_stock"] < ordered:
            form.add_error(
                "num_in_stock",
                _("Already ordered by buyers: %(count)s. Keep at least that many.")
                % {"count": ordered},
            )
    if request.method == "POST" and form.is_valid():
        record.num_in_stock = form.cleaned_data["num_in_stock"]
        record.save(update_fields=["num_in_stock"])
        messages.success(request, _("The stock is updated."))
        return redirect("maker_products")
    return render(
        request,
        "artisans/self_service/product_stock.html",
        {"form": form, "product": product, "record": record, "state": ss.product_state(product)},
    )
