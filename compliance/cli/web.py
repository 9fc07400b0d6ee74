"""`compliance serve`: the web interface under uvicorn. Importing this module stays cheap."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from .common import EXIT_BAD_INPUT, EXIT_DB, err, fail
from .store import DbOption
from ..store.location import ENV_DB


def serve(
    host: Annotated[str, typer.Option("--host", help="Địa chỉ lắng nghe (mặc định chỉ máy này).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Cổng.")] = 8000,
    db: DbOption = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Số tiến trình phục vụ (cùng một cơ sở dữ liệu).")] = 1,
) -> None:
    """Mở giao diện web tiếng Việt: đăng nhập, tải lên lô để thẩm định, hàng đợi cờ, xử lý cờ, tổng hợp, xuất Excel.

    Bí mật ký phiên: biến môi trường COMPLIANCE_SECRET (bắt buộc với PostgreSQL; với SQLite được tạo một lần
    bên cạnh tệp cơ sở dữ liệu). Giới hạn tệp tải lên: COMPLIANCE_MAX_UPLOAD_MB (mặc định 20). Mốc nhật ký ký khi
    tải lên, xử lý cờ: khóa COMPLIANCE_TRAIL_KEY, tệp mốc COMPLIANCE_TRAIL_CHECKPOINTS (xem compliance audit verify).
    """
    import uvicorn

    from ..store import StoreError, Unavailable
    from ..web.app import create_app
    from ..web.config import ConfigError, Settings

    try:
        app = create_app(Settings.from_env(db))  # checks the database, the secret and the rulebook before listening
    except ConfigError as exc:
        fail(str(exc), EXIT_BAD_INPUT)
    except StoreError as exc:
        fail(str(exc), EXIT_DB if isinstance(exc, Unavailable) else EXIT_BAD_INPUT)
    where = app.state.web.store.display_url
    err.print(f"Giao diện web: http://{host}:{port}/ · cơ sở dữ liệu {where} · bộ quy tắc {app.version}")
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print("Lưu ý: mở ra mạng ngoài máy này — hãy đặt sau một máy chủ HTTPS (reverse proxy) để cookie phiên được bảo vệ.")
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="info")
        return
    app.state.web.store.close()
    if db:
        os.environ[ENV_DB] = db  # the workers build their own app from the environment
    uvicorn.run("compliance.web.app:from_env", factory=True, host=host, port=port, workers=workers, log_level="info")
