"""Jinja2 templates of the pages (Vietnamese), their filters, and the page response helper."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from ..vocabulary import ACTIONS_VI, RESOLUTION_REASONS_VI, ROLES_VI, STATUS_VI, TRAIL_ACTIONS_VI
from ..vocabulary import OUTCOME_VI, VERIFICATION_VI, CATEGORY_VI, DECISION_VI, FLAG_KIND_VI, KIND_NOTE_VI, KIND_VI, REASON_VI, SUBPROJECT_VI, money



def _when(at: dt.datetime | None) -> str:
    return at.astimezone().strftime("%d/%m/%Y %H:%M") if at else "—"


def _day(day: dt.date | str | None) -> str:
    """A date as dd/mm/yyyy, whether a date or the ISO text of a stored claim ("2022-11-08")."""
    if isinstance(day, str):
        text = day
        try:
            day = dt.date.fromisoformat(text.strip()[:10])
        except ValueError:
            return text or "—"
    if isinstance(day, dt.datetime):
        day = day.astimezone().date() if day.tzinfo else day.date()
    return day.strftime("%d/%m/%Y") if day else "—"


def _pct(used: int, amount: int) -> str:
    """Percent of `amount` used, Vietnamese style: '48,8 %' ('—' when nothing was allotted)."""
    return f"{100 * used / amount:.1f} %".replace(".", ",") if amount else "—"


def _num(value) -> str:
    """Whole numbers with Vietnamese thousands dots (1.500.000); anything else as it is."""
    if isinstance(value, bool) or value is None:
        return "—" if value is None else str(value)
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return f"{int(value):,}".replace(",", ".")
    return str(value).replace(".", ",") if isinstance(value, float) else str(value)


def _query(values: dict, **changes) -> str:
    """The query string of `values` with `changes`, leaving out empty values."""
    merged = {**values, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("compliance.web", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    env.filters.update(money=money, when=_when, day=_day, num=_num, url=lambda s: quote(str(s), safe=""))
    env.globals.update(
        reason_vi=REASON_VI, kind_vi=KIND_VI, flag_kind_vi=FLAG_KIND_VI, category_vi=CATEGORY_VI, subproject_vi=SUBPROJECT_VI,
        decision_vi=DECISION_VI, status_vi=STATUS_VI, actions_vi=ACTIONS_VI, resolution_vi=RESOLUTION_REASONS_VI,
        roles_vi=ROLES_VI, trail_actions_vi=TRAIL_ACTIONS_VI, verification_vi=VERIFICATION_VI,
        outcome_vi=OUTCOME_VI, kind_note=KIND_NOTE_VI, query=_query, pct=_pct)
    return env


def page(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    """Render a page for the request's user (None on the login page and some error pages)."""
    from .auth import optional_user

    user = optional_user(request)
    html = environment().get_template(template).render(
        request=request, user=user, csrf=getattr(request.state, "csrf", None), **context)
    return HTMLResponse(html, status_code=status)


def error_html(title: str, message: str, user=None, csrf: str | None = None) -> str:
    return environment().get_template("error.html").render(title=title, message=message, user=user, csrf=csrf)
