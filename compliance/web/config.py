"""Settings of the web app, read from the environment (the `serve` command fills in --db)."""

from __future__ import annotations

import os
from dataclasses import dataclass

ENV_SECRET = "COMPLIANCE_SECRET"
ENV_MAX_UPLOAD_MB = "COMPLIANCE_MAX_UPLOAD_MB"
ENV_SESSION_HOURS = "COMPLIANCE_SESSION_HOURS"
ENV_ENGINE = "COMPLIANCE_ENGINE"


class ConfigError(Exception):
    """The server cannot start as configured (Vietnamese message)."""


def _number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"biến môi trường {name} phải là một số, nhận được '{raw}'") from None
    if value <= 0:
        raise ConfigError(f"biến môi trường {name} phải lớn hơn 0")
    return value


@dataclass(frozen=True)
class Settings:
    db: str | None = None  # None: COMPLIANCE_DB, else the per-user SQLite file (as the CLI)
    secret: str | None = None  # None: COMPLIANCE_SECRET, else generated beside a SQLite database file
    max_upload_bytes: int = 20 * 1024 * 1024
    session_seconds: int = 8 * 3600
    engine: str = "durable"  # or "reference"

    @classmethod
    def from_env(cls, db: str | None = None) -> Settings:
        engine = os.environ.get(ENV_ENGINE, "durable")
        if engine not in ("durable", "reference"):
            raise ConfigError(f"{ENV_ENGINE} phải là durable hoặc reference, nhận được '{engine}'")
        return cls(db=db, secret=os.environ.get(ENV_SECRET) or None,
                   max_upload_bytes=int(_number(ENV_MAX_UPLOAD_MB, 20) * 1024 * 1024),
                   session_seconds=int(_number(ENV_SESSION_HOURS, 8) * 3600), engine=engine)
