"""Bad input → Vietnamese messages that name the file, claim, row and field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

# Vietnamese names of the contract's fields, for messages and spreadsheet headers.
FIELD_VI = {
    "claim_id": "mã hồ sơ", "unit": "đơn vị", "code": "mã", "name": "tên", "level": "cấp",
    "fiscal_year": "năm ngân sách", "subproject": "tiểu dự án", "activity": "hoạt động", "kind": "loại",
    "title": "tên hoạt động", "start_date": "ngày bắt đầu", "end_date": "ngày kết thúc",
    "organiser_level": "cấp tổ chức", "venue": "địa điểm", "participants": "số người tham dự",
    "line_items": "khoản chi", "line_id": "mã khoản chi", "category": "loại khoản chi", "description": "nội dung",
    "quantity": "số lượng", "unit_price": "đơn giá", "amount": "thành tiền", "incurred_on": "ngày phát sinh",
    "payee": "người nhận", "salaried": "hưởng lương", "grade": "hạng", "attributes": "thuộc tính",
    "documents": "chứng từ", "number": "số", "date": "ngày", "issuer": "nơi phát hành",
}

_MESSAGES = {
    "missing": "bắt buộc nhưng bị thiếu",
    "extra_forbidden": "không thuộc định dạng hồ sơ (trường lạ không được chấp nhận)",
    "int_type": "phải là số nguyên",
    "int_from_float": "phải là số nguyên đồng (không có phần lẻ)",
    "int_parsing": "phải là số nguyên",
    "float_type": "phải là một số",
    "bool_type": "phải là true/false (có/không)",
    "string_type": "phải là chuỗi ký tự",
    "string_unicode": "không phải văn bản Unicode hợp lệ (có ký tự đại diện \\ud800–\\udfff đứng lẻ)",
    "string_too_short": "không được để trống",
    "string_too_long": "quá dài",
    "too_short": "phải có ít nhất một mục",
    "too_long": "có quá nhiều mục",
    "greater_than_equal": "không được âm",
    "less_than_equal": "vượt giới hạn cho phép",
    "literal_error": "không thuộc danh mục cho phép",
    "date_type": "phải là ngày dạng YYYY-MM-DD",
    "model_type": "phải là một đối tượng (bảng khóa: giá trị)",
    "model_attributes_type": "phải là một đối tượng (bảng khóa: giá trị)",
    "dict_type": "phải là một đối tượng (bảng khóa: giá trị)",
    "list_type": "phải là một danh sách",
}
_VALUE_ERRORS = {
    "date_format": "phải là ngày hợp lệ dạng YYYY-MM-DD",
    "end_before_start": "ngày kết thúc trước ngày bắt đầu",
    "duplicate_line_id": "mã khoản chi bị trùng trong hồ sơ",
}


@dataclass(frozen=True)
class Problem:
    message: str
    claim_id: str | None = None
    row: int | None = None
    field: str | None = None

    def render(self, file: str) -> str:
        parts = [f"tệp {file}"]
        if self.claim_id:
            parts.append(f"hồ sơ {self.claim_id}")
        if self.row is not None:
            parts.append(f"dòng {self.row}")
        if self.field:
            parts.append(f"trường '{self.field}'")
        return ", ".join(parts) + f": {self.message}"


class InputError(Exception):
    """The input cannot be vetted; nothing is written."""

    def __init__(self, file: str, problems: list[Problem], more: int = 0):
        self.file = file
        self.problems = problems
        self.more = more  # problems found but not kept (a stream keeps the first ones)
        super().__init__(self.render())

    def render(self, limit: int = 20) -> str:
        lines = [p.render(self.file) for p in self.problems[:limit]]
        if len(self.problems) + self.more > limit:
            lines.append(f"… và {len(self.problems) + self.more - limit} lỗi khác")
        return "\n".join(lines)


def field_label(loc: tuple) -> str:
    """('line_items', 0, 'unit_price') -> 'line_items[1].unit_price (đơn giá)'."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part + 1}]"
        else:
            path += ("." if path else "") + str(part)
    names = [p for p in loc if isinstance(p, str)]
    vi = FIELD_VI.get(names[-1]) if names else None
    return f"{path} ({vi})" if vi else path


def explain(error: Mapping[str, Any]) -> str:
    kind = error["type"]
    if kind == "value_error":
        code = str(error.get("ctx", {}).get("error", ""))
        head, _, detail = code.partition(":")
        text = _VALUE_ERRORS.get(head, code)
        return f"{text} ({detail})" if detail else text
    text = _MESSAGES.get(kind, error["msg"])
    if kind == "literal_error":
        text += f"; giá trị cho phép: {error.get('ctx', {}).get('expected', '')}"
    value = error.get("input")
    if kind not in ("missing",) and isinstance(value, (str, int, float, bool)) and len(str(value)) < 60:
        text += f" (giá trị: {value!r})"
    return text


def problems_from(exc: ValidationError, claim_id: str | None, row_of=None) -> list[Problem]:
    """Translate pydantic errors; `row_of(loc)` maps an error location to a spreadsheet row."""
    out = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        out.append(Problem(explain(err), claim_id, row_of(loc) if row_of else None, field_label(loc) or None))
    return out


KEEP = 1000  # problems kept per file (the rest are counted)


class Problems:
    """The problems of one file: input problems (unreadable rows) outrank claim problems
    (validation): when a spreadsheet has both, only the first are reported, as before."""

    def __init__(self, file: str):
        self.file = file
        self.input: list[Problem] = []
        self.claims: list[Problem] = []
        self.more = 0

    def add(self, problem: Problem, claims: bool = False) -> None:
        target = self.claims if claims else self.input
        if len(target) < KEEP:
            target.append(problem)
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.input or self.claims)

    def error(self) -> InputError:
        if self.input:
            return InputError(self.file, self.input, self.more)
        return InputError(self.file, self.claims, self.more)
