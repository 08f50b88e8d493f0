"""Media on an S3-compatible object store (MEDIA_STORAGE=s3 through django-storages), against a
real S3 server on 127.0.0.1 (moto's): an editor's image and its renditions, and a product's
photo, are written to the bucket and read back through the configured storage."""

import io

import boto3
import environ
import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.test import override_settings
from oscar.core.loading import get_model
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from tawiza.settings.media import media_storage

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
Image = get_image_model()
BUCKET = "tawiza-media-test"


@pytest.fixture(scope="module")
def s3_server():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3_media(s3_server, monkeypatch):
    """STORAGES["default"] as production builds it from these environment variables."""
    variables = {
        "MEDIA_STORAGE": "s3",
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_server,
        "AWS_ACCESS_KEY_ID": "tawiza-test",
        "AWS_SECRET_ACCESS_KEY": "tawiza-test-secret",
        "AWS_S3_REGION_NAME": "us-east-1",
    }
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    bucket = boto3.resource(
        "s3",
        endpoint_url=s3_server,
        region_name="us-east-1",
        aws_access_key_id="tawiza-test",
        aws_secret_access_key="tawiza-test-secret",
    ).Bucket(BUCKET)
    if not bucket.creation_date:
        bucket.create()
    storage = media_storage(environ.Env())
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    with override_settings(STORAGES={**settings.STORAGES, "default": storage}):
        yield bucket


def photo(name, size=(640, 480)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, (168, 68, 42)).save(buffer, "JPEG")
    return ImageFile(buffer, name=name)


def keys(bucket):
    return {item.key for item in bucket.objects.all()}


@pytest.mark.django_db
def test_wagtail_image_and_rendition_live_in_the_bucket(s3_media):
    image = Image.objects.create(title="Métier à tisser", file=photo("metier.jpg"))
    rendition = image.get_rendition("fill-120x90")

    assert {image.file.name, rendition.file.name} <= keys(s3_media)
    with default_storage.open(rendition.file.name) as stored:
        assert PillowImage.open(stored).size == (120, 90)
    # Pages link to the store itself, not to this server's /media/.
    assert rendition.url.startswith(s3_media.meta.client.meta.endpoint_url)


@pytest.mark.django_db
def test_product_photo_is_written_and_read_through_the_store(s3_media):
    product = Product.objects.filter(structure="standalone").first()
    first = ProductImage.objects.create(
        product=product, original=photo("tapis.jpg"), display_order=9
    )
    second = ProductImage.objects.create(
        product=product, original=photo("tapis.jpg"), display_order=10
    )

    # Two uploads with one name both survive, as on a disk.
    assert first.original.name != second.original.name
    assert {first.original.name, second.original.name} <= keys(s3_media)
    with default_storage.open(first.original.name) as stored:
        assert PillowImage.open(stored).size == (640, 480)


def test_s3_without_a_bucket_refuses_to_start(monkeypatch):
    monkeypatch.setenv("MEDIA_STORAGE", "s3")
    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)
    with pytest.raises(ImproperlyConfigured, match="AWS_STORAGE_BUCKET_NAME"):
        media_storage(environ.Env())


def test_unknown_media_storage_is_refused(monkeypatch):
    monkeypatch.setenv("MEDIA_STORAGE", "ftp")
    with pytest.raises(ImproperlyConfigured, match="MEDIA_STORAGE"):
        media_storage(environ.Env())
