"""Out.made: the vetter's fast constructor of decision records is model_construct with every field."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance.models import ClaimDecision, Finding, LineDecision

FINDING = dict(rule_id="r", outcome="fail", reason="over_ceiling", message="m", actual=2, limit=1.5, citations=[],
               basis=None)


def test_made_is_model_construct_with_every_field():
    line = dict(line_id="1", category="per_diem", incurred_on=dt.date(2025, 1, 2), decision="flag",
                flag_kind="violation", claimed_amount=3, eligible_amount=1, findings=[Finding.made(**FINDING)])
    for cls, values in ((Finding, FINDING), (LineDecision, line)):
        made, constructed = cls.made(**values), cls.model_construct(**values)
        assert made == constructed
        assert made.model_dump_json() == constructed.model_dump_json()
        assert made.model_fields_set == constructed.model_fields_set


def test_fields_given_out_of_order_are_written_in_declared_order():
    shuffled = dict(reversed(list(FINDING.items())))
    assert Finding.made(**shuffled).model_dump_json() == Finding.model_construct(**FINDING).model_dump_json()
    assert Finding.made(**shuffled).model_dump_json().startswith('{"rule_id":"r","outcome":"fail"')


@pytest.mark.parametrize("change", ["missing", "unknown"])
def test_a_missing_or_unknown_field_is_an_error(change):
    values = {k: v for k, v in FINDING.items() if k != "basis"} if change == "missing" else {**FINDING, "extra": 1}
    with pytest.raises(TypeError, match="basis" if change == "missing" else "extra"):
        Finding.made(**values)
    with pytest.raises(TypeError):
        ClaimDecision.made(claim_id="x")
