"""Oscar's shipping app, forked for its repository (zones) and scale (the product's weight).

The methods themselves are Oscar's weight-based methods, one per zone, edited with their
weight bands and countries in the Oscar dashboard (Shipping). See docs/shop.md.
"""

from oscar.apps.shipping.models import *  # noqa: F403
