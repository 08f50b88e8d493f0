"""An artisan on a 360×640 phone signs in, adds a product with a photo taken sideways by the
camera, and sees it waiting for review; no self-service page scrolls sideways, in French or
in Arabic (docs/self-service.md)."""

from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from oscar.core.loading import get_model
from PIL import Image

from artisans.models import ArtisanPage

from .conftest import close_connections
from .sweep import OVERFLOW

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("committed")]
User = get_user_model()
Product = get_model("catalogue", "Product")
PASSWORD = "argan-et-miel-2026"
TITLE = "Huile d'argan du téléphone"


@pytest.fixture
def artisan():
    page = ArtisanPage.objects.get(slug="aicha-id-brahim", locale__language_code="fr")
    user = User.objects.create_user("0612345678", "aicha.phone@example.ma", PASSWORD)
    pages = ArtisanPage.objects.filter(translation_key=page.translation_key)
    pages.update(account=user)
    yield user
    Product.objects.filter(artisan=page, submitted_by=user).delete()
    pages.update(account=None)
    user.delete()
    close_connections()


@pytest.fixture
def sideways_photo(tmp_path):
    """A camera's JPEG: 640×480 stored, EXIF orientation 6 (to be turned a quarter)."""
    image = Image.new("RGB", (640, 480), (180, 90, 40))
    exif = Image.Exif()
    exif[0x0112] = 6
    output = BytesIO()
    image.save(output, "JPEG", exif=exif)
    path = tmp_path / "IMG_20261201_101500.jpg"
    path.write_bytes(output.getvalue())
    return path


def no_sideways_scroll(page, where):
    assert page.evaluate(OVERFLOW) <= 0, f"{where} scrolls sideways at 360 px"


def test_an_artisan_adds_a_product_with_a_photo_from_a_phone(open_site, artisan, sideways_photo):
    site = open_site("phone")
    page = site.page
    page.goto("/fr/makers/me/")
    assert "/fr/makers/login/" in page.url  # sign in first, with the name chosen on joining
    page.fill("#id_username", artisan.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Se connecter").click()
    assert page.url.endswith("/fr/makers/me/")
    no_sideways_scroll(page, "home")
    tile = page.get_by_role("link", name="Ajouter un produit")
    box = tile.bounding_box()
    assert box["height"] >= 48 and box["width"] >= 48  # a thumb's target
    tile.click()
    page.wait_for_url("**/fr/makers/me/products/add/")
    no_sideways_scroll(page, "add a product")
    page.fill("#id_title", TITLE)
    page.fill("#id_description", "Pressée à froid, flacon de 250 ml.")
    page.fill("#id_price", "180")
    page.fill("#id_num_in_stock", "5")
    page.fill("#id_weight", "0,4")
    assert page.get_attribute("#id_photo_1", "accept") == "image/*"
    page.set_input_files("#id_photo_1", str(sideways_photo))
    with page.expect_navigation():
        page.get_by_role("button", name="Envoyer à ma coopérative").click()
    assert page.url.endswith("/fr/makers/me/products/")
    row = page.locator(".maker-product", has_text=TITLE)
    assert "en attente de vérification" in row.inner_text()
    no_sideways_scroll(page, "my products")
    site.screenshot("fr", "self-service-products")

    product = Product.objects.get(title=TITLE)
    image = product.images.get().original
    assert (image.width, image.height) == (480, 640)  # upright
    assert not product.is_public
    close_connections()

    page.goto(f"/fr/makers/me/products/{product.pk}/")
    no_sideways_scroll(page, "edit a product")
    for path in ("/fr/makers/me/profile/", "/ar/makers/me/", "/ar/makers/me/products/add/"):
        site.open(path)
        no_sideways_scroll(page, path)
    site.screenshot("ar", "self-service-add")
    assert not site.errors
