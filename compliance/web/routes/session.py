"""Log in and out. Every attempt, good or bad, is written to the trail by `authenticate`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from ...store import AuthError, StoreError, authenticate, count_users, end_sessions
from ..auth import (LOGIN_COOKIE, LOGIN_COOKIE_SECONDS, SESSION_COOKIE, client_address, csrf_token, make_session,
                    new_login_nonce, session_user)
from ..render import page
from ..state import Web, get_web

router = APIRouter(include_in_schema=False)
MAX_USER_NAME = 64  # as users.name is stored


def safe_next(target: str | None) -> str:
    """Only a path of this site: never another host (`//evil`, `/\\evil`, `https://…`)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    return target


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def login_page(request: Request, web: Web, next_: str, error: str | None = None, name: str = "",
               status: int = 200) -> Response:
    nonce = new_login_nonce()
    try:
        no_users = count_users(web.store) == 0
    except StoreError:
        no_users = False
    response = page(request, "login.html", status, login_csrf=csrf_token(web.keys, "l", nonce), next=safe_next(next_),
                    error=error, name=name, no_users=no_users)
    response.set_cookie(LOGIN_COOKIE, nonce, max_age=LOGIN_COOKIE_SECONDS, path="/login", httponly=True,
                        samesite="strict", secure=_secure(request))
    return response


@router.get("/login")
def login_form(request: Request, web: Annotated[Web, Depends(get_web)], next: str = "/") -> Response:
    if session_user(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return login_page(request, web, next)


@router.post("/login")
def login(request: Request, web: Annotated[Web, Depends(get_web)], name: Annotated[str, Form()] = "",
          password: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:
    try:
        user = authenticate(web.store, name.strip(), password, channel="web", address=client_address(request))
    except AuthError as exc:
        request.state.user, request.state.csrf = None, None
        return login_page(request, web, next, str(exc), name[:MAX_USER_NAME], status=401)
    response = RedirectResponse(safe_next(next), status_code=303)
    cookie = make_session(web.keys, user.name, web.settings.session_seconds, version=user.session_version)
    response.set_cookie(SESSION_COOKIE, cookie,
                        max_age=web.settings.session_seconds, path="/", httponly=True, samesite="lax",
                        secure=_secure(request))
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, web: Annotated[Web, Depends(get_web)]) -> Response:
    user = session_user(request)  # check_csrf made sure there is one
    if user is not None:
        end_sessions(web.store, user.name)  # this cookie, and any copy of it, stops working on the server
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax")
    return response
