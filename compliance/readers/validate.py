"""Raw claim dicts → Claim models, collecting every problem before failing."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError

from ..models import Claim
from .errors import InputError, Problem, problems_from

RowOf = Callable[[int, tuple], int | None]  # (claim index, error location) -> row number


def validate_claims(file: str, raw: list, row_of: RowOf | None = None) -> list[Claim]:
    claims: list[Claim] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(raw):
        claim_id = item.get("claim_id") if isinstance(item, dict) else None
        claim_id = claim_id if isinstance(claim_id, str) and claim_id else f"#{index + 1}"
        if not isinstance(item, dict):
            problems.append(Problem("mỗi hồ sơ phải là một đối tượng JSON", claim_id))
            continue
        try:
            claim = Claim.model_validate(item)
        except ValidationError as exc:
            problems += problems_from(exc, claim_id, (lambda loc, i=index: row_of(i, loc)) if row_of else None)
            continue
        if claim.claim_id in seen:
            problems.append(Problem(f"mã hồ sơ bị trùng với hồ sơ thứ {seen[claim.claim_id] + 1} trong lô",
                                    claim.claim_id, row_of(index, ()) if row_of else None, "claim_id (mã hồ sơ)"))
            continue
        seen[claim.claim_id] = index
        claims.append(claim)
    if not raw:
        problems.append(Problem("không có hồ sơ nào"))
    if problems:
        raise InputError(file, problems)
    return claims
