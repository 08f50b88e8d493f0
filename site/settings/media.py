"""Where uploaded media live: the local ``MEDIA_ROOT`` folder, or any S3-compatible object store.

Chosen by ``MEDIA_STORAGE`` (``filesystem``, the default, or ``s3``) so one build runs on a
laptop, on one server with a disk, or on several stateless web hosts sharing a bucket
(docs/deployment.md lists the variables). The S3 options are read here, once, rather than
left to django-storages' own settings lookups, so that a missing bucket name is an error at
start-up and not on the first upload.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

FILESYSTEM = "filesystem"
S3 = "s3"


def media_storage(env) -> dict:
    """The ``STORAGES["default"]`` entry the environment asks for."""
    kind = env("MEDIA_STORAGE", default=FILESYSTEM).strip().lower()
    if kind == FILESYSTEM:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    if kind != S3:
        raise ImproperlyConfigured(f"MEDIA_STORAGE must be {FILESYSTEM!r} or {S3!r}, not {kind!r}.")
    bucket = env("AWS_STORAGE_BUCKET_NAME", default="")
    if not bucket:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
    endpoint = env("AWS_S3_ENDPOINT_URL", default=None)
    options = {
        "bucket_name": bucket,
        # None lets boto3 find the keys itself (environment, instance role, ~/.aws).
        "access_key": env("AWS_ACCESS_KEY_ID", default=None),
        "secret_key": env("AWS_SECRET_ACCESS_KEY", default=None),
        "endpoint_url": endpoint,
        "region_name": env("AWS_S3_REGION_NAME", default=None),
        # A CDN or public host name for the links, and its scheme ("http:" on a LAN).
        "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
        "url_protocol": env("AWS_S3_URL_PROTOCOL", default="https:"),
        "location": env("AWS_LOCATION", default=""),
        # Private bucket by default: links are signed and expire.
        "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=True),
        "querystring_expire": env.int("AWS_QUERYSTRING_EXPIRE", default=3600),
        # Two uploads with one name both survive (Django adds a suffix), as on a disk.
        "file_overwrite": False,
        # Most S3-compatible servers (MinIO, Ceph, Garage...) want path-style addressing.
        "addressing_style": env("AWS_S3_ADDRESSING_STYLE", default="path" if endpoint else None),
    }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def media_origin(storage: dict) -> str | None:
    """Where an object store's links point (for the Content-Security-Policy's img-src).

    Such links are made by the storage, not from ``MEDIA_URL``: the custom domain if one is
    set, else the S3-compatible endpoint, else Amazon's own hosts. None for a local folder.
    """
    if storage["BACKEND"] != "storages.backends.s3.S3Storage":
        return None
    options = storage["OPTIONS"]
    if options["custom_domain"]:
        parts = urlsplit(f"{options['url_protocol']}//{options['custom_domain']}")
    elif options["endpoint_url"]:
        parts = urlsplit(options["endpoint_url"])
    else:
        return "https://*.amazonaws.com"
    return f"{parts.scheme}://{parts.netloc}"
