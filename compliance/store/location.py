"""Where the store lives: `--db URL`, else COMPLIANCE_DB, else a per-user SQLite file.

Kept free of heavy imports: the CLI reads it to show the default path in `--help`.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DB = "COMPLIANCE_DB"


def default_path() -> Path:
    """$XDG_DATA_HOME/compliance/compliance.db (usually ~/.local/share/compliance/compliance.db)."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "compliance" / "compliance.db"


def resolve_url(url: str | None = None) -> str:
    """The database URL to use; a bare file path is a SQLite file; postgresql:// means psycopg 3."""
    url = url or os.environ.get(ENV_DB) or str(default_path())
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):  # the driver installed with the project is psycopg 3
        return f"postgresql+psycopg://{rest}"
    return url


def describe() -> str:
    """One Vietnamese sentence for `compliance --help`."""
    return (f"Cơ sở dữ liệu (lưu lô, xử lý cờ, nhật ký): mặc định tệp SQLite {default_path()}; "
            f"đổi bằng --db URL hoặc biến môi trường {ENV_DB} "
            "(ví dụ postgresql+psycopg://người_dùng:mật_khẩu@máy_chủ/tên_csdl).")
