"""The campaign's share image (OpenGraph card): hero image, title and progress, 1200x630 PNG.

Drawn with Pillow from the campaign's hero (cropped to fill), a dark band for legibility,
the title in the campaign's language and its progress toward the goal. Text direction and
Arabic shaping come from Pillow's Raqm layout when it is available (the Pillow wheels
bundle it; it needs the system's FriBiDi); DejaVu Sans covers Latin, Arabic and Tifinagh.
"""

import io
import textwrap
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _
from oscar.templatetags.currency_filters import currency
from PIL import Image, ImageDraw, ImageFont, features

WIDTH, HEIGHT = 1200, 630
MARGIN = 60
BACKGROUND = (107, 58, 34)  # the site's terracotta, darkened, when there is no hero image
ACCENT = (231, 168, 97)
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


def _font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    layout = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size, layout_engine=layout)
    return ImageFont.load_default(size)


def _background(campaign):
    if campaign.hero_image is None:
        return Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    rendition = campaign.hero_image.get_rendition(f"fill-{WIDTH}x{HEIGHT}|format-png")
    with rendition.file.open("rb") as source:
        picture = Image.open(source)
        picture.load()
    return picture.convert("RGB").resize((WIDTH, HEIGHT))


def _progress_line(progress):
    figures = progress.figures
    sent = currency(figures.sent, "MAD")
    if progress.goal_amount:
        return _("%(sent)s of %(goal)s sent to the cooperatives") % {
            "sent": sent,
            "goal": currency(progress.goal_amount, "MAD"),
        }
    if progress.goal_pieces:
        return _("%(pieces)s of %(goal)s pieces sold") % {
            "pieces": figures.pieces,
            "goal": progress.goal_pieces,
        }
    return _("%(sent)s sent to the cooperatives") % {"sent": sent}


def share_card(campaign, progress) -> bytes:
    """The card of ``campaign`` (a ``CampaignPage``) at ``progress``, as PNG bytes."""
    rtl = campaign.locale.language_code == "ar"
    image = _background(campaign)
    band = Image.new("RGBA", (WIDTH, HEIGHT // 2 + 40), (20, 12, 8, 190))
    image.paste(band, (0, HEIGHT - band.height), band)
    draw = ImageDraw.Draw(image)
    title_font, text_font = _font(52, bold=True), _font(32)
    anchor_x, anchor = (WIDTH - MARGIN, "ra") if rtl else (MARGIN, "la")
    direction = "rtl" if rtl and features.check("raqm") else None
    y = HEIGHT - band.height + 40
    for line in textwrap.wrap(campaign.title, width=36)[:2]:
        draw.text(
            (anchor_x, y), line, font=title_font, fill="white", anchor=anchor, direction=direction
        )
        y += 66
    with translation.override(campaign.locale.language_code):
        line = _progress_line(progress)
    draw.text(
        (anchor_x, y + 10), line, font=text_font, fill="white", anchor=anchor, direction=direction
    )
    bar_top = HEIGHT - MARGIN - 24
    draw.rounded_rectangle(
        (MARGIN, bar_top, WIDTH - MARGIN, bar_top + 24), 12, fill=(255, 255, 255)
    )
    if progress.percent:
        filled = (WIDTH - 2 * MARGIN) * progress.percent // 100
        left, right = (
            (WIDTH - MARGIN - filled, WIDTH - MARGIN) if rtl else (MARGIN, MARGIN + filled)
        )
        draw.rounded_rectangle((left, bar_top, right, bar_top + 24), 12, fill=ACCENT)
    output = io.BytesIO()
    image.save(output, "PNG", optimize=True)
    return output.getvalue()
