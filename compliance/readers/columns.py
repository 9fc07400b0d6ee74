"""The tabular input format (Excel .xlsx and CSV): its columns, and how a cell is read and written.

This module is the single definition of the format: `readers/tabular.py` reads it and
`reports/template.py` writes it (header row, guide sheet, sample rows). Each column names a
field of the contract (`models.py`); its type, its allowed codes and whether it is required
are taken from the model, so the format follows the contract when codes are added.

Layout
    One row per line item (khoản chi). The claim columns (Mã hồ sơ … Thuộc tính khác của hoạt
    động) are repeated on every row of the claim; rows with the same "Mã hồ sơ" form one claim,
    in the order their first row appears. A claim cell left blank on one row takes the value
    given on another row of the same claim; two different values are an error.
    Headers are matched ignoring case, extra spaces and Unicode normalisation form; a header
    that is not in `COLUMNS` is an error, and so is a missing required column. Optional
    columns may be left out.

Cell values
    text      any text; a number typed into a text cell (Mã khoản chi 1) is read as "1".
    int       a whole number: 2022, "1.200".
    money     whole đồng: 1004012000, "1.004.012.000", "1,004,012,000", "200.000 đ".
              A number with a fractional part is an error.
    quantity  a number, may be fractional: 2, 1.5, "1,5" (Vietnamese decimal comma).
              "2.500" and "2,500" are read as thousands (2500), as Vietnamese writes them.
    date      an Excel date, or text `YYYY-MM-DD` or `dd/mm/yyyy`.
    bool      có / không, true / false, 1 / 0.
    code      the English code of the contract (`province`, `TDA1`, `lecturer_fee` …) or,
              where unambiguous, its Vietnamese label from `compliance.vocabulary`
              (`cấp tỉnh`, `Tiểu dự án 1`, `thù lao giảng viên, báo cáo viên` …).

Documents (column "Chứng từ") — all documents of a line in one cell:

    documents := document ( ";" document )*
    document  := kind [ ":" number [ ":" date [ ":" issuer ] ] ]

    e.g.  contract:12/HĐ:2022-11-01; invoice:0001234
          hóa đơn:0000153:19/10/2022; attendance_list::2022-10-19

    `kind` is a document kind code or its Vietnamese label; `date` is `YYYY-MM-DD` or
    `dd/mm/yyyy`; an empty field means "not given" (trailing ones may be dropped). Spaces
    around each field are ignored. A literal `:`, `;` or `\\` inside a field is written
    `\\:`, `\\;`, `\\\\`. `format_documents` writes this syntax and `parse_documents` reads it
    back to the same documents.

Other attributes (columns "Thuộc tính khác của …") — attributes without a column of their own:

    attributes := key "=" value ( ";" key "=" value )*     e.g.  expert_level=2; in_house=có

    A key the contract declares is read with its type (bool, int, code); any other key is kept
    as có/không → true/false, a whole number → int, else text. `;` and `\\` in a value are
    escaped as above.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from ..models import Claim, Document, DocumentKind, LineItem
# headers and labels match as names do (NFC, case and spacing folded); words and headers are the vocabulary's
from ..vocabulary import DOCUMENT_VI, HEADER, VALUE_VI, normalise, parse_money, words_for

Kind = Literal["text", "int", "money", "quantity", "date", "bool", "code", "documents", "attributes"]

BOOL_WORDS = {"có": True, "true": True, "1": True, "không": False, "false": False, "0": False}


@dataclass(frozen=True)
class Column:
    header: str
    level: Literal["claim", "line"]
    path: tuple[str, ...]  # in the claim (claim level) or in the line item (line level)
    kind: Kind
    help: str  # what the column holds, in Vietnamese
    required: bool = False
    codes: tuple[str, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)  # code -> Vietnamese label
    width: int = 16
    keys: Mapping[str, Column] = field(default_factory=dict)  # attributes: the declared keys it holds
    aliases: Mapping[str, str] = field(default_factory=dict)  # normalised code or label -> code


def field_name(level: str, path: str) -> str:
    """A column's path as rules name the field (rulebook/fields.py): claim attributes are `claim.attributes…`."""
    return "claim." + path if level == "claim" and path.split(".")[0] == "attributes" else path


