"""Indicative prices in euros and dollars, from the exchange rates staff set (Settings → Shop).

Buyers always pay in dirhams; these amounts only help the diaspora read a price, and the
page says so. Rounded half-up to the cent.
"""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def indicative_prices(amount_mad, shop_settings) -> list[tuple[str, Decimal]]:
    """[(currency, amount)] for each currency whose rate (MAD per unit) is set."""
    if amount_mad is None:
        return []
    rates = [("EUR", shop_settings.eur_rate), ("USD", shop_settings.usd_rate)]
    return [
        (currency, (Decimal(amount_mad) / rate).quantize(CENT, rounding=ROUND_HALF_UP))
        for currency, rate in rates
        if rate
    ]
