"""The printable HTML report of a stored batch: summary tables and an inline SVG chart (Jinja2)."""

from __future__ import annotations

import datetime as dt

from jinja2 import Environment, PackageLoader, select_autoescape

from ..store.review import Group, QueueRow, Summary
from ..vocabulary import (ACTIONS_VI, FLAG_KIND_VI, KIND_NOTE_VI, KIND_VI, REASON_VI, RESOLUTION_REASONS_VI, STATUS_VI,
                          SUBPROJECT_VI, money)


BAR_WIDTH = 420  # px for the largest bar


def _env() -> Environment:
    env = Environment(loader=PackageLoader("compliance.reports", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["money"] = money
    env.filters["when"] = lambda at: at.astimezone().strftime("%d/%m/%Y %H:%M") if at else "—"
    return env


def bars(groups: list[Group], label) -> list[dict]:
    """Bar geometry for the SVG chart: one row per group with at-risk money, scaled to the largest."""
    rows = [g for g in groups if g.at_risk > 0]
    top = max((g.at_risk for g in rows), default=0)
    return [{"label": label(g.key), "value": g.at_risk, "width": round(BAR_WIDTH * g.at_risk / top) if top else 0}
            for g in rows]


def render_html(summary: Summary, items: list[QueueRow]) -> str:
    return _env().get_template("report.html.j2").render(
        s=summary, items=items, reason_vi=REASON_VI, kind_vi=KIND_VI, flag_kind_vi=FLAG_KIND_VI, kind_note=KIND_NOTE_VI,
        subproject_vi=SUBPROJECT_VI, status_vi=STATUS_VI, actions_vi=ACTIONS_VI,
        resolution_vi=RESOLUTION_REASONS_VI,
        reason_bars=bars(summary.by_reason, lambda k: REASON_VI.get(k, k)),
        unit_bars=bars(summary.by_unit, str), bar_width=BAR_WIDTH,
        generated=dt.datetime.now().astimezone())
