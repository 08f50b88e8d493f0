"""The checkout scenario's virtual buyer reads the notices the site shows when a piece sells
out under them, whatever the markup (a buyer sent back without one is an error of the run)."""

from bench.forms import read_page

PREVIEW_WITH_ERROR = """<main><form method="post" action="/fr/shop/checkout/preview/">
<div class="notice notice--error" role="alert"><p>Désolé, le tapis vient de partir.</p></div>
<input type="hidden" name="action" value="place_order"></form></main>"""


def test_the_checkouts_own_error_notice_is_read():
    assert read_page(PREVIEW_WITH_ERROR).notices == [
        ("error", "Désolé, le tapis vient de partir.")
    ]


def test_messages_and_alerts_are_still_read():
    page = read_page(
        '<ul><li class="message message--warning">Stock bas</li></ul>'
        '<div class="alert alert-danger">Épuisé</div><p class="notice">Rien</p>'
    )
    assert page.notices == [("warning", "Stock bas"), ("error", "Épuisé")]
