"""Tree rules, field validation and the story blocks of cooperative and artisan pages."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from artisans.blocks import CaptionedImageBlock, QuoteBlock, StoryBlock
from artisans.models import (
    ArtisanPage,
    CooperativeGalleryImage,
    CooperativeIndexPage,
    CooperativePage,
)
from home.models import HomePage

from .conftest import page_in

pytestmark = pytest.mark.django_db


def test_tree_rules_put_artisans_under_cooperatives_under_the_index(weaving):
    index = weaving.get_parent().specific
    home = index.get_parent().specific
    assert not ArtisanPage.can_create_at(home)
    assert not ArtisanPage.can_create_at(index)
    assert ArtisanPage.can_create_at(weaving)
    assert not CooperativePage.can_create_at(home)
    assert CooperativePage.can_create_at(index)
    assert not CooperativePage.can_create_at(weaving)
    # One index per language tree, and it already exists.
    assert not CooperativeIndexPage.can_create_at(home)
    assert not HomePage.can_create_at(index)


def test_an_artisan_cannot_be_their_own_mentor(fadma):
    fadma.mentor = fadma
    with pytest.raises(ValidationError) as error:
        fadma.full_clean()
    assert "mentor" in error.value.message_dict


def test_an_artisans_translation_cannot_be_their_mentor_either(fadma):
    arabic = page_in(fadma, "ar")
    arabic.mentor = fadma
    with pytest.raises(ValidationError):
        arabic.full_clean()


def test_another_artisan_can_be_a_mentor(fadma):
    assert fadma.mentor.slug == "itto-ait-ouahmane"
    fadma.full_clean()


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [(Decimal("91"), Decimal("-6")), (Decimal("31"), Decimal("-181")), (Decimal("-90.5"), 0)],
)
def test_coordinates_outside_the_globe_are_refused(weaving, latitude, longitude):
    weaving.latitude, weaving.longitude = latitude, longitude
    with pytest.raises(ValidationError):
        weaving.full_clean()


def test_a_location_needs_both_coordinates(weaving):
    weaving.longitude = None
    with pytest.raises(ValidationError, match="latitude"):
        weaving.full_clean()


def test_languages_spoken_accept_only_known_languages(fadma):
    fadma.languages_spoken = ["tzm", "klingon"]
    with pytest.raises(ValidationError, match="klingon"):
        fadma.full_clean()


def test_gallery_images_require_alt_text(weaving):
    item = CooperativeGalleryImage(
        page=weaving, locale=weaving.locale, image=weaving.gallery_images.first().image
    )
    with pytest.raises(ValidationError) as error:
        item.full_clean(exclude=["page"])
    assert "alt_text" in error.value.message_dict


def test_gallery_alt_text_is_required_in_the_admin_form(weaving):
    form_class = CooperativePage.get_edit_handler().get_form_class()
    assert form_class.formsets["gallery_images"].form.base_fields["alt_text"].required


def test_languages_spoken_are_checkboxes_in_the_admin(fadma):
    form_class = ArtisanPage.get_edit_handler().get_form_class()
    field = form_class.base_fields["languages_spoken"]
    assert {"ary", "tzm", "shi", "fr", "es"} <= {code for code, _label in field.choices}


def _image():
    return get_image_model().objects.first()


def test_paragraph_block_renders_its_rich_text():
    block = StoryBlock().child_blocks["paragraph"]
    html = block.render(RichText("<p>Les métiers <b>verticaux</b></p>"))
    assert '<div class="block-paragraph"><p>Les métiers <b>verticaux</b></p></div>' in html


def test_quote_block_renders_the_quote_and_who_said_it():
    block = QuoteBlock()
    html = block.render(block.to_python({"text": "Un tapis raconte", "attribution": "Fadma"}))
    assert "<blockquote><p>Un tapis raconte</p></blockquote>" in html
    assert "<figcaption>Fadma</figcaption>" in html


def test_image_block_renders_a_lazy_responsive_picture_with_its_alt_text_and_caption():
    block = CaptionedImageBlock()
    value = block.to_python(
        {
            "image": {"image": _image().pk, "alt_text": "Un métier à tisser", "decorative": False},
            "caption": "L'hiver",
        }
    )
    html = block.render(value)
    assert '<img alt="Un métier à tisser"' in html
    assert 'loading="lazy"' in html
    assert 'type="image/webp"' in html
    assert "<figcaption>L&#x27;hiver</figcaption>" in html


def test_image_block_refuses_an_image_without_alt_text_unless_decorative():
    block = StoryBlock()
    missing = block.to_python(
        [{"type": "image", "value": {"image": {"image": _image().pk, "alt_text": ""}}}]
    )
    with pytest.raises((StreamBlockValidationError, StructBlockValidationError)):
        block.clean(missing)
    decorative = block.to_python(
        [
            {
                "type": "image",
                "value": {"image": {"image": _image().pk, "alt_text": "", "decorative": True}},
            }
        ]
    )
    block.clean(decorative)


def test_every_story_block_has_an_icon_template_description_and_preview():
    for name, child in StoryBlock().child_blocks.items():
        meta = child.meta
        assert meta.icon, name
        assert meta.template, name
        assert meta.description, name
        assert getattr(meta, "preview_value", None) is not None, name


def test_demo_stories_translate_their_image_alt_text_and_quote(client):
    html = client.get("/en/cooperatives/tissage-ait-bouguemez/itto-ait-ouahmane/").content.decode()
    assert '<img alt="Itto&#x27;s hands knot henna-dyed wool onto the warp of the loom."' in html
    assert "<figcaption>Every knot is tied by hand.</figcaption>" in html
    html = client.get("/ar/cooperatives/tissage-ait-bouguemez/").content.decode()
    assert "علمتني أمي النقوش" in html  # the quote block, in Arabic


def test_pillow_writes_avif_for_the_picture_tags():
    """Templates ask for format-avif renditions: the installed Pillow must encode AVIF."""
    from PIL import features

    assert features.check("avif")


def test_crafts_are_chosen_once_in_french_and_shown_in_every_language(client, fadma):
    from artisans.models import Craft

    form_class = ArtisanPage.get_edit_handler().get_form_class()
    form = form_class(instance=fadma, for_user=None, parent_page=fadma.get_parent())
    offered = {craft.locale.language_code for craft in form.fields["crafts"].queryset}
    assert offered == {"fr"}
    argan = Craft.objects.get(slug="huile-d-argan", locale=fadma.locale)
    fadma.crafts.add(argan)
    fadma.save()
    html = client.get("/ar/cooperatives/tissage-ait-bouguemez/fadma-oulhaj/").content.decode()
    assert "النسيج, زيت الأركان" in html or "زيت الأركان, النسيج" in html