# ---- the columns, from the models ---------------------------------------------------------


def _leaves(annotation: Any) -> list[Any]:
    """`Annotated[int, …] | None` -> [int, NoneType]."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _leaves(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [leaf for arg in typing.get_args(annotation) for leaf in _leaves(arg)]
    return [annotation]


def _model_in(annotation: Any) -> type[BaseModel] | None:
    return next((t for t in _leaves(annotation) if isinstance(t, type) and issubclass(t, BaseModel)), None)


def _kind_of(annotation: Any) -> tuple[Kind, tuple[str, ...]]:
    leaves = [t for t in _leaves(annotation) if t is not type(None)]
    codes = tuple(c for t in leaves if typing.get_origin(t) is Literal for c in typing.get_args(t))
    if codes:
        return "code", codes
    if dt.date in leaves:
        return "date", ()
    if bool in leaves:
        return "bool", ()
    if int in leaves:
        return ("quantity" if float in leaves else "int"), ()
    return "text", ()


def _describe(model: type[BaseModel], path: tuple[str, ...]) -> tuple[Any, bool]:
    """The annotation of the field at `path`, and whether the contract requires it."""
    required = True
    annotation: Any = model
    for name in path:
        inner = _model_in(annotation)
        assert inner is not None and name in inner.model_fields, f"no field {'.'.join(path)} in the models"
        info = inner.model_fields[name]
        required = required and info.is_required()
        annotation = info.annotation
    return annotation, required


def _column(level: Literal["claim", "line"], path: str, help: str, width: int = 16, kind: Kind | None = None,
            header: str | None = None) -> Column:
    steps = tuple(path.split("."))
    annotation, required = _describe(Claim if level == "claim" else LineItem, steps)
    derived, codes = _kind_of(annotation)
    keys: dict[str, Column] = {}
    if kind == "attributes":  # the declared attributes
        model = _model_in(annotation)
        for name, info in (model.model_fields.items() if model else ()):
            keys[name] = _column(level, f"{path}.{name}", info.description or name, header=name)
    name = field_name(level, path)
    labels = {c: label for c, label in VALUE_VI.get(name, {}).items() if c in codes}
    aliases = {word: code for word, code in words_for(name).items() if code in codes}
    aliases.update({normalise(code): code for code in codes})
    return Column(header or HEADER[name], level, steps, kind or derived, help, required, codes, labels, width, keys,
                  aliases)


COLUMNS: tuple[Column, ...] = (
    # claim columns, repeated on every row of the claim
    _column("claim", "claim_id", "Mã hồ sơ thanh toán; các dòng cùng mã thuộc một hồ sơ", 26),
    _column("claim", "unit.code", "Mã đơn vị đề nghị thanh toán", 14),
    _column("claim", "unit.name", "Tên đơn vị", 30),
    _column("claim", "unit.level", "Cấp của đơn vị", 11),
    _column("claim", "unit.province", "Mã tỉnh, thành phố nơi đơn vị đóng (mã đơn vị hành chính cấp tỉnh); chọn bảng "
                                      "mức của địa phương", 9),
    _column("claim", "fiscal_year", "Năm ngân sách, ví dụ 2022", 9),
    _column("claim", "subproject", "Tiểu dự án của Dự án 7", 9),
    _column("claim", "activity.kind", "Loại hoạt động (xem trang 'Loại khoản chi')", 16),
    _column("claim", "activity.title", "Tên lớp, hội nghị, đợt công tác…", 40),
    _column("claim", "activity.start_date", "Ngày bắt đầu hoạt động", 12),
    _column("claim", "activity.end_date", "Ngày kết thúc hoạt động", 12),
    _column("claim", "activity.organiser_level", "Cấp tổ chức hoạt động", 11),
    _column("claim", "activity.venue.name", "Tên địa điểm tổ chức", 28),
    _column("claim", "activity.venue.kind", "Loại địa bàn nơi tổ chức", 16),
    _column("claim", "activity.participants", "Số người tham dự hoạt động", 10),
    _column("claim", "activity.attributes.abroad",
            "Học tập, trao đổi kinh nghiệm ở nước ngoài hay không", 10),
    _column("claim", "activity.attributes.training_form",
            "Với đào tạo, tập huấn: lớp đào tạo, bồi dưỡng, tập huấn hay hội nghị tập huấn, triển khai "
            "(để trống: suy ra từ tên hoạt động nếu được)", 16),
    _column("claim", "activity.attributes.meeting_type",
            "Với hội nghị: loại cuộc họp (sơ kết, tổng kết; chuyên đề; hội thảo…) (để trống: suy ra từ tên hoạt "
            "động nếu được)", 14),
    _column("claim", "attributes",
            "Các thuộc tính khác của hồ sơ, dạng khóa=giá trị; khóa=giá trị", 20, "attributes"),
    _column("claim", "activity.attributes",
            "Các thuộc tính khác của hoạt động, dạng khóa=giá trị; khóa=giá trị", 20, "attributes"),
    # line columns, one row per line item
    _column("line", "line_id", "Mã khoản chi, không trùng trong cùng hồ sơ (1, 2, 3…)", 8),
    _column("line", "category", "Loại khoản chi (xem trang 'Loại khoản chi')", 18),
    _column("line", "description", "Nội dung khoản chi", 44),
    _column("line", "quantity", "Số lượng; có thể có phần lẻ (1,5)", 9),
    _column("line", "unit", "Đơn vị tính: buổi, người-ngày, trang…", 11),
    _column("line", "unit_price", "Đơn giá, số nguyên đồng", 13, "money"),
    _column("line", "amount", "Số tiền đề nghị thanh toán, số nguyên đồng", 14, "money"),
    _column("line", "incurred_on", "Ngày phát sinh khoản chi; để trống = ngày bắt đầu", 12),
    _column("line", "payee.name", "Người hoặc đơn vị nhận tiền", 28),
    _column("line", "payee.salaried", "Người nhận có hưởng lương từ ngân sách không", 9),
    _column("line", "payee.grade", "Hạng, chức danh của người nhận: với giảng viên, báo cáo viên là hạng trong bảng "
            "mức của tỉnh, đơn vị; với tiền thuê phòng nghỉ: «lãnh đạo cấp Bộ», «cấp Thứ trưởng, hệ số 1,25–1,3» "
            "hoặc «khác»", 12),
    _column("line", "attributes.respondent",
            "Với chi người cung cấp thông tin: đối tượng được chi", 14),
    _column("line", "attributes.indicators",
            "Với chi người cung cấp thông tin: số chỉ tiêu của phiếu", 9),
    _column("line", "attributes.mode",
            "Với tiền thuê phòng nghỉ: thanh toán khoán hay theo hóa đơn", 14),
    _column("line", "attributes.enumerator_kind",
            "Với chi điều tra viên, rà soát viên: thuê ngoài, người dẫn đường, công chức xã, công chức của đơn "
            "vị trong giờ hay ngoài giờ", 16),
    _column("line", "attributes.ndkt",
            "Mã nội dung kinh tế (tiểu mục) như ghi ở cột (6) của giấy rút dự toán, ví dụ 6702; để trống nếu "
            "chưa lập giấy rút", 9),
    _column("line", "attributes",
            "Các thuộc tính khác của khoản chi, dạng khóa=giá trị; khóa=giá trị", 20, "attributes"),
    _column("line", "documents", "Các chứng từ, cách nhau bởi ';', mỗi chứng từ dạng loại:số:ngày — "
            "ví dụ contract:12/HĐ:2022-11-01; invoice:0001234", 48, "documents"),
)
HEADERS: tuple[str, ...] = tuple(c.header for c in COLUMNS)
REQUIRED: tuple[str, ...] = tuple(c.header for c in COLUMNS if c.required)
DOCUMENT_KINDS: tuple[str, ...] = typing.get_args(DocumentKind)
_DOCUMENT_ALIASES = words_for("documents")
_BY_HEADER = {normalise(c.header): c for c in COLUMNS}
_BY_PATH = {(c.level, c.path): c for c in COLUMNS}


def column_for(header: str) -> Column | None:
    return _BY_HEADER.get(normalise(header))


def column_at(loc: tuple) -> Column | None:
    """The column of a validation error location: ('line_items', 0, 'payee', 'salaried') -> Hưởng lương."""
    names = tuple(p for p in loc if isinstance(p, str))
    level = "claim"
    if names[:1] == ("line_items",):
        names, level = names[1:], "line"
    found = [c for c in COLUMNS if c.level == level and names[: len(c.path)] == c.path]
    return max(found, key=lambda c: len(c.path), default=None)


def own_column(attributes: Column, key: str) -> Column | None:
    """The column of its own that an attribute has (Học tập nước ngoài for activity.attributes.abroad), if any."""
    return _BY_PATH.get((attributes.level, attributes.path + (key,)))


def other_keys(attributes: Column) -> dict[str, Column]:
    """The declared keys an "other attributes" column holds: those without a column of their own."""
    return {key: spec for key, spec in attributes.keys.items() if own_column(attributes, key) is None}


def allowed(codes: tuple[str, ...], labels: Mapping[str, str]) -> str:
    return ", ".join(f"{code} ({labels[code]})" if code in labels else code for code in codes)


# ---- reading cells ------------------------------------------------------------------------


class CellError(ValueError):
    """A cell that cannot be read; the message is Vietnamese and shows the value."""


def _shown(value: Any) -> str:
    text = str(value)
    return repr(text if len(text) <= 60 else text[:57] + "…")


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number(value: Any) -> int | float | str:
    """Cells from openpyxl are typed, cells from CSV are text; bools and dates are not numbers."""
    if isinstance(value, (bool, dt.date, dt.time)):
        raise CellError(f"phải là một số (giá trị: {_shown(value)})")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def read_int(value: Any) -> int:
    value = _number(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return parse_money(value)
        except ValueError:
            pass
    raise CellError(f"phải là số nguyên không âm (giá trị: {_shown(value)})")


def read_money(value: Any) -> int:
    value = _number(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise CellError(f"số tiền phải là số nguyên đồng, không có phần lẻ (giá trị: {value})")
    try:
        return parse_money(value)
    except ValueError:
        pass
    if any(p.match(value.strip().replace(" ", "")) for p in _DECIMAL):  # "200000.5": not whole đồng
        raise CellError(f"số tiền phải là số nguyên đồng, không có phần lẻ (giá trị: {_shown(value)})")
    raise CellError("số tiền không hợp lệ; viết số nguyên đồng như 1004012000, 1.004.012.000 "
                    f"hoặc 1,004,012,000 (giá trị: {_shown(value)})")


_DECIMAL = (re.compile(r"^(\d+)[.,](\d+)$"),  # 1,5  1.5
            re.compile(r"^(\d{1,3}(?:\.\d{3})+),(\d+)$"),  # 1.234,5
            re.compile(r"^(\d{1,3}(?:,\d{3})+)\.(\d+)$"))  # 1,234.5


def read_quantity(value: Any) -> int | float:
    value = _number(value)
    if isinstance(value, (int, float)):
        return value
    text = value.strip().replace(" ", "")
    try:
        return parse_money(text)  # whole numbers, with Vietnamese thousands separators
    except ValueError:
        pass
    for pattern in _DECIMAL:
        match = pattern.match(text)
        if match:
            number = float(re.sub(r"\D", "", match[1]) + "." + match[2])
            return int(number) if number.is_integer() else number
    raise CellError(f"số lượng không hợp lệ (giá trị: {_shown(value)})")


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def read_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if _ISO.match(text):
                return dt.date.fromisoformat(text)
            match = _DMY.match(text)
            if match:
                return dt.date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            pass
    raise CellError(f"ngày không hợp lệ; viết dạng YYYY-MM-DD hoặc dd/mm/yyyy (giá trị: {_shown(value)})")


def read_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    word = BOOL_WORDS.get(normalise(str(value)))
    if word is None:
        raise CellError(f"phải là 'có' hoặc 'không' (true/false) (giá trị: {_shown(value)})")
    return word


def read_code(column: Column, value: Any) -> str:
    code = column.aliases.get(normalise(str(value)))
    if code is None:
        raise CellError(f"không thuộc danh mục (giá trị: {_shown(value)}); dùng một trong: "
                        f"{allowed(column.codes, column.labels)}")
    return code


def read_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def read_cell(column: Column, value: Any) -> Any:
    """The contract value of one cell, or None when blank. Raises CellError."""
    if is_blank(value):
        return None
    match column.kind:
        case "int":
            return read_int(value)
        case "money":
            return read_money(value)
        case "quantity":
            return read_quantity(value)
        case "date":
            return read_date(value)
        case "bool":
            return read_bool(value)
        case "code":
            return read_code(column, value)
        case "documents":
            return parse_documents(str(value)) or None
        case "attributes":
            return parse_attributes(column, str(value)) or None
    return read_text(value)


# ---- cells with several values: documents and attributes ----------------------------------


def _split(text: str, separator: str) -> list[str]:
    """Split on unescaped `separator`, keeping escapes for the next level."""
    if "\\" not in text:
        return text.split(separator)
    parts, current, chars = [], [], iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(ch + next(chars, ""))
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text.strip())


def _escape(text: str) -> str:
    return re.sub(r"([\\:;])", r"\\\1", text)


def parse_documents(text: str) -> list[dict[str, Any]]:
    """`contract:12/HĐ:2022-11-01; invoice:0001234` -> document dicts of the contract."""
    documents = []
    for part in _split(text, ";"):
        if not part.strip():
            continue
        fields = [_unescape(f) for f in _split(part, ":")]
        if len(fields) > 4:
            raise CellError(f"chứng từ {_shown(part.strip())} có quá 4 phần loại:số:ngày:nơi phát hành; "
                            "dấu ':' trong số chứng từ phải viết là '\\:'")
        kind = _DOCUMENT_ALIASES.get(normalise(fields[0]))
        if kind is None:
            raise CellError(f"loại chứng từ không thuộc danh mục (giá trị: {_shown(fields[0])}); "
                            f"dùng một trong: {allowed(DOCUMENT_KINDS, DOCUMENT_VI)}")
        document: dict[str, Any] = {"kind": kind}
        for name, value in zip(("number", "date", "issuer"), fields[1:]):
            if value:
                document[name] = read_date(value) if name == "date" else value
        documents.append(document)
    return documents


def format_documents(documents: list[Document]) -> str:
    """The cell text for a line's documents; `parse_documents` reads it back unchanged."""
    out = []
    for doc in documents:
        fields = [doc.kind, _escape(doc.number or ""), doc.date.isoformat() if doc.date else "",
                  _escape(doc.issuer or "")]
        while fields[-1] == "":
            fields.pop()
        out.append(":".join(fields))
    return "; ".join(out)


