"""Constants shared by the store tests (imported by name: tests/ is not a package)."""

from __future__ import annotations

import os
from pathlib import Path

import compliance

ROOT = Path(compliance.__file__).resolve().parents[1]  # the project whose package is under test
SAMPLE = ROOT / "examples/quang-nam-2022/claims.json"
PG_URL = os.environ.get("COMPLIANCE_TEST_PG_URL")
PG_OWNER_URL = os.environ.get("COMPLIANCE_TEST_PG_OWNER_URL")  # the tables' owner (bash .ci/postgres.sh owner)
PASSWORD = "mật-khẩu-thử"


def in_schema(url: str, schema: str) -> str:
    """A PostgreSQL URL whose connections work in `schema` (each test has its own)."""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
