"""Demo pictures drawn with Pillow at seed time: no binary files in the repository.

Each drawing is deterministic (seeded by its name), so running the seed twice gives the
same pictures.
"""

import io
import random
from collections.abc import Callable

from PIL import Image, ImageDraw

PALETTES = {
    "carpet": [(168, 68, 42), (246, 239, 228), (43, 33, 28), (224, 168, 46), (120, 38, 40)],
    "argan": [(224, 168, 46), (150, 98, 30), (246, 239, 228), (86, 110, 54), (60, 40, 20)],
    "clay": [(176, 94, 58), (230, 200, 160), (90, 50, 30), (40, 90, 120), (246, 239, 228)],
    "silver": [(200, 200, 205), (60, 70, 90), (30, 120, 140), (170, 40, 50), (246, 239, 228)],
    "valley": [(120, 150, 80), (200, 170, 120), (90, 120, 160), (246, 239, 228), (140, 90, 60)],
}


def _carpet(draw: ImageDraw.ImageDraw, size, rng, colours):
    width, height = size
    draw.rectangle([0, 0, width, height], fill=colours[0])
    border = width // 14
    draw.rectangle(
        [border, border, width - border, height - border], outline=colours[2], width=border // 2
    )
    step = width // rng.choice([4, 5, 6])
    for row, y in enumerate(range(border * 2, height - border * 2, step)):
        for x in range(border * 2, width - border * 2, step):
            colour = colours[1 + (row + x // step) % (len(colours) - 1)]
            cx, cy, r = x + step // 2, y + step // 2, step // 2 - 4
            draw.polygon(
                [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], outline=colour, width=5
            )
            draw.polygon(
                [(cx, cy - r // 3), (cx + r // 3, cy), (cx, cy + r // 3), (cx - r // 3, cy)],
                fill=colour,
            )


def _bottle(draw: ImageDraw.ImageDraw, size, rng, colours):
    width, height = size
    for y in range(height):
        t = y / height
        shade = tuple(
            int(colours[2][i] * (1 - t) + colours[3][i] * t * 0.4 + 40 * t) for i in range(3)
        )
        draw.line([(0, y), (width, y)], fill=shade)
    body_w, body_h = width // 3, height // 2
    left, top = (width - body_w) // 2, height // 3
    draw.rounded_rectangle(
        [left, top, left + body_w, top + body_h], radius=body_w // 5, fill=colours[0]
    )
    draw.rectangle(
        [left + body_w // 3, top - height // 8, left + 2 * body_w // 3, top], fill=colours[1]
    )
    draw.rectangle(
        [
            left + body_w // 3 - 4,
            top - height // 8 - 20,
            left + 2 * body_w // 3 + 4,
            top - height // 8,
        ],
        fill=colours[4],
    )
    draw.rectangle(
        [left + 10, top + body_h // 3, left + body_w - 10, top + 2 * body_h // 3], fill=colours[2]
    )
    for _ in range(6):
        x, y = rng.randrange(width), rng.randrange(height - height // 6, height)
        draw.ellipse([x - 18, y - 12, x + 18, y + 12], fill=colours[3])


def _pot(draw: ImageDraw.ImageDraw, size, rng, colours):
    width, height = size
    draw.rectangle([0, 0, width, height], fill=colours[4])
    cx, cy = width // 2, height // 2
    draw.ellipse(
        [cx - width // 3, cy - height // 4, cx + width // 3, cy + height // 3], fill=colours[0]
    )
    draw.rectangle(
        [cx - width // 8, cy - height // 3, cx + width // 8, cy - height // 6], fill=colours[0]
    )
    for i in range(3):
        y = cy - height // 10 + i * height // 10
        draw.line([(cx - width // 4, y), (cx + width // 4, y)], fill=colours[3], width=8)


def _jewel(draw: ImageDraw.ImageDraw, size, rng, colours):
    width, height = size
    draw.rectangle([0, 0, width, height], fill=colours[1])
    cx, cy = width // 2, height // 2
    r = min(width, height) // 3
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=colours[0], width=18)
    for k in range(8):
        x = cx + int(r * [1, 0.7, 0, -0.7, -1, -0.7, 0, 0.7][k])
        y = cy + int(r * [0, 0.7, 1, 0.7, 0, -0.7, -1, -0.7][k])
        draw.ellipse([x - 16, y - 16, x + 16, y + 16], fill=colours[2 + k % 2])


def _landscape(draw: ImageDraw.ImageDraw, size, rng, colours):
    width, height = size
    draw.rectangle([0, 0, width, height], fill=colours[2])
    for layer in range(3):
        base = height // 2 + layer * height // 8
        points = [(0, height)]
        for x in range(0, width + 80, 80):
            points.append((x, base - rng.randrange(0, height // 5)))
        points.append((width, height))
        draw.polygon(points, fill=colours[(layer + 4) % len(colours)] if layer else colours[1])
    draw.ellipse([width - 220, 60, width - 120, 160], fill=(250, 220, 120))


def _portrait(draw: ImageDraw.ImageDraw, size, rng, colours):
    width, height = size
    draw.rectangle([0, 0, width, height], fill=colours[1])
    cx = width // 2
    draw.ellipse(
        [cx - width // 7, height // 5, cx + width // 7, height // 5 + width // 3.5], fill=colours[2]
    )
    draw.pieslice(
        [cx - width // 3, height // 2, cx + width // 3, height + height // 3],
        180,
        360,
        fill=colours[0],
    )
    draw.polygon(
        [
            (cx - width // 5, height // 4),
            (cx + width // 5, height // 4),
            (cx + width // 4, height // 2),
            (cx - width // 4, height // 2),
        ],
        outline=colours[3],
        width=6,
    )


DRAWINGS: dict[str, Callable] = {
    "carpet": _carpet,
    "bottle": _bottle,
    "pot": _pot,
    "jewel": _jewel,
    "landscape": _landscape,
    "portrait": _portrait,
}


def draw_picture(kind: str, palette: str, name: str, size=(1200, 900)) -> bytes:
    """A JPEG of ``kind`` (carpet, bottle, pot, jewel, landscape, portrait) as bytes."""
    rng = random.Random(name)  # noqa: S311 (drawings, not secrets)
    image = Image.new("RGB", size)
    DRAWINGS[kind](ImageDraw.Draw(image), size, rng, PALETTES[palette])
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()
