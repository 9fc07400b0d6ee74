"""Vietnamese messages for the rulebook's YAML and schema errors: short, with what to write instead.

PyYAML gives English problems (libyaml and the pure-Python parser word them differently); pydantic gives
English messages but a stable error `type`, which is what is translated here, never its English text.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import types
import typing
from typing import Any, Literal, Union

import yaml
from pydantic import BaseModel, Tag
from pydantic_core import ErrorDetails

from ..vocabulary import REASON_VI
from .schema import RulebookFile

INDENT = ("thụt lề không khớp: các trường cùng cấp phải bắt đầu ở cùng một cột (chỉ dùng dấu cách); "
          "sửa dòng này hoặc dòng trên cho thẳng cột")


def nearest(word: str, known: typing.Iterable[str]) -> str | None:
    """The known word closest to `word` (a misspelling), if any is close."""
    found = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return found[0] if found else None


def yaml_error(exc: yaml.YAMLError) -> tuple[int | None, str]:
    """(line, Vietnamese message) for a YAML syntax error."""
    problem = str(getattr(exc, "problem", "") or "")
    mark = getattr(exc, "problem_mark", None)
    context = getattr(exc, "context_mark", None)
    at = mark.line + 1 if mark else None
    since = context.line + 1 if context else None
    if "tab" in problem or "\\t" in problem:
        return at, "có ký tự tab: thụt lề bằng dấu cách, không dùng tab"
    if problem.startswith(_OWN):
        return at, problem[len(_OWN):]
    if "expected key" in problem or "<block end>" in problem or "'-' indicator" in problem:
        return at, INDENT + (f" (khối bắt đầu ở dòng {since})" if since else "")
    if "mapping values are not allowed" in problem:
        return at, ("dấu ':' không đặt được ở đây: dòng này thụt vào sâu hơn các trường cùng cấp, hoặc giá trị "
                    "có dấu ': ' cần đặt trong ngoặc kép (title: \"Điều 5: …\")")
    if "could not find expected ':'" in problem:
        return since or at, "thiếu dấu ':' và một dấu cách sau tên trường (viết 'title: …', không phải 'title:…')"
    if "end of stream" in problem and "quoted" in str(getattr(exc, "context", "")):
        return since or at, "dấu ngoặc kép mở ở dòng này chưa được đóng"
    if "flow" in str(getattr(exc, "context", "")):
        return since or at, "thiếu dấu ',' hoặc dấu đóng ngoặc '}' / ']' của danh sách hay bảng mở ở dòng này"
    return at, ("YAML không đọc được: kiểm tra thụt lề (dấu cách, các trường cùng cấp thẳng cột), dấu ': ' sau "
                "tên trường và các dấu ngoặc")


_OWN = "vi:"  # a problem this module words itself (the loader's constructors)


def date_problem(node: yaml.Node, why: str) -> yaml.constructor.ConstructorError:
    """A date YAML reads but the calendar lacks (2027-02-30), as a YAML error at its line."""
    return yaml.constructor.ConstructorError(None, None, f"{_OWN}ngày '{node.value}' {why}", node.start_mark)


# ---- schema ----------------------------------------------------------------------------------------------------

_CHOICE_LABELS: dict[str, dict[str, str]] = {
    "reason": REASON_VI,
    "verification": {"V": "đã đối chiếu văn bản gốc", "S": "nguồn thứ cấp", "M": "chưa xác minh"},
    "level": {"line": "khoản chi", "claim": "hồ sơ"},
    "role": {"eligibility": "nội dung chi thuộc dự án", "coverage": "quy định riêng của loại khoản chi",
             "check": "kiểm tra thêm"},
}


# What each model is, for "trường 'x' không có trong …"
_OWNER_VI = {
    "RulebookFile": "tệp quy tắc (version, instruments, rates, rules, joins, budgets, places)",
    "Instrument": "văn bản (instruments)", "RateTable": "bảng mức (rates)", "RateValue": "dòng mức (values)",
    "Source": "căn cứ (source, citations)", "Period": "thời gian hiệu lực (valid)", "Rule": "quy định (rules)",
    "RateCheck": "check dạng rate", "RefCheck": "check dạng ref", "ValueCheck": "check dạng value",
    "ConditionCheck": "check dạng condition", "NeverCheck": "check dạng never", "Messages": "messages",
    "Join": "joins", "Budget": "budgets", "Envelope": "envelopes", "Place": "địa danh (places)",
    "UrbanGrade": "grades", "PlaceAfter": "after", "Clause": "clauses", "Fallback": "fallbacks", "Payment": "payment",
    "Transition": "transitions", "Together": "together", "Uncovered": "uncovered",
}


def _parts(annotation: Any) -> list[tuple[str | None, Any]]:
    """The types an annotation admits, each with the tag a tagged union gives it."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *meta = typing.get_args(annotation)
        tag = next((m.tag for m in meta if isinstance(m, Tag)), None)
        return [(tag or t, a) for t, a in _parts(inner)]
    if origin in (Union, types.UnionType):
        return [p for arg in typing.get_args(annotation) for p in _parts(arg)]
    if origin is list:
        return _parts(typing.get_args(annotation)[0])
    return [(None, annotation)]


def _field(model: type[BaseModel], name: str) -> tuple[str, Any] | None:
    for key, info in model.model_fields.items():
        if name in (key, info.alias):
            return key, info
    return None


