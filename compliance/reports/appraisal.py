"""How the office's papers judge one item (a line, or a claim's own checks): the failing finding that
classifies it, the clause it rests on, its classification and recommendation. One order for the check
table (xlsx) and the appraisal record (docx), so both say the same of every item.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ..models import Claim, Finding
from ..vocabulary import APPRAISAL_CLASS_VI, REASON_VI, RECOMMENDATION_VI

# The reason that classifies an item: the kinds of flag in their order (models.FLAG_KIND: a violation,
# then a blank to fill in, then a case for a person); among violations what refuses the whole item, then
# a code or sub-project to adjust, then what reduces it, then a paper to add.
REASON_ORDER = ("ineligible", "duplicate", "outside_period", "wrong_subproject", "wrong_budget_code", "over_budget",
                "over_duration", "over_ceiling", "arithmetic_mismatch", "missing_document",
                "missing_information", "manual_review", "no_applicable_rule")
ACCEPTED_CLASS_VI = "đạt"
ACCEPTED_ADVICE_VI = "chấp nhận thanh toán"
# The programme's own circulars and the accounting law: cited by nearly every item, so an accepted
# item's basis is another instrument's clause (the norm it was held to) when it has one.
PROGRAMME = ("46/2022/TT-BTC", "55/2023/TT-BTC", "60/2026/TT-BTC")


def failed(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.outcome == "fail"]


def _rank(reason: str | None) -> int:
    return REASON_ORDER.index(reason) if reason in REASON_ORDER else len(REASON_ORDER)


def strongest_failure(findings: Iterable[Finding]) -> Finding | None:
    """The failed finding whose reason classifies the item (REASON_ORDER), or None."""
    return min(failed(findings), default=None, key=lambda f: _rank(f.reason))


def _is_law(instrument: str) -> bool:
    return "/QH" in instrument


@functools.cache
def _roles() -> dict[str, str]:
    """rule id -> role (eligibility, coverage, check) in the rulebook at hand; empty if none can be read."""
    try:
        from ..rulebook import load

        return {rule.id: rule.role for rule in load(None).rules}
    except Exception:  # noqa: BLE001 - without roles the basis falls back to the instruments cited
        return {}


def basis_finding(findings: list[Finding]) -> Finding | None:
    """The finding whose clause the item rests on: the failed one that classifies it; else the rule
    that set the ceiling it was held to; else the rule written for the line's category (role
    `coverage`: the norm, not a check of its code or arithmetic); else a rule of another instrument than
    the programme's and the accounting law; else the programme's own rule."""
    failure = strongest_failure(findings)
    if failure is not None:
        return failure
    cited = [f for f in findings if f.citations]
    roles = _roles()
    for test in (lambda f: f.basis is not None and f.basis.rate_id,
                 lambda f: roles.get(f.rule_id) == "coverage",
                 lambda f: not any(c.instrument in PROGRAMME or _is_law(c.instrument) for c in f.citations),
                 lambda f: not _is_law(f.citations[0].instrument)):
        chosen = next((f for f in cited if test(f)), None)
        if chosen:
            return chosen
    return cited[0] if cited else None


def labels(finding: Finding | None) -> str:
    """The clauses a finding cites, as one text."""
    return "; ".join(dict.fromkeys(c.label for c in finding.citations)) if finding else ""


def appraisal(findings: list[Finding]) -> tuple[str, str, str]:
    """(căn cứ, phân loại, kiến nghị) of an item: the clause it rests on; the classification of its
    strongest failing reason; the recommendation of every failing reason, strongest first."""
    failures = sorted(failed(findings), key=lambda f: _rank(f.reason))
    if not failures:
        return labels(basis_finding(findings)), ACCEPTED_CLASS_VI, ACCEPTED_ADVICE_VI
    first = failures[0].reason or ""
    advice = dict.fromkeys(RECOMMENDATION_VI.get(f.reason or "", REASON_VI.get(f.reason or "", "")) for f in failures)
    return (labels(failures[0]), APPRAISAL_CLASS_VI.get(first, REASON_VI.get(first, first)),
            "; ".join(a for a in advice if a))


def submitted(claims: Iterable[Claim | dict] | None) -> dict[str, dict]:
    """claim id -> the claim as submitted (a model, or its contract JSON as the store keeps it)."""
    return {data["claim_id"]: data for data in (
        claim.model_dump(mode="json") if isinstance(claim, Claim) else dict(claim) for claim in claims or ())}


def contents(claims: Iterable[Claim | dict] | None) -> dict[tuple[str, str], str]:
    """(claim id, line id) -> the line's own content text, where the claim gives one."""
    return {(claim_id, line["line_id"]): line["description"] for claim_id, data in submitted(claims).items()
            for line in data.get("line_items", []) if line.get("description")}
