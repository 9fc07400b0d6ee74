"""The public contract (docs/claim-format.md): claims in, decision records out.

Models are strict: unknown keys are rejected (except under `attributes`), money is a
whole, non-negative VND integer, dates are ISO `YYYY-MM-DD`. Enumerations are Literal
types so that they can be extended without renaming.
"""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Container, Iterable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator


def _iso_date(value: Any) -> Any:
    """Accept `YYYY-MM-DD` strings and date(time) objects (from Excel); reject the rest."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("date_format") from None
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
Money = Annotated[int, Field(ge=0, le=10**15)]
Quantity = Annotated[int | float, Field(ge=0, le=10**9)]
Text = Annotated[str, Field(min_length=1, max_length=500)]

Level = Literal["province", "district", "commune"]
Subproject = Literal["TDA1", "TDA2"]
ActivityKind = Literal[
    "training", "materials", "study_tour", "conference", "handbook",
    "results_framework", "household_review", "evaluation_survey", "database_software", "inspection",
]
VenueKind = Literal[
    "central_city_urban", "central_city_other", "provincial_city", "provincial_town", "district", "commune",
]
Category = Literal[
    "lecturer_fee", "trainee_meal", "delegate_meal", "drinking_water", "per_diem", "lodging", "travel",
    "venue_rental", "materials_writing", "materials_editing", "materials_review", "printing",
    "respondent_payment", "enumerator_pay", "expert_fee", "software", "hospitality", "other",
    # additions (never renamed): survey work under Circular 109/2016, translation, flat travel allowances
    "survey_design", "result_analysis", "data_processing", "translation", "interpretation",
    "own_vehicle", "monthly_allowance",
]
DocumentKind = Literal[
    "invoice", "contract", "acceptance_minutes", "attendance_list", "approval_decision",
    "payment_voucher", "invitation", "other",
    # additions (never renamed): the papers offices file with a claim
    "ticket", "boarding_pass", "travel_order", "assignment_decision", "receipt_list", "timesheet",
    "lead_unit_notice",
]
Decision = Literal["approve", "flag"]
Outcome = Literal["pass", "fail"]
Reason = Literal[
    "over_ceiling", "ineligible", "wrong_subproject", "outside_period", "over_duration", "over_budget",
    "arithmetic_mismatch", "missing_document", "duplicate", "no_applicable_rule",
    # additions (never renamed): a flag that asks for a fact the claim left blank, and one that
    # sends the line to a person because the law leaves the figure to something the rulebook does not hold
    "missing_information", "manual_review",
    # addition (never renamed): the economic-content code (Mã NDKT) of a payment order does not fit the cost
    "wrong_budget_code",
]
# The three kinds of flag, never mixed: a violation of the law, a blank to fill in, a case for a person.
FlagKind = Literal["violation", "missing_information", "manual_review"]
FLAG_KINDS: tuple[FlagKind, ...] = typing.get_args(FlagKind)  # strongest first
FLAG_KIND: dict[str | None, FlagKind] = {  # a failed finding's reason -> its kind of flag (others: violation)
    "missing_information": "missing_information",
    "manual_review": "manual_review",
    "no_applicable_rule": "manual_review",  # no rule covers the cost at all: a person must vet it
}


def strongest(kinds: Container[str | None]) -> FlagKind | None:
    """Of several kinds of flag, the one that stands for them all: a violation outweighs a blank
    to fill in, which outweighs a case for manual review (None: no flag)."""
    return next((k for k in FLAG_KINDS if k in kinds), None)


def flag_kind(reasons: Iterable[str | None]) -> FlagKind | None:
    """The kind of a flag from the reasons of its failed findings."""
    return strongest({FLAG_KIND.get(r, "violation") for r in reasons})
Verification = Literal["official_text", "secondary", "unverified"]

class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Open(BaseModel):
    """`attributes`: the keys the rules read are typed here; any other key is kept as given."""

    model_config = ConfigDict(extra="allow", strict=True, frozen=True)


class ClaimAttributes(Open):
    extended_task: bool = Field(False, description="Nhiệm vụ giai đoạn 2021-2025 được kéo dài đến 31/12/2026 "
                                                   "(Điều 21 khoản 1 Thông tư 60/2026): vẫn áp dụng Thông tư 55/2023")
    declared_total: Money | None = Field(None, description="Số tiền ở dòng «Tổng cộng» của giấy rút dự toán, giấy đề "
                                                          "nghị thanh toán tạm ứng (C2-02a/NS, C2-03/NS)")
    payee_list_total: Money | None = Field(None, description="Tổng cộng của danh sách chi trả cho đối tượng thụ hưởng "
                                                            "(mẫu số 20) kèm theo giấy rút dự toán")


class ActivityAttributes(Open):
    abroad: bool = Field(False, description="Học tập, trao đổi kinh nghiệm ở nước ngoài")
    meeting_type: Literal["training", "review", "thematic", "professional", "briefing", "workshop"] | None = Field(
        None, description="Loại cuộc họp theo Quyết định 45/2018: tập huấn/triển khai, sơ kết/tổng kết, "
                          "chuyên đề, chuyên môn, giao ban/giải quyết công việc; hoặc hội thảo, hoạt động "
                          "nghiên cứu khoa học (khoản 9 Điều 4 Thông tư 55/2023, khoản 10 Điều 4 Thông tư 60/2026)")
    training_form: Literal["course", "meeting"] | None = Field(
        None, description="Đào tạo, tập huấn: lớp đào tạo, bồi dưỡng, tập huấn (khoản 1 Điều 4 Thông tư 55/2023, "
                          "Thông tư 36/2018) hay hội nghị tập huấn, triển khai (Quyết định 45/2018, Thông tư 40/2017)")
    joint_mission: bool = Field(False, description="Đoàn kiểm tra, giám sát liên ngành")
    lead_unit: bool = Field(True, description="Đơn vị là đơn vị chủ trì: của đoàn liên ngành (chi trả cho mọi thành viên) "
                                              "hoặc của lớp đào tạo, tập huấn (false: đơn vị cử học viên)")
    survey_level: Literal["central", "provincial", "local"] | None = Field(
        None, description="Cấp chủ trì cuộc điều tra (mức chi tổng hợp, phân tích kết quả): trung ương, cấp tỉnh, "
                          "cấp huyện, xã; để trống thì suy ra từ cấp đơn vị")


class LineAttributes(Open):
    respondent: Literal["individual", "organisation", "state_body"] | None = Field(
        None, description="Đối tượng cung cấp thông tin: cá nhân, tổ chức, cơ quan nhà nước (50% mức tổ chức)")
    indicators: Annotated[int, Field(ge=0, le=10_000)] | None = Field(None, description="Số chỉ tiêu của phiếu")
    mode: Literal["flat", "invoice"] | None = Field(None, description="Tiền phòng: khoán hoặc theo hóa đơn")
    location_class: Literal["city_grade_1", "town", "other"] | None = Field(
        None, description="Nơi đến công tác: city_grade_1 = quận, thành phố thuộc TP trực thuộc TW và TP loại I "
                          "thuộc tỉnh; town = huyện, thị xã thuộc TP trực thuộc TW, thị xã, TP thuộc tỉnh khác; other = còn lại")
    leader_group: Literal["minister", "deputy_minister", "other"] | None = Field(
        None, description="Nhóm chức danh: Bộ trưởng và tương đương; Thứ trưởng và lãnh đạo hệ số phụ cấp 1,25-1,3; khác")
    at_sea: bool = Field(False, description="Công tác trên biển, đảo")
    enumerator_kind: Literal["outsourced", "guide", "commune_officer", "own_staff", "own_staff_overtime"] | None = Field(
        None, description="Điều tra viên thuê ngoài (kể cả người dẫn đường kiêm phiên dịch), người dẫn đường, "
                          "công chức xã, công chức của đơn vị trong giờ / ngoài giờ")
    expert_level: Annotated[int, Field(ge=1, le=4)] | None = Field(None, description="Bậc chuyên gia tư vấn (1-4)")
    language_group: Literal["un", "other"] | None = Field(None, description="Ngôn ngữ: một trong 6 ngôn ngữ LHQ / khác")
    translation_direction: Literal["to_vietnamese", "from_vietnamese"] | None = Field(None, description="Chiều dịch viết")
    interpretation_mode: Literal["ordinary", "simultaneous"] | None = Field(
        None, description="Phiên dịch thường (nối tiếp) / đuổi, cabin")
    in_house: bool = Field(False, description="Do cán bộ của đơn vị thực hiện (tối đa 50% mức thuê ngoài)")
    ethnic_language: bool = Field(False, description="Tài liệu bằng tiếng dân tộc thiểu số (+30%)")
    collective_meal: bool = Field(False, description="Tổ chức ăn tập trung, chi bù phần chênh lệch (tối đa 130%)")
    distance_km: Annotated[int, Field(ge=0, le=10_000)] | None = Field(None, description="Quãng đường (km)")
    difficult_commune: bool = Field(False, description="Đến xã khó khăn, đặc biệt khó khăn")
    other_programme: bool = Field(False, description="Khoản chi đã hoặc sẽ quyết toán từ chương trình, dự án khác")
    hospitality_kind: Literal["meal", "refreshment"] | None = Field(
        None, description="Tiếp khách: mời cơm (theo suất) hay giải khát (theo buổi)")
    # The budget codes of a treasury payment order's row (C2-02a/NS columns (6)-(8)).
    ndkt: Annotated[int, Field(ge=1000, le=9999)] | None = Field(
        None, description="Mã nội dung kinh tế (Mã NDKT: tiểu mục của Mục lục ngân sách nhà nước) của khoản chi")
    nganh_kt: Text | None = Field(None, description="Mã ngành kinh tế (loại, khoản) ghi trên giấy rút dự toán")
    nguon_nsnn: Text | None = Field(None, description="Mã nguồn ngân sách nhà nước ghi trên giấy rút dự toán")


class Unit(Strict):
    code: Text
    name: Text | None = None
    level: Level
    # Chooses a province's own tables and rules (rules/dia-phuong/<mã tỉnh>/); blank is asked only when one of
    # them would apply.
    province: Text | None = Field(None, description="Mã tỉnh, thành phố trực thuộc trung ương nơi đơn vị đóng "
                                                     "(mã đơn vị hành chính cấp tỉnh, ví dụ 48)")


class Venue(Strict):
    name: Text | None = None
    kind: VenueKind | None = None


class Activity(Strict):
    kind: ActivityKind
    title: Text | None = None
    start_date: IsoDate
    end_date: IsoDate | None = None
    organiser_level: Level | None = None
    venue: Venue | None = None
    participants: Annotated[int, Field(ge=0, le=10**6)] | None = None
    attributes: ActivityAttributes = ActivityAttributes()

    @model_validator(mode="after")
    def _dates_in_order(self) -> Activity:
        if self.end_date is not None and self.end_date < self.start_date:
            raise ValueError("end_before_start")
        return self


class Payee(Strict):
    name: Text | None = None
    salaried: bool | None = None
    grade: Text | None = None


class Document(Strict):
    kind: DocumentKind
    number: Text | None = None
    date: IsoDate | None = None
    issuer: Text | None = None


class LineItem(Strict):
    line_id: Annotated[str, Field(min_length=1, max_length=64)]
    category: Category
    description: Text | None = None
    # Blank (a payment order's row says only the amount): unknown, never guessed — the rules that need
    # them ask for «Số lượng» / «Đơn giá» (missing information).
    quantity: Quantity | None = None
    unit: Text | None = None
    unit_price: Money | None = None
    amount: Money
    incurred_on: IsoDate | None = None
    payee: Payee | None = None
    attributes: LineAttributes = LineAttributes()
    documents: list[Document] = Field(default_factory=list)
    # False: the list names only some of the line's papers (a payment order's row names its invoice and
    # voucher, not the contract filed with it): a paper not named is then unknown, not absent, and a rule
    # that needs it asks (missing information) instead of finding it missing.
    documents_complete: bool = True


class Claim(Strict):
    claim_id: Annotated[str, Field(min_length=1, max_length=100)]
    unit: Unit
    fiscal_year: Annotated[int, Field(ge=2000, le=2100)]
    subproject: Subproject
    activity: Activity
    line_items: Annotated[list[LineItem], Field(min_length=1, max_length=10_000)]
    attributes: ClaimAttributes = ClaimAttributes()

    @model_validator(mode="after")
    def _unique_line_ids(self) -> Claim:
        seen: set[str] = set()
        for line in self.line_items:
            if line.line_id in seen:
                raise ValueError(f"duplicate_line_id:{line.line_id}")
            seen.add(line.line_id)
        return self

    def incurred_on(self, line: LineItem) -> dt.date:
        return line.incurred_on or self.activity.start_date


# ---- output -----------------------------------------------------------------------------


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Citation(Out):
    instrument: str
    article: int | None = None
    clause: int | None = None
    point: str | None = None
    section: str | None = Field(None, description="Mục của văn bản không chia điều (kế hoạch, quyết định phân bổ)")
    label: str
    text: str | None = Field(None, description="Nơi giữ nguyên văn điều khoản trong bộ quy tắc (phiên bản ghi ở "
                             "`rulebook`), ví dụ 'tt55-2023/dieu-78.md#khoan-1'; trống: bộ quy tắc chưa có văn bản gốc")


class Basis(Out):
    source: str
    verification: Verification
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    rate_id: str | None = None
    checked_on: dt.date | None = None


class Finding(Out):
    rule_id: str
    outcome: Outcome
    reason: Reason | None = None
    message: str
    actual: int | float | str | None = None
    limit: int | float | str | None = None
    citations: list[Citation]
    basis: Basis | None = None


class LineDecision(Out):
    line_id: str
    category: Category
    incurred_on: dt.date
    decision: Decision
    flag_kind: FlagKind | None = Field(None, description="Loại cờ: vi phạm, thiếu thông tin, cần thẩm định thủ công "
                                                         "(vi phạm lấn thiếu thông tin, thiếu thông tin lấn thẩm định thủ công)")
    claimed_amount: int
    eligible_amount: int
    findings: list[Finding]


class ClaimDecision(Out):
    claim_id: str
    unit_code: str
    subproject: Subproject
    activity_kind: ActivityKind
    decision: Decision
    flag_kind: FlagKind | None = Field(None, description="Loại cờ: vi phạm, thiếu thông tin, cần thẩm định thủ công "
                                                         "(vi phạm lấn thiếu thông tin, thiếu thông tin lấn thẩm định thủ công)")
    claimed_amount: int
    eligible_amount: int
    findings: list[Finding]
    lines: list[LineDecision]


class RulebookRef(Out):
    version: str
    digest: str


class DecisionDocument(Out):
    rulebook: RulebookRef
    law_as_of: dt.date | None = None
    claims: list[ClaimDecision]
