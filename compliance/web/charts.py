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


# ---- the budget page: envelopes used, and each envelope's cumulative use by month ---------------

USAGE_ROW = 44  # px per envelope: a label line, then the bar
TIME_HEIGHT = 160  # px of the columns' area
TIME_SLOT = 56  # px per month at most
TIME_WIDTH = 640  # px for all the months together at most


@dataclass(frozen=True)
class UsageBar:
    label: str
    envelope: object  # store.budget.EnvelopeUse
    track: int  # px: the envelope (100 %)
    used: int  # px: approved, within the envelope
    over: int  # px: approved beyond the envelope


@dataclass(frozen=True)
class UsageChart:
    bars: list[UsageBar]
    width: int = WIDTH
    row: int = USAGE_ROW

    @property
    def height(self) -> int:
        return len(self.bars) * self.row + 4


def usage(envelopes) -> UsageChart:
    """One bar per envelope on the same percent scale: the track is the envelope (100 %), the filled part
    what was approved; an envelope passed shows the excess beyond its track (the scale then shrinks so
    the longest fits)."""
    ratios = [e.approved / e.amount if e.amount else 0 for e in envelopes]
    scale = max([1.0, *ratios])
    track = round(WIDTH / scale)
    bars = []
    for e, ratio in zip(envelopes, ratios, strict=True):
        used = round(WIDTH * min(ratio, 1.0) / scale)
        over = round(WIDTH * max(ratio - 1.0, 0) / scale)
        bars.append(UsageBar(e.title, e, track, max(used, 1) if e.approved else 0, over))
    return UsageChart(bars)


@dataclass(frozen=True)
class Column:
    label: str  # mm/yyyy
    month: object  # store.budget.MonthUse
    x: int
    y: int  # top of the cumulative column
    height: int


@dataclass(frozen=True)
class TimeChart:
    columns: list[Column]
    slot: int
    limit_y: int  # the envelope's line
    width: int
    height: int = TIME_HEIGHT + 40  # room for the month labels
    base: int = TIME_HEIGHT + 8


def timeline(envelope) -> TimeChart:
    """Cumulative approved amount at the end of each month of activity, as columns against a line at the
    envelope's amount (both on one scale: the larger of the envelope and the last cumulative amount)."""
    months = envelope.by_month
    top = max([envelope.amount, *(m.cumulative for m in months)]) or 1
    slot = min(TIME_SLOT, TIME_WIDTH // max(len(months), 1))
    base = TIME_HEIGHT + 8

    def y(value: int) -> int:
        return base - round(TIME_HEIGHT * value / top)

    columns = [Column(m.label, m, 60 + i * slot, y(m.cumulative), base - y(m.cumulative)) for i, m in enumerate(months)]
    return TimeChart(columns, slot, y(envelope.amount), 60 + slot * len(months) + 10)
