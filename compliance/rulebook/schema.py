"""The rulebook's data model: instruments, dated rate tables, rules and budget envelopes.

The YAML under rules/ is validated against these models on load; see rules/README.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

from ..models import Citation, Reason
from .conditions import Op

Mark = Literal["V", "S", "M"]  # verified from the text / secondary source / unverified (legal-basis.md)
VERIFICATION = {"V": "official_text", "S": "secondary", "M": "unverified"}


class Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Source(Spec):
    """A place in a legal instrument: điểm → khoản → Điều → văn bản."""

    instrument: str
    article: int | None = None
    clause: int | None = None
    point: str | None = None
    section: str | None = None

    def label(self, instruments: dict[str, Instrument]) -> str:
        parts = []
        if self.point:
            parts.append(f"điểm {self.point}")
        if self.clause is not None:
            parts.append(f"khoản {self.clause}")
        if self.article is not None:
            parts.append(f"Điều {self.article}")
        if self.section:
            parts.append(self.section)
        inst = instruments.get(self.instrument)
        parts.append(f"{inst.kind_vi if inst else 'văn bản'} {self.instrument}".strip())
        return " ".join(parts)

    def citation(self, instruments: dict[str, Instrument], text: str | None = None) -> Citation:
        return Citation(instrument=self.instrument, article=self.article, clause=self.clause,
                        point=self.point, section=self.section, label=self.label(instruments), text=text)


class Clause(Spec):
    """Khoản `clause` Điều `article` của văn bản khai báo nó."""

    article: int
    clause: int


class Instrument(Spec):
    number: str
    kind_vi: str = Field(description="Thông tư, Quyết định, Nghị định, Kế hoạch …")
    title: str
    issuer: str
    signed: dt.date | None = None
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    successor: str | None = None
    verification: Mark = Field(description="độ tin cậy của các ngày hiệu lực")
    note: str | None = None
    # The clauses Dự án 7 rests on in this instrument: `rules coverage` requires a rule citing each.
    clauses: list[Clause] = Field(default_factory=list)


class Period(Spec):
    from_: dt.date | None = Field(None, alias="from")
    to: dt.date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.from_ and self.to and self.to < self.from_:
            raise ValueError("ngày 'to' trước ngày 'from'")
        return self

    def covers(self, day: dt.date) -> bool:
        return (self.from_ is None or self.from_ <= day) and (self.to is None or day <= self.to)


class RateValue(Period):
    amount: int | float
    # What selects this value: key field of the table -> one value, a list of values (`null` in the list:
    # the field left blank), a bracket `{from: 31, to: 40}` for a number, or `{others: true}` (every value no
    # other value of the table names). A key field left out matches anything, blank included.
    key: dict[str, Any] = Field(default_factory=dict)
    # The condition the key compiles to (rulebook/tables.py `keyed`), set by the loader; never written.
    when: dict[str, Any] | None = Field(None, exclude=True)
    source: Source
    verification: Mark
    checked_on: dt.date
    reference: str | None = Field(None, description="nơi đã đọc được con số")
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _keyed(cls, data: Any) -> Any:
        if isinstance(data, dict) and "when" in data:
            raise ValueError("mức chọn theo 'key' (khóa khai báo trong 'keys' của bảng), không dùng 'when'")
        return data


class RateTable(Spec):
    rate: str
    title: str
    unit: str
    # The fields of the field vocabulary that select a value (no row order: values are disjoint).
    keys: list[str] = Field(default_factory=list)
    # An empty table is allowed: a figure not known yet (or a local table no province has loaded).
    # Every rule that uses it then sends the line to manual review (`manual_review`).
    values: list[RateValue] = Field(default_factory=list)
    note: str | None = Field(None, description="vì sao bảng trống hoặc thiếu dòng; cách bổ sung")
    # Stated: a key combination or period without a value goes to manual review, for this reason.
    no_rate: str | None = Field(None, description="vì sao có trường hợp không có mức (→ thẩm định thủ công)")

    @model_validator(mode="after")
    def _keys_declared(self) -> RateTable:
        for value in self.values:
            extra = sorted(set(value.key) - set(self.keys))
            if extra:
                raise ValueError(f"khóa {', '.join(extra)} chưa khai báo trong 'keys' của bảng {self.rate}")
        return self


class LocalValues(Spec):
    """Giá trị của một tỉnh cho một bảng mức khai báo ở nơi khác (chỉ trong rules/dia-phuong/<mã tỉnh>/): mỗi giá
    trị chỉ áp dụng cho hồ sơ có «Mã tỉnh» (unit.province) là mã của thư mục."""

    rate: str
    keys: list[str] = Field(default_factory=list, description="khóa thêm cho bảng, ví dụ unit.code, payee.grade")
    values: list[RateValue] = Field(min_length=1)


class Grade(Spec):
    """Một hạng, chức danh hoặc vai trò của người nhận (`payee.grade`), với các cách viết khác."""

    name: str = Field(min_length=1, description="tên chuẩn, dùng trong 'key' của bảng mức")
    synonyms: list[str] = Field(default_factory=list, description="cách viết khác trên hồ sơ: TS, Tiến sỹ …")
    note: str | None = None


class _Scaled(Spec):
    """A comparison with a limit another figure gives: limit = figure × percent / 100 / per (e.g. an
    enumerator's day = the monthly minimum wage ÷ 22: `per: 22`; a guide's = 70 %: `percent: 70`)."""

    field: str
    op: Op
    percent: float | None = Field(None, gt=0)
    per: int | None = Field(None, gt=0)

    @property
    def factor(self) -> float:
        return (self.percent if self.percent is not None else 100) / 100 / (self.per or 1)


class RateCheck(_Scaled):
    """`field` + `op` + `rate`: compare a field with the rate in force (ceilings)."""

    rate: str


class RefCheck(_Scaled):
    """`field` + `op` + `ref`: compare a field with another field of the same fact (e.g. a total)."""

    ref: str


class ValueCheck(Spec):
    """`field` + `op` + `value`: compare a field with a fixed figure."""

    field: str
    op: Op
    value: int | float | dt.date | str | bool


class ConditionCheck(Spec):
    """`condition`: a condition that must hold. `condition: {}` only says what applies (e.g. content of a
    programme without sub-projects) and cannot fail: it needs an approving scenario but no flagging one."""

    condition: dict[str, Any]

    @property
    def holds_always(self) -> bool:
        return self.condition == {}


class NeverCheck(Spec):
    """`never: true`: the rule always fails when it applies (explicit ineligibility)."""

    never: Literal[True]


_FORMS = ("rate", "ref", "value", "condition", "never")


def _form(data: Any) -> str | None:
    """Which form a check is written in: the one of `_FORMS` it names (None when it names none or several)."""
    named = [f for f in _FORMS if (f in data if isinstance(data, dict) else hasattr(data, f))]
    return named[0] if len(named) == 1 else None


# What a rule checks: exactly one form, told apart by the key it is written with.
Check = Annotated[
    Annotated[RateCheck, Tag("rate")] | Annotated[RefCheck, Tag("ref")] | Annotated[ValueCheck, Tag("value")]
    | Annotated[ConditionCheck, Tag("condition")] | Annotated[NeverCheck, Tag("never")],
    Discriminator(_form, custom_error_type="check_form",
                  custom_error_message="check cần đúng một trong: rate, ref, value, condition, never"),
]
Compared = RateCheck | RefCheck | ValueCheck  # the forms that compare a field


class Messages(Spec):
    # Placeholders: {actual}, {limit}, {field} — money is printed as 200.000 đ.
    pass_: str = Field(alias="pass")
    fail: str
    # A `rate` check with no row for what the line says (`manual_review`); default: a generic message.
    no_rate: str | None = None


class Rule(Spec):
    id: str = Field(pattern=r"^[a-z0-9_.\-]+$")
    title: str
    text: str = Field(description="Nội dung điều khoản, diễn giải ngắn, để đối chiếu")
    level: Literal["line", "claim"]
    role: Literal["eligibility", "coverage", "check"] = Field(
        description="eligibility: nội dung chi thuộc dự án; coverage: quy định riêng cho loại khoản chi; check: kiểm tra thêm")
    valid: Period = Period()
    applies: dict[str, Any] | None = None
    check: Check
    reason: Reason
    citations: list[Source] = Field(min_length=1)
    verification: Mark = Field(description="độ tin cậy của căn cứ (khi không dựa trên bảng mức chi)")
    reference: str | None = None
    messages: Messages


# The fallback findings the vetting writes (compliance/vetting/judge.py): no eligibility rule, no coverage rule,
# several checks waiting for blanks. A rulebook with rules declares all three (rules/chung/).
FALLBACKS = {"chung.noi_dung_chi": ("no_applicable_rule",),  # each with the reasons it has messages for
             "chung.loai_khoan_chi": ("missing_information", "manual_review", "no_applicable_rule"),
             "chung.thieu_thong_tin": ("missing_information",)}


class Fallback(Spec):
    """A finding the vetting writes when no rule of the rulebook says what it needs (no eligibility rule,
    no coverage rule, several checks waiting for blanks): its id, title and messages live here; Python only
    picks the message. Placeholders: compliance/vetting/judge.py names them for each message."""

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$")
    title: str
    text: str
    citations: list[Source] = Field(default_factory=list)
    messages: dict[str, str] = Field(min_length=1)


PaymentEffect = Literal["up_to_limit", "nothing"]


class Payment(Spec):
    """What is paid of a line (or a claim) whose findings fail: per reason, `up_to_limit` (the ceiling —
    × quantity when the unit price is checked — or the envelope's remainder) or `nothing`; a reason not
    listed pays nothing. Several failures: paid up to the lowest limit only if every one pays up to its limit."""

    line: dict[Reason, PaymentEffect] = Field(default_factory=dict)
    claim: dict[Reason, PaymentEffect] = Field(default_factory=dict)

    def capped(self, level: str, reason: str | None) -> bool:
        effects = self.line if level == "line" else self.claim
        return any(r == reason and effect == "up_to_limit" for r, effect in effects.items())


class Transition(Spec):
    """A transitional provision written once: the rules of the instruments in `keeps` (in force on `from`)
    keep applying after `from` only to claims satisfying `when`; the rules of `replaced_by` that start on or
    after `from` apply only to the others. The loader adds these conditions to each rule it changes."""

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$")
    title: str
    text: str
    from_: dt.date = Field(alias="from", description="ngày văn bản mới thay văn bản cũ")
    keeps: list[str] = Field(min_length=1, description="văn bản (số hiệu) có quy định tiếp tục áp dụng")
    keeps_rules: list[str] = Field(default_factory=list, description="quy định khác cũng chỉ còn áp dụng theo `when`")
    replaced_by: str = Field(description="văn bản mới (số hiệu): quy định của nó không áp dụng khi `when` đúng")
    when: dict[str, bool] = Field(min_length=1, description="điều kiện của hồ sơ (trường có/không)")
    citations: list[Source] = Field(min_length=1)
    verification: Mark


class Together(Spec):
    """Coverage rules the law applies together to the same line (e.g. a ceiling and the contract it needs)."""

    rules: list[str] = Field(min_length=2)
    reason: str = Field(min_length=1, description="vì sao các quy định cùng áp dụng")


class Uncovered(Spec):
    """Lines no coverage rule is written for, on purpose: the vetting sends them to a person
    (`chung.loai_khoan_chi`); `rules check` accepts them as stated."""

    categories: list[str] = Field(min_length=1)
    applies: dict[str, Any] | None = None
    reason: str = Field(min_length=1, description="vì sao không có quy định (văn bản không quy định mức …)")


class Join(Spec):
    """A rule over two facts of a batch: a later fact that shares `same` with an earlier one fails.

    `of: document` — one fact per document of a line (kind, number, issuer);
    `of: person_day` — one fact per named payee and day of a per-day line (payee, day, category).
    `different` lists keys that must differ between the two (e.g. `claim_id`: across claims only).
    """

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$")
    title: str
    text: str
    of: Literal["document", "person_day"]
    same: list[str] = Field(min_length=1)
    different: list[str] = Field(default_factory=list, description="khóa phải khác nhau, ví dụ claim_id: chỉ xét giữa các hồ sơ")
    when: dict[str, Any] | None = None
    valid: Period = Period()
    reason: Reason = "duplicate"
    citations: list[Source] = Field(min_length=1)
    verification: Mark
    reference: str | None = None
    messages: Messages


class Envelope(Spec):
    id: str
    title: str
    fiscal_year: int
    units: list[str] = Field(default_factory=list)
    unit_level: Literal["province", "district", "commune"] | None = None
    subproject: Literal["TDA1", "TDA2"] | None = None
    amount: int = Field(ge=0)

    @model_validator(mode="after")
    def _selects(self) -> Envelope:
        if bool(self.units) == bool(self.unit_level):
            raise ValueError("envelope cần đúng một trong 'units' hoặc 'unit_level'")
        return self

    def holds(self, unit_code: str, unit_level: str, subproject: str, fiscal_year: int) -> bool:
        return (fiscal_year == self.fiscal_year
                and (unit_code in self.units if self.units else unit_level == self.unit_level)
                and self.subproject in (None, subproject))


class Budget(Spec):
    """Claims are charged to envelopes in input order; the claim that crosses one is flagged."""

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$")
    title: str
    text: str
    citations: list[Source] = Field(min_length=1)
    verification: Mark
    envelopes: list[Envelope] = Field(min_length=1)
    messages: Messages


# --- places (rules/dia-danh/): administrative units, dated, for telling a venue's class ---------------------

# What a unit is, not the class the law gives it (compliance/engine/places.py derives that from the unit and
# its parent): a `city` under a central city is a "thành phố thuộc thành phố trực thuộc trung ương" (Thủ Đức),
# under a province a "thành phố thuộc tỉnh".
PlaceKind = Literal[
    "central_city",     # thành phố trực thuộc trung ương
    "province",         # tỉnh
    "urban_district",   # quận
    "city",             # thành phố thuộc tỉnh / thuộc thành phố trực thuộc trung ương
    "district_town",    # thị xã
    "rural_district",   # huyện
    "ward",             # phường
    "commune",          # xã
    "township",         # thị trấn
    "special_zone",     # đặc khu (từ 01/07/2025)
]
TOP_KINDS = ("central_city", "province")  # levels of every kind: compliance/engine/places.py LEVEL


class UrbanGrade(Period):
    """Loại đô thị của một thành phố trong một thời kỳ (chỉ loại I thuộc tỉnh đổi hạng nơi công tác)."""

    grade: int = Field(ge=0, le=5, description="loại đô thị: 0 = đặc biệt, 1 = loại I … 5 = loại V")
    verification: Mark
    reference: str = Field(min_length=1, description="nơi đã đọc được, hoặc 'chưa đối chiếu văn bản …' (M)")


class PlaceAfter(Spec):
    """What the area of a unit became after its `to` (e.g. a huyện of Quảng Nam → xã of Đà Nẵng from 2025-07-01)."""

    in_: str = Field(alias="in", description="đơn vị (tên trong bảng) mà địa bàn thuộc về sau ngày 'to'")
    kinds: list[PlaceKind] = Field(
        default_factory=list,
        description="địa bàn trở thành loại đơn vị nào; nhiều loại (phường và xã) thì phải ghi rõ phường/xã mới; "
                    "trống: toàn bộ nhập vào đơn vị 'in'")
    verification: Mark
    reference: str = Field(min_length=1)
    note: str | None = None


class Place(Period):
    """Một đơn vị hành chính trong một thời kỳ (`from`/`to`: ngày đầu, ngày cuối còn tồn tại; trống: không giới hạn)."""

    name: str = Field(min_length=1, description="tên không kèm tiền tố: 'Tam Kỳ', không phải 'TP Tam Kỳ'")
    aliases: list[str] = Field(
        default_factory=list,
        description="cách viết khác không suy được từ tên + tiền tố (TP HCM, Sài Gòn, TT Huế …)")
    kind: PlaceKind
    in_: str | None = Field(None, alias="in", description="đơn vị cấp trên (tên trong bảng); trống với tỉnh, TP trực thuộc TW")
    grades: list[UrbanGrade] = Field(default_factory=list, description="loại đô thị theo thời kỳ (thành phố)")
    after: PlaceAfter | None = None
    verification: Mark = Field(description="độ tin cậy của tên, loại, cấp trên và ngày")
    reference: str = Field(min_length=1, description="nơi đã đọc được, hoặc 'chưa đối chiếu văn bản …' (M)")
    note: str | None = None

    @model_validator(mode="after")
    def _coherent(self) -> Place:
        if self.kind in TOP_KINDS and self.in_ is not None:
            raise ValueError("tỉnh, thành phố trực thuộc trung ương không có 'in'")
        if self.kind not in TOP_KINDS and self.in_ is None:
            raise ValueError(f"đơn vị '{self.name}' cần 'in' (đơn vị cấp trên)")
        if self.grades and self.kind != "city":
            raise ValueError("'grades' chỉ dùng cho thành phố (kind: city)")
        if self.after is not None and self.to is None:
            raise ValueError("'after' cần ngày 'to'")
        return self


class RulebookFile(Spec):
    """One YAML file; any of the sections may be present."""

    version: str | None = None
    instruments: list[Instrument] = Field(default_factory=list)
    rates: list[RateTable] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    joins: list[Join] = Field(default_factory=list)
    budgets: list[Budget] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    fallbacks: list[Fallback] = Field(default_factory=list)
    payment: Payment | None = None
    transitions: list[Transition] = Field(default_factory=list)
    together: list[Together] = Field(default_factory=list)
    uncovered: list[Uncovered] = Field(default_factory=list)
    grades: list[Grade] = Field(default_factory=list)
    local_values: list[LocalValues] = Field(default_factory=list)
