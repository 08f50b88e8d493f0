"""A JPEG cut short (an upload interrupted) is a form error naming the problem, in every
place an image can be uploaded, and nothing is stored: no image row, no file
(tawiza/images.py)."""

import io
import uuid
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from oscar.core.loading import get_model
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from tawiza.images import DAMAGED_IMAGE

pytestmark = pytest.mark.django_db

WagtailImage = get_image_model()
Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")


def jpeg(width=320, height=240):
    """A real photograph-like JPEG (noise compresses badly, so the cut removes real data)."""
    buffer = io.BytesIO()
    PILImage.effect_noise((width, height), 60).convert("RGB").save(buffer, format="JPEG")
    return buffer.getvalue()


def truncated_jpeg():
    whole = jpeg()
    return whole[: len(whole) // 2]


def test_the_truncated_jpeg_is_really_truncated():
    """Its header still opens (which is why header checks let it through); decoding fails."""
    with PILImage.open(io.BytesIO(truncated_jpeg())) as image:
        assert image.size == (320, 240)
        with pytest.raises(OSError, match="truncated"):
            image.load()


@pytest.fixture
def superuser(client):
    admin = get_user_model().objects.create_superuser(
        f"img-{uuid.uuid4().hex[:8]}", "img-admin@example.org", "not-the-demo-password"
    )
    client.force_login(admin)
    return client


def unique_name():
    return f"cut-{uuid.uuid4().hex[:12]}"


def stored(settings, folder, stem):
    return list((Path(settings.MEDIA_ROOT) / folder).glob(f"**/{stem}*"))


def damaged_message(language="en"):
    with translation.override(language):
        return str(DAMAGED_IMAGE)


@pytest.mark.parametrize("language", ["fr", "ar", "shi", "en"])
def test_wagtail_admin_upload_of_a_truncated_jpeg_is_a_form_error(superuser, settings, language):
    before, stem = WagtailImage.objects.count(), unique_name()
    response = superuser.post(
        "/admin/images/add/",
        {
            "title": "Tapis",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(f"{stem}.jpg", truncated_jpeg(), "image/jpeg"),
        },
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()["file"]
    assert [error.code for error in errors] == ["damaged_image"]
    assert damaged_message(language) in response.content.decode()
    assert damaged_message(language) != damaged_message("en") or language == "en"
    assert WagtailImage.objects.count() == before
    assert not stored(settings, "original_images", stem)


def test_wagtail_multiple_upload_of_a_truncated_jpeg_is_refused(superuser, settings):
    before, stem = WagtailImage.objects.count(), unique_name()
    response = superuser.post(
        "/admin/images/multiple/add/",
        {
            "collection": Collection.get_first_root_node().pk,
            "files[]": SimpleUploadedFile(f"{stem}.jpg", truncated_jpeg(), "image/jpeg"),
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert damaged_message() in answer["error_message"]
    assert WagtailImage.objects.count() == before
    assert not stored(settings, "original_images", stem)


def test_a_whole_jpeg_is_still_accepted_by_wagtail(superuser, settings):
    before, stem = WagtailImage.objects.count(), unique_name()
    response = superuser.post(
        "/admin/images/add/",
        {
            "title": "Tapis",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(f"{stem}.jpg", jpeg(), "image/jpeg"),
        },
    )
    assert response.status_code == 302
    assert WagtailImage.objects.count() == before + 1


def form_data(form, *formsets):
    """What a browser posts back for this form and its formsets' existing rows, unchanged."""
    data = {}
    rows = [form] + [row for formset in formsets for row in formset.initial_forms]
    for row in rows:
        for field in row:
            if getattr(field.field.widget, "input_type", None) == "file":
                continue
            value = field.value()
            if value is None or value is False:
                continue
            data[field.html_name] = "on" if value is True else value
    for formset in formsets:
        for field in formset.management_form:
            data[field.html_name] = field.value()
        data[f"{formset.prefix}-TOTAL_FORMS"] = formset.initial_form_count()
    return data


# The formsets of Oscar's product form (dashboard/catalogue/views.py: ProductCreateUpdateView).
PRODUCT_FORMSETS = [
    "category_formset",
    "image_formset",
    "recommended_formset",
    "stockrecord_formset",
]


@pytest.mark.parametrize(("upload", "accepted"), [(truncated_jpeg, False), (jpeg, True)])
def test_oscar_dashboard_product_image_upload(superuser, settings, upload, accepted):
    product = Product.objects.filter(stockrecords__isnull=False).first()
    url = f"/dashboard/catalogue/products/{product.pk}/"
    page = superuser.get(url, HTTP_ACCEPT_LANGUAGE="en")
    context = page.context
    formsets = [context[name] for name in PRODUCT_FORMSETS]
    data = form_data(context["form"], *formsets)
    images = context["image_formset"]
    slot = images.initial_form_count()  # the first empty image form
    stem = unique_name()
    data[f"{images.prefix}-{slot}-original"] = SimpleUploadedFile(
        f"{stem}.jpg", upload(), "image/jpeg"
    )
    data[f"{images.prefix}-{slot}-display_order"] = slot
    data[f"{images.prefix}-TOTAL_FORMS"] = slot + 1
    before = ProductImage.objects.filter(product=product).count()

    response = superuser.post(url, data, HTTP_ACCEPT_LANGUAGE="en")

    if accepted:
        assert response.status_code == 302, [
            (name, response.context[name].errors) for name in ["form", *PRODUCT_FORMSETS]
        ]
        assert ProductImage.objects.filter(product=product).count() == before + 1
        return
    assert response.status_code == 200
    errors = response.context["image_formset"].forms[slot].errors
    assert errors["original"] == [damaged_message()]
    assert damaged_message() in response.content.decode()
    assert ProductImage.objects.filter(product=product).count() == before
    assert not stored(settings, "images", stem)
