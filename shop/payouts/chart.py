"""A bar chart of sales over time, drawn on the server as inline SVG (no JavaScript)."""

from dataclasses import dataclass
from decimal import Decimal

WIDTH = 640
HEIGHT = 200
AXIS = 20  # room under the bars for the first and last dates
GAP = Decimal("0.2")  # share of each slot left empty between bars


@dataclass(frozen=True)
class Bar:
    day: object
    amount: Decimal
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class BarChart:
    bars: list
    width: int = WIDTH
    height: int = HEIGHT
    baseline: int = HEIGHT - AXIS
    highest: Decimal = Decimal("0")

    @property
    def text_y(self):
        return self.height - 4


def bar_chart(points) -> BarChart:
    """Bars for ``[(day, amount)]``, scaled so the highest amount fills the plot's height."""
    if not points:
        return BarChart(bars=[])
    plot_height = HEIGHT - AXIS
    highest = max(amount for _day, amount in points)
    slot = Decimal(WIDTH) / len(points)
    bars = []
    for index, (day, amount) in enumerate(points):
        height = Decimal(plot_height) * amount / highest if highest > 0 else Decimal(0)
        bars.append(
            Bar(
                day=day,
                amount=amount,
                x=round(float(slot * index + slot * GAP / 2), 2),
                y=round(float(plot_height - height), 2),
                width=round(float(slot * (1 - GAP)), 2),
                height=round(float(height), 2),
            )
        )
    return BarChart(bars=bars, highest=highest)
