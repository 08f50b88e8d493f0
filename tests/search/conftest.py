"""Search tests run on whichever backend the settings name (database, or SEARCH_URL's server).

The demo content is indexed once per session, as ``make run`` would after ``seed_demo``.
"""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session", autouse=True)
def search_index(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("wagtail_update_index", verbosity=0)