def _names(model: type[BaseModel]) -> list[str]:
    return [info.alias or key for key, info in model.model_fields.items()]


def _locate(loc: tuple) -> tuple[type[BaseModel] | None, Any, str]:
    """The model that owns the last field `loc` names, that field's info (None when the model lacks it:
    an extra field) and the field's name as written in YAML. Union members' names ('int') are skipped."""
    model: type[BaseModel] | None = RulebookFile
    owner: type[BaseModel] | None = None
    info: Any = None
    name = ""
    for part in loc:
        if isinstance(part, int):
            continue
        if model is None:  # inside a field that is not one model: a tag picks a union member
            member = next((t for tag, t in _parts(info.annotation) if tag == part), None) if info else None
            if isinstance(member, type) and issubclass(member, BaseModel):
                model = member
            continue
        found = _field(model, str(part))
        if found is None:
            return model, None, str(part)
        owner, info, name = model, found[1], str(part)
        models = [t for _, t in _parts(info.annotation) if isinstance(t, type) and issubclass(t, BaseModel)]
        model = models[0] if len(models) == 1 and len(_parts(info.annotation)) <= 2 else None
    return owner, info, name


def _iso(text: str) -> str | None:
    """An ISO date for a date written the Vietnamese way (01/03/2027) or loosely (2027-3-1)."""
    for pattern, order in ((r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", (3, 2, 1)), (r"(\d{4})-(\d{1,2})-(\d{1,2})", (1, 2, 3))):
        if m := re.fullmatch(pattern, text.strip()):
            try:
                return dt.date(*(int(m[k]) for k in order)).isoformat()
            except ValueError:
                return None
    return None


def _shown(value: Any) -> str:
    text = str(value)
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


def schema_error(err: ErrorDetails) -> str:
    """A Vietnamese message, one or two lines, for one pydantic error of the rulebook."""
    loc = tuple(err["loc"])
    kind, value, ctx = err["type"], err.get("input"), err.get("ctx") or {}
    owner, info, name = _locate(loc)
    if kind == "missing":
        about = f" — {info.description}" if info is not None and info.description and len(info.description) < 60 else ""
        return f"thiếu trường '{name}'{about}"
    if kind == "extra_forbidden":
        known = _names(owner) if owner else []
        near = nearest(name, known)
        where = _OWNER_VI.get(owner.__name__, owner.__name__) if owner else "tệp"
        return (f"trường '{name}' không có trong {where}" + (f"; có phải '{near}'?" if near else "")
                + (f" Các trường được dùng: {', '.join(known)}" if known else ""))
    what = f"'{name}'" if name else "giá trị"
    if value is None and kind not in ("value_error", "assertion_error", "check_form"):
        return f"{what} để trống: ghi một giá trị sau dấu ': '"
    if kind == "literal_error":
        choices = [a for t in _parts(info.annotation) if typing.get_origin(t[1]) is Literal
                   for a in typing.get_args(t[1])] if info is not None else []
        labels = _CHOICE_LABELS.get(name, {}) if len(choices) <= 4 else {}  # a long list: codes only, short
        near = nearest(str(value), [str(c) for c in choices])
        listed = ", ".join(f"{c} ({labels[c]})" if c in labels else str(c) for c in choices)
        return (f"{_shown(value)} không dùng được cho {what}" + (f"; có phải '{near}'?" if near else "")
                + f" Chọn một trong: {listed}")
    if kind.startswith("date") or kind.startswith("datetime"):
        iso = _iso(str(value))
        return (f"{_shown(value)} không phải ngày hợp lệ cho {what}; viết ngày dạng "
                + (f"{iso}" if iso else "năm-tháng-ngày, ví dụ 2027-03-01"))
    if kind.startswith(("int_", "float_", "decimal_")) or kind in ("int_type", "float_type"):
        digits = re.sub(r"[.,\s]", "", str(value))
        hint = f" (viết liền, không dấu chấm: {digits})" if digits.isdigit() and digits != str(value) else ""
        return f"{what} phải là một số, không phải {_shown(value)}{hint}"
    if kind.startswith("bool"):
        return f"{what} phải là true hoặc false, không phải {_shown(value)}"
    if kind in ("string_type", "str_type"):
        return f"{what} phải là chữ, không phải {_shown(value)} (đặt trong ngoặc kép nếu cần)"
    if kind == "list_type":
        return f"{what} phải là một danh sách: mỗi mục một dòng, bắt đầu bằng '- '"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"{what} phải là một bảng 'trường: giá trị', mỗi trường một dòng thụt vào dưới {what}"
    if kind == "too_short":
        return f"{what} cần ít nhất {ctx.get('min_length', 1)} mục" if isinstance(value, (list, dict)) else f"{what} không được để trống"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        sign = {"greater_than": ">", "greater_than_equal": "≥", "less_than": "<", "less_than_equal": "≤"}[kind]
        bound = next(iter(ctx.values()), "")
        return f"{what} phải {sign} {bound}, không phải {_shown(value)}"
    if kind == "string_pattern_mismatch":
        return f"{what} {_shown(value)} chỉ gồm chữ thường không dấu, chữ số và các dấu . _ -"
    if kind in ("value_error", "assertion_error"):
        return f"{what}: {ctx.get('error', '')}" if name else str(ctx.get("error", ""))
    if kind == "check_form":
        return err["msg"]  # the schema's own Vietnamese message
    return f"giá trị {_shown(value)} không hợp lệ cho {what} (lỗi {kind})"
