"""The auditors' review: the queue of flagged items, a claim's page, and settling a flag."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ...store import (PermissionDenied, QueueFilter, StoreError, Unavailable, User, claim_detail, list_batches,
                       queue_choices, queue_totals, resolve)
from ...store import queue_page as find_page
from ...vocabulary import FLAG_KIND_VI, REASON_VI, SUBPROJECT_VI
from ...rulebook.texts import MISSING
from ..auth import need
from ..params import MAX_ID, id_param
from ..render import page
from ..state import Web, get_web

router = APIRouter(include_in_schema=False)
SHOWN = 100  # queue rows on one page; the next ones by keyset (after=)
STATUSES_VI = {"open": "chưa xử lý xong", "resolved": "đã xử lý", "all": "tất cả"}
SORTS_VI = {"at_risk": "số tiền rủi ro, lớn trước", "claim": "mã hồ sơ", "unit": "đơn vị"}

Reader = Annotated[User, Depends(need("read"))]
Resolver = Annotated[User, Depends(need("resolve"))]
WebDep = Annotated[Web, Depends(get_web)]


def _pick(value: str | None, allowed) -> str | None:
    return value if value in allowed else None


@router.get("/queue", response_class=HTMLResponse)
def queue_page(request: Request, user: Reader, web: WebDep, status: str = "open", unit: str = "",
               clause: str = "", reason: str = "", kind: str = "", subproject: str = "", batch: str = "",
               sort: str = "at_risk", after: str = "") -> Response:
    status = status if status in STATUSES_VI else "open"
    sort = sort if sort in SORTS_VI else "at_risk"
    batch_id = id_param("batch", batch)
    # The choices offered: every value present among the flagged items in scope, whatever their status
    # (from the batches' totals, not the items).
    choices = queue_choices(web.store, batch_id)
    filters = QueueFilter(status=status, unit=unit or None, reason=_pick(reason, REASON_VI), kind=_pick(kind, FLAG_KIND_VI),
                          clause=clause or None, subproject=_pick(subproject, SUBPROJECT_VI), batch_id=batch_id)
    try:
        got = find_page(web.store, filters, sort, after or None, SHOWN)
    except StoreError:  # a cursor altered by hand: the first page
        after = ""
        got = find_page(web.store, filters, sort, None, SHOWN)
    totals = queue_totals(web.store, filters)
    values = {"status": status, "unit": unit, "clause": clause, "reason": reason, "kind": kind,
              "subproject": subproject, "batch": batch_id or "", "sort": sort}
    return page(request, "queue.html", rows=got.rows, totals=totals, next_after=got.after, deeper=bool(after),
                values=values, units=choices.units, clauses=choices.clauses,
                reasons=[k for k in REASON_VI if k in choices.reasons], kinds=choices.kinds, statuses=STATUSES_VI,
                sorts=SORTS_VI, batches=list_batches(web.store), shown=SHOWN)


def claim_url(claim_id: str, batch_id: int | None = None, **extra) -> str:
    query = "&".join(f"{k}={quote(str(v), safe='')}" for k, v in {"batch": batch_id, **extra}.items() if v)
    return f"/claims/{quote(claim_id, safe='')}" + (f"?{query}" if query else "")


def _claim_page(request: Request, web: Web, claim_id: str, batch_id: int | None, status: int = 200,
                **context) -> Response:
    detail = claim_detail(web.store, claim_id, batch_id)
    return page(request, "claim.html", status, d=detail, r=detail.record, b=detail.batch, law=web.book.cited,
                book_version=web.book.version, missing=MISSING, **context)


@router.get("/claims/{claim_id:path}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: str, user: Reader, web: WebDep, batch: str = "",
               saved: str = "") -> Response:
    return _claim_page(request, web, claim_id, id_param("batch", batch), saved=id_param("saved", saved))


@router.post("/dispositions", response_class=HTMLResponse)
def settle(request: Request, user: Resolver, web: WebDep, claim_id: Annotated[str, Form()],
           batch_id: Annotated[int, Form(ge=1, le=MAX_ID)], line_id: Annotated[str, Form()] = "",
           action: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "",
           note: Annotated[str, Form()] = "") -> Response:
    """Record a disposition (auditors, admins) on the claim's current version; history is kept."""
    try:
        done = resolve(web.store, user, claim_id, line_id or None, action, reason, note, batch_id=batch_id)
    except StoreError as exc:
        if isinstance(exc, (PermissionDenied, Unavailable)):
            raise
        # Show the claim again with the message beside the form the auditor filled in.
        return _claim_page(request, web, claim_id, batch_id, 400, error=str(exc),
                           form={"line_id": line_id, "action": action, "reason": reason, "note": note})
    web.checkpoint("write")
    anchor = f"#khoan-{quote(line_id, safe='')}" if line_id else "#ho-so"
    return RedirectResponse(claim_url(claim_id, done.batch_id, saved=done.id) + anchor, status_code=303)
