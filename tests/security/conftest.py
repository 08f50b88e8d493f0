import pytest
from django.contrib.auth import get_user_model

PASSWORD = "a-long-and-secret-passphrase"


@pytest.fixture
def buyer(db):
    return get_user_model().objects.create_user(
        "amina", email="amina@example.com", password=PASSWORD
    )


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser(
        "karim", email="karim@example.com", password=PASSWORD
    )


@pytest.fixture
def argan_oil(db):
    from oscar.core.loading import get_model

    return get_model("catalogue", "Product").objects.get(upc="TWZ-ARG-001")
