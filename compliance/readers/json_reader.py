"""JSON input: one claim, a list of claims, or {"claims": [...]}."""

from __future__ import annotations

import json
import math
from pathlib import Path

from .errors import InputError, Problem


def unreadable(exc: BaseException) -> str:
    """The message for JSON that parses but cannot be held: Python refuses integers of more than
    4300 digits, and very deep nesting exhausts the parser's recursion."""
    if isinstance(exc, RecursionError):
        return "JSON lồng nhau quá sâu (mảng/đối tượng lồng hàng nghìn cấp), không phải hồ sơ"
    if isinstance(exc, NotANumber):
        return f"JSON không hợp lệ: {exc} không phải là một số (JSON không có NaN, Infinity)"
    if isinstance(exc, DuplicateKey):
        return f"JSON có khóa '{exc.key}' xuất hiện hai lần trong cùng một đối tượng (không biết giá trị nào đúng)"
    if isinstance(exc, TooDeep):
        return f"JSON lồng nhau quá sâu (hơn {MAX_DEPTH} cấp), không phải hồ sơ"
    return "JSON có một số quá dài (hơn 4300 chữ số), không phải số tiền hay số lượng hợp lệ"


class NotANumber(ValueError):
    """NaN, Infinity and -Infinity: Python's json reads them, JSON has no such numbers."""


class DuplicateKey(ValueError):
    """An object names a key twice: Python's json keeps the last value silently, we refuse."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key[:100]


class TooDeep(ValueError):
    """Nesting that the parser could hold but later steps (validation, the store's JSON) would not."""


# A claim nests 5 levels (claim > line_items > line > documents > document); attributes may nest a little more.
MAX_DEPTH = 64


def _constant(name: str):
    raise NotANumber(name)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e400: a number no JSON column (nor money) can hold
        raise NotANumber(text if len(text) <= 40 else text[:40] + "…")
    return value


def _object(pairs: list) -> dict:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return data


DECODER = json.JSONDecoder(parse_constant=_constant, parse_float=_float, object_pairs_hook=_object)


def depth(data, limit: int = MAX_DEPTH) -> None:
    """Raise TooDeep if lists and objects nest more than `limit` levels (iterative: no recursion)."""
    stack = [(data, 1)]
    while stack:
        value, level = stack.pop()
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        for child in children:
            if isinstance(child, (dict, list)):
                if level >= limit:
                    raise TooDeep()
                stack.append((child, level + 1))


def loads(text: str | bytes):
    """JSON as claims are read everywhere (files and the web API): no NaN or Infinity, no duplicate key,
    no nesting deeper than MAX_DEPTH. Raises JSONDecodeError, or ValueError/RecursionError (see `unreadable`)."""
    text = text.decode("utf-8") if isinstance(text, bytes) else text
    data = DECODER.decode(text)
    if text.count("{") + text.count("[") > MAX_DEPTH:  # fewer brackets than the limit cannot nest deeper
        depth(data)
    return data


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
