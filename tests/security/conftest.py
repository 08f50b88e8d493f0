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
