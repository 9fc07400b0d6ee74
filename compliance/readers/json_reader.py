"""JSON input: one claim, a list of claims, or {"claims": [...]}."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import InputError, Problem


def unreadable(exc: BaseException) -> str:
    """The message for JSON that parses but cannot be held: Python refuses integers of more than
    4300 digits, and very deep nesting exhausts the parser's recursion."""
    if isinstance(exc, RecursionError):
        return "JSON lồng nhau quá sâu (mảng/đối tượng lồng hàng nghìn cấp), không phải hồ sơ"
    if isinstance(exc, NotANumber):
        return f"JSON không hợp lệ: {exc} không phải là một số (JSON không có NaN, Infinity)"
    return "JSON có một số quá dài (hơn 4300 chữ số), không phải số tiền hay số lượng hợp lệ"


class NotANumber(ValueError):
    """NaN, Infinity and -Infinity: Python's json reads them, JSON has no such numbers."""


def _constant(name: str):
    raise NotANumber(name)


DECODER = json.JSONDecoder(parse_constant=_constant)


def loads(text: str):
    return DECODER.decode(text)


def read_json_data(path: Path) -> list:
    """The raw claims of a .json file: one claim, a list of claims, or {"claims": [...]}."""
    try:
        data = loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(str(path), [Problem("tệp không phải văn bản UTF-8")]) from None
    except json.JSONDecodeError as exc:
        raise InputError(str(path), [Problem(f"JSON không hợp lệ ở dòng {exc.lineno}, cột {exc.colno}: {exc.msg}",
                                             row=exc.lineno)]) from None
    except (ValueError, RecursionError) as exc:  # a number of thousands of digits, nesting too deep
        raise InputError(str(path), [Problem(unreadable(exc))]) from None
    if isinstance(data, dict) and set(data) == {"claims"}:
        data = data["claims"]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InputError(str(path), [Problem('tệp phải chứa một hồ sơ, một danh sách hồ sơ hoặc {"claims": [...]}')])
    return data
