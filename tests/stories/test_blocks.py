"""Every editorial block renders something a reader can use, from its preview or a real value."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import escape
from oscar.core.loading import get_model
from wagtail.images import get_image_model

from artisans.models import ArtisanPage, CooperativePage
from stories.blocks import (
    ArtisanCardBlock,
    BaseStreamBlock,
    CallToActionBlock,
    GalleryBlock,
    ImageWithCaptionBlock,
    ProductCardBlock,
    ProductGridBlock,
    QuoteBlock,
    VideoBlock,
)

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


def test_every_block_has_an_icon_a_template_a_description_and_a_preview():
    for name, block in BaseStreamBlock().child_blocks.items():
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert block.meta.template.startswith("blocks/"), name
        assert block.meta.description, name
        assert block.get_preview_value() is not None, name


@pytest.mark.parametrize("name", list(BaseStreamBlock().child_blocks))
def test_every_block_renders_its_preview_value(name, block_context):
    block = BaseStreamBlock().child_blocks[name]
    html = block.render(block.get_preview_value(), context=block_context)
    assert html.strip()
    assert "class=" in html


def test_image_block_renders_a_lazy_responsive_picture_with_alt_text_and_credit(block_context):
    block = ImageWithCaptionBlock()
    image = get_image_model().objects.first()
    value = block.to_python(
        {
            "image": {"image": image.pk, "alt_text": "Un métier à tisser", "decorative": False},
            "caption": "Dans l'atelier",
            "credit": "Salma",
        }
    )
    html = block.render(value, context=block_context)
    assert "<picture>" in html and 'type="image/webp"' in html and "srcset=" in html
    assert 'alt="Un métier à tisser"' in html and 'loading="lazy"' in html
    assert "Dans l&#x27;atelier" in html and "Salma" in html


def test_image_block_requires_alt_text_unless_decorative():
    block = ImageWithCaptionBlock()
    image = get_image_model().objects.first()
    missing_alt = block.to_python(
        {"image": {"image": image.pk, "alt_text": "", "decorative": False}, "caption": ""}
    )
    with pytest.raises(ValidationError):
        block.clean(missing_alt)
    decorative = block.to_python(
        {"image": {"image": image.pk, "alt_text": "", "decorative": True}, "caption": ""}
    )
    block.clean(decorative)


def test_decorative_gallery_images_have_an_empty_alt(block_context):
    block = GalleryBlock()
    image = get_image_model().objects.first()
    value = block.to_python(
        {
            "heading": "Atelier",
            "images": [
                {"image": image.pk, "alt_text": "", "decorative": True},
                {"image": image.pk, "alt_text": "Les pelotes de laine", "decorative": False},
            ],
        }
    )
    html = block.render(value, context=block_context)
    assert html.count("<img") == 2
    assert 'alt=""' in html and 'alt="Les pelotes de laine"' in html


def test_quote_block_shows_the_text_and_who_said_it(block_context):
    block = QuoteBlock()
    html = block.render(
        block.to_python({"text": "La laine se souvient.", "attribution": "Itto"}), block_context
    )
    assert "<blockquote>" in html and "La laine se souvient." in html and "Itto" in html


def test_video_block_falls_back_to_a_link_when_the_embed_cannot_be_fetched(block_context):
    block = VideoBlock()
    value = block.to_python({"video": "https://video.example.org/argan", "caption": "Argan"})
    html = block.render(value, context=block_context)
    assert 'href="https://video.example.org/argan"' in html
    assert "Argan" in html


@pytest.mark.parametrize(("code", "title"), [("fr", "Aïcha Id Brahim"), ("ar", "عائشة إد براهيم")])
def test_artisan_card_shows_the_artisan_in_the_readers_language(block_context, code, title):
    french = ArtisanPage.objects.get(slug="aicha-id-brahim", locale__language_code="fr")
    block = ArtisanCardBlock()
    value = block.to_python({"artisan": french.pk, "note": ""})
    with translation.override(code):
        html = block.render(value, context=block_context)
    assert title in html
    assert f'href="/{code}/cooperatives/argan-taytmatine/aicha-id-brahim/"' in html


def test_product_card_shows_picture_title_price_and_link(block_context):
    product = Product.objects.get(upc="TWZ-ARG-001")
    block = ProductCardBlock()
    html = block.render(block.to_python({"product": product.pk, "note": ""}), block_context)
    assert escape(product.title) in html
    assert f'href="{product.get_absolute_url()}"' in html
    assert "180" in html and "MAD" in html
    assert "<img" in html and 'loading="lazy"' in html


def test_product_grid_keeps_the_editors_order_and_skips_deleted_products(block_context):
    upcs = ["TWZ-TAP-003", "TWZ-ARG-002", "TWZ-TAP-001"]
    ids = [Product.objects.get(upc=upc).pk for upc in upcs]
    block = ProductGridBlock()
    value = block.to_python({"heading": "Sélection", "products": [*ids, 999999]})
    html = block.render(value, context=block_context)
    titles = [escape(Product.objects.get(upc=upc).title) for upc in upcs]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    assert html.count('class="block-product"') == 3


def test_product_grid_loads_its_products_in_a_constant_number_of_queries(
    block_context, django_assert_max_num_queries
):
    ids = list(Product.objects.values_list("pk", flat=True))
    block = ProductGridBlock()
    block.render(block.to_python({"heading": "", "products": ids}), block_context)  # thumbnails
    # products, images, stock records, product texts and their locales: a fixed number
    with django_assert_max_num_queries(6):
        value = block.to_python({"heading": "", "products": ids})
        block.render(value, block_context)


def test_call_to_action_links_to_the_page_in_the_readers_language(block_context):
    cooperative = CooperativePage.objects.get(slug="argan-taytmatine", locale__language_code="fr")
    block = CallToActionBlock()
    value = block.to_python(
        {"text": "Soutenez-les", "button_label": "Voir", "page": cooperative.pk, "url": ""}
    )
    with translation.override("en"):
        html = block.render(value, context=block_context)
    assert 'href="/en/cooperatives/argan-taytmatine/"' in html and "Voir" in html


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"text": "Go", "button_label": "Go", "page": None, "url": ""}))
    block.clean(
        block.to_python(
            {"text": "Go", "button_label": "Go", "page": None, "url": "https://example.org/"}
        )
    )


@pytest.mark.parametrize("name", list(BaseStreamBlock().child_blocks))
def test_block_previews_use_the_sites_stylesheets(name, superuser_client):
    block = BaseStreamBlock().child_blocks[name]
    assert block.get_preview_template(block.get_preview_value()) == "stories/block_preview.html"
    response = superuser_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
    html = response.content.decode()
    assert "css/blocks.css" in html
    assert f'class="w-block-{name} block-{name}"' in html
