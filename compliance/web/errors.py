"""Errors as Vietnamese pages (or JSON under /api/): login needed, CSRF, roles, the store's errors, 404."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException

from ..store import AuthError, Busy, Conflict, NotFound, PermissionDenied, StoreError, Unavailable
from ..store.db import busy_error, is_busy
from .auth import CsrfRejected, LoginRequired
from .params import BadParameter
from .render import page

STATUS = [(Busy, 503, "Cơ sở dữ liệu đang bận"), (NotFound, 404, "Không tìm thấy"), (PermissionDenied, 403, "Không có quyền"),
          (AuthError, 401, "Cần đăng nhập"), (Conflict, 409, "Không thể lưu"),
          (Unavailable, 503, "Cơ sở dữ liệu không sẵn sàng"), (StoreError, 400, "Không thực hiện được")]
HTTP_VI = {404: ("Không tìm thấy", "không có trang này"), 405: ("Không hỗ trợ", "trang này không nhận yêu cầu kiểu này")}


def _api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, title: str, message: str, headers: dict | None = None) -> Response:
    if _api(request):
        return JSONResponse({"error": message, "problems": []}, status_code=status, headers=headers)
    response = page(request, "error.html", status, title=title, message=message)
    response.headers.update(headers or {})
    return response


def install(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if _api(request):
            return _error(request, 401, "Cần đăng nhập",
                          "cần xác thực: cookie phiên của trình duyệt, hoặc HTTP Basic (tên người dùng và mật khẩu)",
                          {"WWW-Authenticate": 'Basic realm="compliance", charset="UTF-8"'})
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.method != "GET":
            target = request.headers.get("referer", "/")
            target = "/" if not target.startswith(str(request.base_url)) else "/" + target[len(str(request.base_url)):]
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(CsrfRejected)
    async def csrf_rejected(request: Request, exc: CsrfRejected) -> Response:
        return _error(request, 403, "Biểu mẫu không hợp lệ",
                      "biểu mẫu thiếu mã chống giả mạo (CSRF) hoặc mã không thuộc phiên đăng nhập này. "
                      "Hãy tải lại trang rồi gửi lại; không có gì được ghi.")

    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter) -> Response:
        return _error(request, 400, "Yêu cầu không hợp lệ", str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        status, title = next((code, title) for kind, code, title in STATUS if isinstance(exc, kind))
        headers = {"Retry-After": "30"} if isinstance(exc, Busy) else None
        return _error(request, status, title, str(exc), headers)

    @app.exception_handler(OperationalError)
    async def database_error(request: Request, exc: OperationalError) -> Response:
        """A path that did not go through Store.write: contention is still a 503 in Vietnamese, not a 500."""
        if is_busy(exc):
            return await store_error(request, busy_error())
        return _error(request, 503, "Cơ sở dữ liệu không sẵn sàng",
                      "cơ sở dữ liệu không trả lời như mong đợi; hãy thử lại sau ít phút (quản trị viên xem nhật ký máy chủ)")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        title, message = HTTP_VI.get(exc.status_code, ("Lỗi", str(exc.detail)))
        return _error(request, exc.status_code, title, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        fields = ", ".join(".".join(str(p) for p in e["loc"][1:]) or str(e["loc"][0]) for e in exc.errors())
        return _error(request, 400, "Yêu cầu không hợp lệ", f"thiếu hoặc sai giá trị: {fields}")
