"""Geometry of the summary's inline SVG bar charts (drawn by templates/_chart.html, no JavaScript).

One bar per group, its length the amount at risk (claimed − eligible), scaled to the largest;
beside it the amounts claimed and eligible. Groups with nothing at risk are left to the tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..store import Group

WIDTH = 520  # px for the longest bar
ROW = 40  # px per group: a label line, then the bar
MAX_ROWS = 12


@dataclass(frozen=True)
class Bar:
    label: str
    group: Group
    width: int


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    hidden: int  # groups at risk beyond MAX_ROWS, not drawn (they are in the table)
    width: int = WIDTH
    row: int = ROW

    @property
    def height(self) -> int:
        return len(self.bars) * self.row + 4


def chart(groups: list[Group], label: Callable[[str], str]) -> Chart:
    at_risk = sorted((g for g in groups if g.at_risk > 0), key=lambda g: -g.at_risk)
    top = at_risk[0].at_risk if at_risk else 0
    bars = [Bar(label(g.key), g, max(round(WIDTH * g.at_risk / top), 2)) for g in at_risk[:MAX_ROWS]]
    return Chart(bars, max(len(at_risk) - MAX_ROWS, 0))
