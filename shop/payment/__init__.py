"""How buyers pay: a small registry of payment methods (see docs/shop.md).

Each method has a ``code``, a ``label``, says whether it is available for a basket shipped to
an address (``is_available_for``) and why not (``unavailable_reason``), and ``handle``\\s the
payment of an order, returning the order's initial status. No card gateway: cash on delivery
in Morocco, and bank transfer everywhere.
"""

from .methods import (
    BankTransfer,
    CashOnDelivery,
    PaymentMethod,
    PaymentUnavailable,
    available_methods,
    get_method,
    registry,
)

__all__ = [
    "BankTransfer",
    "CashOnDelivery",
    "PaymentMethod",
    "PaymentUnavailable",
    "available_methods",
    "get_method",
    "registry",
]
