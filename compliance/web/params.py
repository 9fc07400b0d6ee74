"""Request values the routes read by hand, checked at the edge: a bad one is a 400 with a Vietnamese
message, never a 500 further in (int("²") raises, 10^20 overflows the database's 64-bit integers,
PostgreSQL refuses NUL in text)."""

from __future__ import annotations

import re

from fastapi import Request

MAX_ID = 2**63 - 1  # the database's integers (BIGINT / SQLite INTEGER)
_DIGITS = re.compile(r"[0-9]{1,19}")  # ASCII only: str.isdigit() also takes "²" and "١"


class BadParameter(Exception):
    """A query, path or form value that cannot be what it names (Vietnamese message)."""


def id_param(name: str, value: str) -> int | None:
    """An optional id from the query string: "" → None, else a positive whole number the database holds."""
    if not value:
        return None
    if not _DIGITS.fullmatch(value) or not 0 < int(value) <= MAX_ID:
        raise BadParameter(f"tham số '{name}' phải là một số nguyên dương (mã số), nhận được '{value[:40]}'")
    return int(value)


async def check_text(request: Request) -> None:
    """App-wide dependency: no NUL in the path, the query or a form field (it cannot be stored, and no
    real name or note holds it)."""
    values = [*request.path_params.items(), *request.query_params.multi_items()]
    kind = request.headers.get("content-type", "")
    if request.method == "POST" and kind.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        values += [(k, v) for k, v in (await request.form()).multi_items() if isinstance(v, str)]
    for key, value in values:
        if "\x00" in key or (isinstance(value, str) and "\x00" in value):
            raise BadParameter(f"giá trị '{key.replace(chr(0), '')[:40]}' có ký tự NUL (\\x00), không phải văn bản hợp lệ")
