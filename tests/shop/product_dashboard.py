"""Posting Oscar's dashboard product form as a cooperative manager or staff would."""

from django.conf import settings
from oscar.core.loading import get_model

from artisans.models import ArtisanPage

Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")

CREATE_URL = "/dashboard/catalogue/products/create/artisanat/"
WEAVERS = "tissage-ait-bouguemez"
ARGAN = "argan-taytmatine"
ITTO = "itto-ait-ouahmane"  # a weaver
AICHA = "aicha-id-brahim"  # of the argan cooperative


def french_artisan(slug):
    return ArtisanPage.objects.get(slug=slug, locale__language_code=settings.LANGUAGE_CODE)


def partner_of(artisan):
    return artisan.get_parent().specific.partner


def _field_values(form):
    data = {}
    for field in form:
        value = field.value()
        if isinstance(value, bool):
            if value:
                data[field.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[field.html_name] = [str(item) for item in value]
        elif value is not None:
            data[field.html_name] = str(value)
    return data


def edit_form_data(response, **changes):
    """What the rendered edit page would post unchanged, with ``changes`` to the product form."""
    context = response.context
    data = _field_values(context["form"])
    for name in ("category_formset", "image_formset", "recommended_formset", "stockrecord_formset"):
        formset = context[name]
        data.update(_field_values(formset.management_form))
        for form in formset.initial_forms:
            data.update(_field_values(form))
        data[f"{formset.prefix}-TOTAL_FORMS"] = str(len(formset.initial_forms))
    data.update({key: str(value) for key, value in changes.items()})
    return data


def create_form_data(client, artisan, **changes):
    """A new standalone product with one category and one stock record of the artisan's
    cooperative, as the create page posts it; ``changes`` override product fields."""
    response = client.get(CREATE_URL)
    assert response.status_code == 200
    context = response.context
    data = {
        "title": "Coussin berbère à pompons",
        "upc": "TWZ-TEST-CREATE",
        "description": "Un coussin tissé à la main.",
        "structure": "standalone",
        "is_discountable": "on",
        "artisan": str(artisan.pk),
        "weight": "0.8",
        "materials": "Laine de mouton",
        "care": "Lavage à la main, à froid.",
    }
    formsets = {
        name: context[name].prefix
        for name in (
            "category_formset",
            "image_formset",
            "recommended_formset",
            "stockrecord_formset",
        )
    }
    for name, prefix in formsets.items():
        data[f"{prefix}-TOTAL_FORMS"] = (
            "1" if name in ("category_formset", "stockrecord_formset") else "0"
        )
        data[f"{prefix}-INITIAL_FORMS"] = "0"
        data[f"{prefix}-MIN_NUM_FORMS"] = "0"
        data[f"{prefix}-MAX_NUM_FORMS"] = "1000"
    category = Category.objects.get(name="Tapis")
    data[f"{formsets['category_formset']}-0-category"] = str(category.pk)
    stock = formsets["stockrecord_formset"]
    data.update(
        {
            f"{stock}-0-partner": str(partner_of(artisan).pk),
            f"{stock}-0-partner_sku": data["upc"],
            f"{stock}-0-num_in_stock": "3",
            f"{stock}-0-price_currency": "MAD",
            f"{stock}-0-price": "450.00",
        }
    )
    data.update({key: str(value) for key, value in changes.items()})
    return data
