"""Date formats for Tachelhit (Django has none for ``shi``; FORMAT_MODULE_PATH finds these).

From CLDR's ``shi`` locale: day, month name, year ("1 ⴷⵓⵊⴰⵏⴱⵉⵔ 2026") and a 24-hour clock.
The month and day names themselves are in ``locale/shi`` (Django's own msgids). Numbers keep
the settings' separators: prices are formatted by Oscar with Babel (docs/languages.md).
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
