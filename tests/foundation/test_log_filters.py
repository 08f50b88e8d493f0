"""A buyer losing the race for a piece's last unit is a warning in the server's log, not an
error with a traceback (tracebacks are what `make bench` and operators look for)."""

import logging
import sys

from oscar.apps.order.exceptions import UnableToPlaceOrder

from tawiza.log_filters import LostRaceIsNotAnError


def record_of(exception):
    try:
        raise exception
    except Exception:
        exc_info = sys.exc_info()
    return logging.LogRecord(
        "oscar.checkout", logging.ERROR, __file__, 1, "Order #%s: unable", ("100",), exc_info
    )


def test_a_lost_race_is_a_one_line_warning():
    record = record_of(UnableToPlaceOrder("Le tapis vient de partir."))
    assert LostRaceIsNotAnError().filter(record)
    assert record.levelname == "WARNING" and record.exc_info is None
    assert "Traceback" not in logging.Formatter().format(record)


def test_other_errors_keep_their_traceback():
    record = record_of(ValueError("boom"))
    assert LostRaceIsNotAnError().filter(record)
    assert record.levelname == "ERROR"
    assert "Traceback" in logging.Formatter().format(record)


def test_the_sites_console_handler_uses_it(settings):
    assert "lost_race" in settings.LOGGING["handlers"]["console"]["filters"]
