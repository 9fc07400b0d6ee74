"""Readers: JSON, CSV and XLSX files → validated claims. Errors raise InputError."""

from __future__ import annotations

from pathlib import Path

from ..models import Claim
from .errors import InputError, Problem
from .json_reader import read_json


def read(path: Path | str) -> list[Claim]:
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), [Problem("không tìm thấy tệp")])
    suffix = path.suffix.lower()
    if suffix == ".json":
        return read_json(path)
    if suffix in (".csv", ".xlsx"):
        from .tabular import read_tabular

        return read_tabular(path)
    raise InputError(str(path), [Problem("định dạng không được hỗ trợ (dùng .json, .csv hoặc .xlsx)")])


def read_all(paths: list[Path | str]) -> list[Claim]:
    """Several files form one batch; claim ids must be unique across them."""
    claims: list[Claim] = []
    seen: dict[str, str] = {}
    for path in paths:
        for claim in read(path):
            if claim.claim_id in seen:
                raise InputError(str(path), [Problem(f"mã hồ sơ đã có trong tệp {seen[claim.claim_id]}",
                                                     claim.claim_id, field="claim_id (mã hồ sơ)")])
            seen[claim.claim_id] = str(path)
            claims.append(claim)
    return claims


__all__ = ["InputError", "read", "read_all"]
