"""The FastAPI app: `create_app(settings)`; `from_env()` for uvicorn's --factory (several workers)."""

from __future__ import annotations

import contextlib
import gc
import logging

from fastapi import Depends, FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from ..rulebook import RulebookError, load
from ..store import Store, count_users
from ..vetting.vetter import Vetter
from . import errors
from .auth import Keys, check_csrf, server_secret
from .config import ConfigError, Settings
from .middleware import BodyLimit, SecurityHeaders
from .params import check_text
from .render import page
from .routes import admin, api, batches, budget, review, rulebook, session
from .state import Web

log = logging.getLogger("compliance.web")

DESCRIPTION = """Thẩm định chứng từ chi Dự án 7 theo Thông tư 46/2022/TT-BTC.

`POST /api/vet` nhận một hồ sơ, một danh sách hồ sơ hoặc `{"claims": [...]}` (định dạng hồ sơ của hợp đồng
dữ liệu) và trả về tài liệu kết luận. Không lưu gì. Cần xác thực: cookie phiên của trình duyệt, hoặc
HTTP Basic với tên người dùng và mật khẩu (mỗi lần là một lần đăng nhập, được ghi vào nhật ký).
Nội dung phải là `application/json`; lỗi dữ liệu trả về 400 với từng lỗi bằng tiếng Việt."""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Open the store (running its migrations), derive the keys, load the rulebook, build the app.
    Raises ConfigError or a StoreError (Unavailable) with a Vietnamese message."""
    settings = settings or Settings.from_env()
    store = Store(settings.db)
    try:
        keys = Keys(server_secret(settings, store))
        try:
            book = load(None)
        except RulebookError as exc:
            raise ConfigError(f"bộ quy tắc không hợp lệ — {exc}") from exc
        web = Web(settings, store, keys, book, Vetter(book, settings.engine))
    except BaseException:
        store.close()
        raise
    # What was just loaded (rulebook, compiled rules, the app) lives as long as the process: keep it out of
    # the cyclic GC's full collections, which otherwise pause a request for ~10 ms (POST /api/vet p99).
    gc.collect()
    gc.freeze()
    if count_users(store) == 0:
        log.warning("Chưa có người dùng nào: tạo quản trị viên đầu tiên bằng "
                    "`compliance users add TÊN --role admin --password-stdin` rồi đăng nhập.")

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="Thẩm định chi Dự án 7", version=book.version, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, lifespan=lifespan, dependencies=[Depends(check_csrf), Depends(check_text)])
    app.state.web = web
    app.add_middleware(BodyLimit, max_bytes=settings.max_upload_bytes)
    app.add_middleware(SecurityHeaders)  # outermost: the 413 page gets the headers too
    app.mount("/static", StaticFiles(packages=[("compliance.web", "static")]), name="static")
    for module in (session, batches, review, budget, rulebook, admin, api):
        app.include_router(module.router)
    errors.install(app)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def api_docs(request: Request) -> Response:
        return page(request, "api_docs.html", spec=app.openapi())

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> JSONResponse:
        count_users(store)  # the database answers
        return JSONResponse({"ok": True, "rulebook": book.version})

    def openapi() -> dict:
        if app.openapi_schema is None:
            spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            body, definitions = api.claim_batch_schema()
            schemas = spec.setdefault("components", {}).setdefault("schemas", {})
            schemas.update(definitions)
            schemas["ClaimBatch"] = body
            spec["components"]["securitySchemes"] = {"basic": {"type": "http", "scheme": "basic"},
                                                     "session": {"type": "apiKey", "in": "cookie",
                                                                 "name": "compliance_session"}}
            spec["security"] = [{"basic": []}, {"session": []}]
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to extend the schema
    return app


def from_env() -> FastAPI:
    """For `uvicorn --factory compliance.web.app:from_env` (the database from COMPLIANCE_DB)."""
    return create_app(Settings.from_env())
