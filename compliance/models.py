"""The public contract (shared/spec/claim-format.md): claims in, decision records out.

Models are strict: unknown keys are rejected (except under `attributes`), money is a
whole, non-negative VND integer, dates are ISO `YYYY-MM-DD`. Enumerations are Literal
types so that they can be extended without renaming.
"""

from __future__ import annotations

import datetime as dt
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
]
DocumentKind = Literal[
    "invoice", "contract", "acceptance_minutes", "attendance_list", "approval_decision",
    "payment_voucher", "invitation", "other",
]
Decision = Literal["approve", "flag"]
Outcome = Literal["pass", "fail"]
Reason = Literal[
    "over_ceiling", "ineligible", "wrong_subproject", "outside_period", "over_duration", "over_budget",
    "arithmetic_mismatch", "missing_document", "duplicate", "no_applicable_rule",
]
Verification = Literal["official_text", "secondary", "unverified"]

# Scalar or nested JSON values are allowed under `attributes`.
Attributes = dict[str, Any]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Unit(Strict):
    code: Text
    name: Text | None = None
    level: Level


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
    attributes: Attributes = Field(default_factory=dict)

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
    quantity: Quantity
    unit: Text | None = None
    unit_price: Money
    amount: Money
    incurred_on: IsoDate | None = None
    payee: Payee | None = None
    attributes: Attributes = Field(default_factory=dict)
    documents: list[Document] = Field(default_factory=list)


class Claim(Strict):
    claim_id: Annotated[str, Field(min_length=1, max_length=100)]
    unit: Unit
    fiscal_year: Annotated[int, Field(ge=2000, le=2100)]
    subproject: Subproject
    activity: Activity
    line_items: Annotated[list[LineItem], Field(min_length=1, max_length=10_000)]
    attributes: Attributes = Field(default_factory=dict)

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
    claimed_amount: int
    eligible_amount: int
    findings: list[Finding]


class ClaimDecision(Out):
    claim_id: str
    unit_code: str
    subproject: Subproject
    activity_kind: ActivityKind
    decision: Decision
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
