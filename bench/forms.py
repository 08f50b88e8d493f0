"""Read what a browser reads in a page: its forms (action, fields, values) and its messages.

The virtual buyers fill the site's real forms, so a renamed field or a new hidden input is
followed rather than guessed; the standard library's HTML parser is enough for that.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Form:
    action: str
    method: str
    attrs: dict
    fields: dict = field(default_factory=dict)  # name -> value, as a browser would submit
    choices: dict = field(default_factory=dict)  # name -> [values] of a select, radios, boxes
    buttons: list = field(default_factory=list)  # (name, value) of submit buttons

    def data(self, **values):
        """The form's submission with ``values`` typed into it."""
        return {**self.fields, **values}


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self.notices: list[tuple[str, str]] = []  # (kind, text): see notice_kind
        self._form: Form | None = None
        self._select: str | None = None
        self._textarea: str | None = None
        self._notice_depth = 0
        self._notice_class = ""
        self._notice_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if self._notice_depth:
            self._notice_depth += tag not in VOID_ELEMENTS
        elif kind := notice_kind(attrs.get("class", "").split()):
            self._notice_depth, self._notice_class, self._notice_text = 1, kind, []
        if tag == "form":
            self._form = Form(attrs.get("action", ""), attrs.get("method", "get").lower(), attrs)
            self.forms.append(self._form)
        if self._form is None:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in ("checkbox", "radio"):
                self._form.choices.setdefault(name, []).append(attrs.get("value", "on"))
                if "checked" in attrs:
                    self._form.fields[name] = attrs.get("value", "on")
            elif kind in ("submit", "image", "button"):
                self._form.buttons.append((name, attrs.get("value", "")))
            else:
                self._form.fields[name] = attrs.get("value", "")
        elif tag == "button" and name and attrs.get("type", "submit") == "submit":
            self._form.buttons.append((name, attrs.get("value", "")))
        elif tag == "select" and name:
            self._select = name
            self._form.choices[name] = []
        elif tag == "option" and self._select:
            value = attrs.get("value", "")
            self._form.choices[self._select].append(value)
            if "selected" in attrs or self._select not in self._form.fields:
                self._form.fields[self._select] = value
        elif tag == "textarea" and name:
            self._textarea = name
            self._form.fields[name] = ""

    def handle_endtag(self, tag):
        if self._notice_depth:
            self._notice_depth -= tag not in VOID_ELEMENTS
            if not self._notice_depth:
                text = " ".join("".join(self._notice_text).split())
                self.notices.append((self._notice_class, text))
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._notice_depth:
            self._notice_text.append(data)
        if self._form is not None and self._textarea:
            self._form.fields[self._textarea] += data


def notice_kind(classes):
    """A notice's level ("error", "warning", "info", "success"), from its classes: Django's
    messages as base.html shows them (``message message--error``), the checkout's own notices
    (``notice notice--error``: a piece sold out at the last step), Bootstrap alerts
    (``alert alert-danger alert-dismissible``: the basket's and checkout's notices) and
    form field errors ("form-error"); None for anything else."""
    for name in classes:
        level = name.removeprefix("message--").removeprefix("notice--").removeprefix("alert-")
        # A message with extra tags reads "message message--safe noicon warning".
        if level in NOTICE_LEVELS and (name != level or "message" in classes):
            return NOTICE_LEVELS[level]
        if name in ("errorlist", "error-block", "invalid-feedback"):
            return "form-error"
    return None


NOTICE_LEVELS = {
    "danger": "error",
    "error": "error",
    "warning": "warning",
    "info": "info",
    "success": "success",
    "debug": "debug",
}


VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


@dataclass
class Page:
    forms: list
    notices: list

    def form(self, action_contains=None, button=None):
        """The first form posting to a URL containing ``action_contains`` (and with a submit
        button named ``button``), else None."""
        for form in self.forms:
            if action_contains is not None and action_contains not in form.action:
                continue
            if button is not None and button not in {name for name, _value in form.buttons}:
                continue
            return form
        return None


def read_page(html: str) -> Page:
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return Page(parser.forms, parser.notices)
