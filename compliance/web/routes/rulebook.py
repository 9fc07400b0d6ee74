"""The rulebook as one document (`/rules/book`): every logged-in role may read the law the engine applies."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from ...reports.book import render
from ...rulebook.scenarios import scan
from ...store import User
from ..auth import need
from ..render import page
from ..state import Web, get_web

router = APIRouter(include_in_schema=False)

Reader = Annotated[User, Depends(need("read"))]
WebDep = Annotated[Web, Depends(get_web)]


_bodies: dict[str, str] = {}  # rulebook digest -> the book's body: the rulebook is loaded once per process


def _body(web: Web) -> str:
    if web.book.digest not in _bodies:
        _bodies[web.book.digest] = render(web.book, scan(), standalone=False)
    return _bodies[web.book.digest]


@router.get("/rules/book", response_class=HTMLResponse)
def book_page(request: Request, user: Reader, web: WebDep) -> Response:
    return page(request, "rules_book.html", body=_body(web), version=web.book.version)
