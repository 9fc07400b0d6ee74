"""JSON input: one claim, a list of claims, or {"claims": [...]}."""

from __future__ import annotations

import json
from pathlib import Path

from ..models import Claim
from .errors import InputError, Problem
from .validate import validate_claims


def read_json_data(path: Path) -> list:
    """The raw claims of a .json file: one claim, a list of claims, or {"claims": [...]}."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(str(path), [Problem("tệp không phải văn bản UTF-8")]) from None
    except json.JSONDecodeError as exc:
        raise InputError(str(path), [Problem(f"JSON không hợp lệ ở dòng {exc.lineno}, cột {exc.colno}: {exc.msg}",
                                             row=exc.lineno)]) from None
    if isinstance(data, dict) and set(data) == {"claims"}:
        data = data["claims"]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InputError(str(path), [Problem('tệp phải chứa một hồ sơ, một danh sách hồ sơ hoặc {"claims": [...]}')])
    return data


def read_json(path: Path) -> list[Claim]:
    return validate_claims(str(path), read_json_data(path))
