"""Blocks mirror in Arabic because their stylesheet uses logical properties only."""

import re
from pathlib import Path

from django.conf import settings

PHYSICAL = re.compile(
    r"(margin|padding|border)-(left|right)|(?<![-\w])(left|right)\s*:|text-align:\s*(left|right)"
    r"|float:\s*(left|right)"
)


def test_block_stylesheet_has_no_physical_directions():
    css = Path(settings.PROJECT_DIR, "static", "css", "blocks.css").read_text()
    assert not PHYSICAL.findall(css)


def test_block_stylesheet_is_linked_by_every_stories_template():
    templates = Path(settings.BASE_DIR, "stories", "templates", "stories")
    for template in ("story_index_page", "story_page", "campaign_index_page", "campaign_page"):
        text = (templates / f"{template}.html").read_text()
        assert "{% block extra_css %}" in text and "css/blocks.css" in text, template
