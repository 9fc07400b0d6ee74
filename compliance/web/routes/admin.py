"""Users (admins only) and the trail (everyone who can read)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ...store import (PERMISSIONS, PermissionDenied, StoreError, Unavailable, User, add_user, change_user, list_users,
                      trail_entries, unlock_user, verify)
from ...store.anchor import Anchor
from ...vocabulary import ROLES_VI
from ..auth import need
from ..render import page
from ..state import Web, get_web

router = APIRouter(include_in_schema=False)
TRAIL_SHOWN = 100
Admin = Annotated[User, Depends(need("manage_users"))]
Reader = Annotated[User, Depends(need("read"))]
WebDep = Annotated[Web, Depends(get_web)]
DONE_VI = {"added": "Đã thêm người dùng {}.", "changed": "Đã cập nhật người dùng {}.",
           "unlocked": "Đã mở khóa đăng nhập của {} (xóa số lần đăng nhập sai từ mọi địa chỉ)."}


def _users_page(request: Request, web: Web, status: int = 200, **context) -> Response:
    return page(request, "users.html", status, users=list_users(web.store), roles=list(PERMISSIONS),
                roles_vi=ROLES_VI, **context)


@router.get("/users", response_class=HTMLResponse)
def users(request: Request, user: Admin, web: WebDep, done: str = "", name: str = "") -> Response:
    message = DONE_VI[done].format(name) if done in DONE_VI else None
    return _users_page(request, web, message=message)


@router.post("/users", response_class=HTMLResponse)
def users_add(request: Request, user: Admin, web: WebDep, name: Annotated[str, Form()] = "",
              role: Annotated[str, Form()] = "", password: Annotated[str, Form()] = "") -> Response:
    try:
        created = add_user(web.store, name.strip(), role, password, user)
    except StoreError as exc:
        if isinstance(exc, (PermissionDenied, Unavailable)):
            raise
        return _users_page(request, web, 400, error=str(exc), add={"name": name, "role": role})
    return RedirectResponse(f"/users?done=added&name={quote(created.name, safe='')}", status_code=303)


@router.post("/users/change", response_class=HTMLResponse)
def users_change(request: Request, user: Admin, web: WebDep, name: Annotated[str, Form()],
                 role: Annotated[str, Form()] = "", active: Annotated[str, Form()] = "",
                 password: Annotated[str, Form()] = "") -> Response:
    try:
        changed = change_user(web.store, name, user, role=role or None, password=password or None,
                              active={"yes": True, "no": False}.get(active))
    except StoreError as exc:
        if isinstance(exc, (PermissionDenied, Unavailable)):
            raise
        return _users_page(request, web, 400, error=f"{name}: {exc}")
    return RedirectResponse(f"/users?done=changed&name={quote(changed.name, safe='')}", status_code=303)


@router.post("/users/unlock", response_class=HTMLResponse)
def users_unlock(request: Request, user: Admin, web: WebDep, name: Annotated[str, Form()]) -> Response:
    unlock_user(web.store, name, user)  # NotFound → 404 page
    web.checkpoint("write")
    return RedirectResponse(f"/users?done=unlocked&name={quote(name, safe='')}", status_code=303)


@router.get("/trail", response_class=HTMLResponse)
def trail(request: Request, user: Reader, web: WebDep, check: str = "") -> Response:
    # Anchored and incremental like `audit verify` (this server's key and checkpoint file: store/anchor.py).
    result = verify(web.store, Anchor(web.store.url)) if check == "1" else None
    return page(request, "trail.html", entries=trail_entries(web.store, TRAIL_SHOWN)[::-1], shown=TRAIL_SHOWN,
                result=result)
