"""ASGI middleware: the request body limit (uploads, API) and the security headers of every response."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .render import error_html


class _TooLarge(Exception):
    pass


def too_large_message(limit: int) -> str:
    return (f"tệp hoặc dữ liệu gửi lên quá lớn: tối đa {limit / (1024 * 1024):g} MB. Hãy chia lô thành nhiều tệp "
            "nhỏ hơn (quản trị viên có thể nâng giới hạn bằng biến môi trường COMPLIANCE_MAX_UPLOAD_MB). "
            "Không có gì được lưu.")


class BodyLimit:
    """Refuse a request whose body exceeds `max_bytes` with 413 and a Vietnamese message: at once when
    Content-Length says so, else as soon as the streamed body passes the limit (nothing is saved: the
    route never sees a complete body, and whatever response it began is replaced)."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await self._refuse(scope, send)
            return
        received = 0
        exceeded = False

        async def limited_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    exceeded = True
                    raise _TooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            if not exceeded:  # the route's own reply to a cut-off body is dropped for the 413
                await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _TooLarge:
            pass
        if exceeded:
            await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        message = too_large_message(self.max_bytes)
        if scope["path"].startswith("/api/"):
            body = json.dumps({"error": message, "problems": []}, ensure_ascii=False).encode()
            kind = b"application/json"
        else:
            body = error_html("Tệp quá lớn", message).encode()
            kind = b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


# Pages use no script at all, and only the app's own stylesheet.
CSP = ("default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
           (b"x-frame-options", b"DENY")]


class SecurityHeaders:
    """Add the CSP (unless a route set its own) and the usual hardening headers to every response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                headers += [h for h in HEADERS if h[0] not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
