"""After "Add to basket", the buyer sees which piece went in, in their language, with the way
to the basket and to the checkout (docs/storefront.md)."""

import pytest

from shop.catalogue.texts import localized_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_adding_to_the_basket_confirms_with_the_products_name_and_links(client, rug, language):
    product_url = f"/{language}/shop/{rug.slug}_{rug.pk}/"
    response = client.post(
        f"/{language}/shop/basket/add/{rug.pk}/",
        {"quantity": 1},
        HTTP_REFERER=f"http://testserver{product_url}",
        follow=True,
    )
    assert response.status_code == 200
    html = response.content.decode()
    messages = html[html.index('<ul class="messages"') : html.index('<main id="main">')]
    assert localized_text(rug, language).title in messages
    assert f'href="/{language}/shop/basket/"' in messages
    assert f'href="/{language}/shop/checkout/"' in messages
    # The header counts what the basket holds.
    assert 'class="site-nav__count"' in html