_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _infer(text: str) -> Any:
    """The value of an attribute the contract does not declare."""
    word = BOOL_WORDS.get(normalise(text))
    if word is not None and not text.isdigit():
        return word
    return int(text) if re.fullmatch(r"-?\d+", text) else text


def parse_attributes(column: Column, text: str) -> dict[str, Any]:
    """`expert_level=2; in_house=có` -> {"expert_level": 2, "in_house": True}."""
    out: dict[str, Any] = {}
    for part in _split(text, ";"):
        if not part.strip():
            continue
        key, sep, raw = part.partition("=")
        key = key.strip()
        if not sep or not _KEY.match(key):
            raise CellError(f"viết dạng khóa=giá trị; khóa=giá trị (phần {_shown(part.strip())})")
        own = own_column(column, key)
        if own is not None:
            raise CellError(f"thuộc tính '{key}' có cột riêng '{own.header}'")
        if key in out:
            raise CellError(f"thuộc tính '{key}' được ghi hai lần")
        value = _unescape(raw)
        spec = column.keys.get(key)
        try:
            out[key] = read_cell(spec, value) if spec else _infer(value)
        except CellError as exc:
            raise CellError(f"thuộc tính '{key}': {exc}") from None
    return out


def _attribute_text(value: Any) -> str:
    if isinstance(value, bool):
        return "có" if value else "không"
    return _escape(str(value)) if isinstance(value, str) else str(value)


