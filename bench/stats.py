"""Figures shared by the scenarios: latency percentiles per step, and the Markdown table."""

import math
import threading
from collections import defaultdict


def percentile(sorted_values, fraction):
    """The nearest-rank percentile of already sorted values (None when there are none)."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


class StepTimer:
    """Thread-safe record of every request: its step, its status (None: no answer), its time."""

    def __init__(self):
        self._lock = threading.Lock()
        self._seconds = defaultdict(list)
        self._statuses = defaultdict(int)

    def record(self, step, status, seconds):
        with self._lock:
            self._seconds[step].append(seconds)
            self._statuses[status_class(status)] += 1

    def summary(self, step_order=()):
        with self._lock:
            steps = sorted(self._seconds, key=lambda s: (_position(step_order, s), s))
            table = {}
            for step in steps:
                values = sorted(self._seconds[step])
                table[step] = {
                    "requests": len(values),
                    **{f"p{q}_ms": _ms(percentile(values, q / 100)) for q in (50, 95, 99)},
                    "max_ms": _ms(values[-1]),
                }
            every = sorted(v for values in self._seconds.values() for v in values)
            return {
                "requests": len(every),
                "statuses": dict(sorted(self._statuses.items())),
                "all_steps": {
                    **{f"p{q}_ms": _ms(percentile(every, q / 100)) for q in (50, 95, 99)},
                    "max_ms": _ms(every[-1]) if every else None,
                },
                "steps": table,
            }


def status_class(status):
    return "no answer" if status is None else f"{status // 100}xx"


def _position(order, step):
    base = step.removesuffix(" →")
    return (order.index(base) if base in order else len(order), step.endswith(" →"))


def _ms(seconds):
    return None if seconds is None else round(seconds * 1000, 1)


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += [
        "| " + " | ".join("" if cell is None else str(cell) for cell in row) + " |" for row in rows
    ]
    return "\n".join(lines)
