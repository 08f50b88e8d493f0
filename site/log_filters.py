"""Logging filters named in ``LOGGING`` (site/settings/base.py)."""

import logging

from oscar.apps.order.exceptions import UnableToPlaceOrder


class LostRaceIsNotAnError(logging.Filter):
    """Oscar logs every ``UnableToPlaceOrder`` as an error with its traceback. Ours are the
    buyer losing the race for a piece's last unit (shop/checkout/views.py): expected, told to
    the buyer on the preview page, the basket kept. Logged as a one-line warning, so that
    tracebacks in the server's log stay the mark of real errors (`make bench` counts them)."""

    def filter(self, record):
        if record.exc_info and isinstance(record.exc_info[1], UnableToPlaceOrder):
            record.exc_info = None
            record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True