# ---- writing rows --------------------------------------------------------------------------


def attribute_items(attributes: Any, given: bool = False) -> dict[str, Any]:
    """The attributes a claim states: values other than the default, any extra keys, and with `given`
    also the declared keys the input gave explicitly (so that an explicit `abroad: false` shows)."""
    if isinstance(attributes, dict):
        return dict(attributes)
    fields = type(attributes).model_fields
    out = {}
    for name, info in fields.items():
        value = getattr(attributes, name)
        if value is not None and (value != info.get_default(call_default_factory=True)
                                  or (given and name in attributes.model_fields_set)):
            out[name] = value
    out.update(attributes.model_extra or {})
    return out


def _get(obj: Any, path: tuple[str, ...]) -> Any:
    for index, name in enumerate(path):
        if obj is None:
            return None
        if name == "attributes" and index < len(path) - 1:  # a single attribute: only if stated
            return attribute_items(getattr(obj, name), given=True).get(path[index + 1])
        obj = getattr(obj, name)
    return obj


def cell_value(column: Column, claim: Claim, line: LineItem) -> Any:
    """What the sheet holds for one column of one line (None = blank)."""
    value = _get(claim if column.level == "claim" else line, column.path)
    if value is None:
        return None
    if column.kind == "documents":
        return format_documents(value) or None
    if column.kind == "attributes":
        items = {k: v for k, v in attribute_items(value).items() if own_column(column, k) is None}
        return "; ".join(f"{k}={_attribute_text(v)}" for k, v in items.items()) or None
    if column.kind == "bool":
        return "có" if value else "không"
    return value


def claim_rows(claim: Claim) -> Iterator[list[Any]]:
    """One list of cell values (in `COLUMNS` order) per line item.

    Raises ValueError when a value would not read back the same (an attribute the sheet cannot hold).
    """
    for line in claim.line_items:
        row = [cell_value(column, claim, line) for column in COLUMNS]
        for column, cell in zip(COLUMNS, row):
            if column.kind == "attributes" and cell is not None:
                _check_round_trip(claim, line, column, cell)
        yield row


def _check_round_trip(claim: Claim, line: LineItem, column: Column, cell: str) -> None:
    owner = claim if column.level == "claim" else line
    stated = {k: v for k, v in attribute_items(_get(owner, column.path)).items() if own_column(column, k) is None}
    try:
        back = parse_attributes(column, cell)
    except CellError:
        back = None
    if back is None or any(type(back.get(k)) is not type(v) or back.get(k) != v for k, v in stated.items()):
        where = f"hồ sơ {claim.claim_id}" + (f", khoản chi {line.line_id}" if column.level == "line" else "")
        raise ValueError(f"{where}: cột '{column.header}' không ghi được các thuộc tính {stated!r}")
