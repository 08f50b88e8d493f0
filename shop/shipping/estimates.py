"""How long a parcel takes to reach the buyer, in working days, said in the buyer's language.

Each zone (an Oscar weight-based method, ``shop.shipping.models.WeightBased``) holds its own
range, edited in the Oscar dashboard (Shipping). The checkout's shipping-method and preview
steps, the thank-you page and the confirmation email show it.
"""

from dataclasses import dataclass

from django.utils.translation import ngettext


@dataclass(frozen=True)
class DeliveryEstimate:
    fewest: int
    most: int

    @classmethod
    def between(cls, fewest, most):
        """The estimate for a zone's two figures, or None when staff gave none."""
        if not fewest and not most:
            return None
        fewest = fewest or most
        return cls(fewest=fewest, most=max(most or fewest, fewest))

    def __str__(self):
        if self.fewest == self.most:
            return ngettext("%(days)s working day", "%(days)s working days", self.most) % {
                "days": self.most
            }
        # An en dash between the figures, as in "2–4 working days".
        return ngettext(
            "%(fewest)s–%(most)s working day", "%(fewest)s–%(most)s working days", self.most
        ) % {"fewest": self.fewest, "most": self.most}
