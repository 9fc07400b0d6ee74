"""The command line as a user meets it: vetting, output formats, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compliance.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples/quang-nam-2022/claims.json"
MALFORMED = ROOT / "tests/data/malformed"
runner = CliRunner()
# Counts the sample must produce, from the hand-derived expectations (tests/data/sample_expected.json).
EXPECTED = json.loads((ROOT / "tests/data/sample_expected.json").read_text(encoding="utf-8"))
N = len(EXPECTED)
APPROVED = sum(claim["decision"] == "approve" for claim in EXPECTED.values())

# file -> a fragment the Vietnamese message must contain (the field or the problem)
BAD_INPUTS = {
    "bad_date.json": "activity.start_date (ngày bắt đầu)",
    "negative_amount.json": "không được âm",
    "fractional_amount.json": "line_items[1].unit_price (đơn giá)",
    "unknown_key.json": "không thuộc định dạng hồ sơ",
    "duplicate_line_id.json": "mã khoản chi bị trùng",
    "unknown_subproject.json": "subproject (tiểu dự án)",
    "empty_claim.json": "phải có ít nhất một mục",
    "amount_as_text.json": "line_items[1].amount (thành tiền)",
    "huge_amount.json": "line_items[1].amount",
    "date_out_of_range.json": "ngày",
    "end_before_start.json": "ngày kết thúc trước ngày bắt đầu",
    "unknown_category.json": "không thuộc danh mục cho phép",
    "truncated.json": "JSON không hợp lệ ở dòng 1",
    "empty_file.json": "JSON không hợp lệ",
    "empty_batch.json": "không có hồ sơ nào",
    "duplicate_claim_id.json": "mã hồ sơ bị trùng",
    "not_an_object.json": "tệp phải chứa một hồ sơ",
}


def test_vet_sample_table():
    result = runner.invoke(app, ["vet", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert "QN-SLDTBXH-2022-004" in result.output
    assert "khoản 4 Điều 12 Thông tư 40/2017/TT-BTC" in result.output
    assert f"{N} hồ sơ: {APPROVED} duyệt, {N - APPROVED} gắn cờ" in result.output


def test_vet_json_to_stdout_follows_the_contract():
    result = runner.invoke(app, ["vet", str(SAMPLE), "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert set(doc) >= {"rulebook", "claims"} and doc["rulebook"]["digest"].startswith("sha256:")
    line = doc["claims"][0]["lines"][0]
    assert set(line) >= {"line_id", "decision", "claimed_amount", "eligible_amount", "findings"}
    finding = line["findings"][0]
    assert set(finding) >= {"rule_id", "outcome", "reason", "message", "actual", "limit", "citations", "basis"}


def test_english_table():
    result = runner.invoke(app, ["vet", str(SAMPLE), "--lang", "en"])
    assert result.exit_code == 0 and f"{N} claims: {APPROVED} approved, {N - APPROVED} flagged" in result.output


def test_json_out_file(tmp_path):
    out = tmp_path / "ket-qua.json"
    result = runner.invoke(app, ["vet", str(SAMPLE), "-f", "json", "-o", str(out)])
    assert result.exit_code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["claims"]) == N


def test_reference_engine_gives_the_same_document():
    a = runner.invoke(app, ["vet", str(SAMPLE), "-f", "json"]).stdout
    b = runner.invoke(app, ["vet", str(SAMPLE), "-f", "json", "--engine", "reference"]).stdout
    assert a == b


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_exits_2_with_a_vietnamese_message_and_writes_nothing(name, tmp_path):
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["vet", str(MALFORMED / name), "-f", "json", "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    message = " ".join(result.stderr.split())
    assert f"tệp {MALFORMED / name}" in message and "không hợp lệ" in message
    assert BAD_INPUTS[name] in message
    assert not out.exists() and not list(tmp_path.iterdir())


def test_every_malformed_json_file_is_in_the_table():
    assert {p.name for p in MALFORMED.glob("*.json")} == set(BAD_INPUTS)


def test_claim_id_is_named_in_the_message():
    result = runner.invoke(app, ["vet", str(MALFORMED / "negative_amount.json")])
    assert "hồ sơ HS-1" in result.stderr


def test_missing_file():
    result = runner.invoke(app, ["vet", "khong-co.json"])
    assert result.exit_code == 2 and "không tìm thấy tệp" in result.stderr


def test_rules_list_and_show():
    listed = runner.invoke(app, ["rules", "list"])
    assert listed.exit_code == 0 and "tt40.d6.k1" in listed.output
    shown = runner.invoke(app, ["rules", "show", "tt40.d6.k1"])
    assert shown.exit_code == 0
    assert "khoản 1 Điều 6 Thông tư 40/2017/TT-BTC" in shown.output and "12/2025/TT-BTC" in shown.output
    assert runner.invoke(app, ["rules", "show", "khong.co"]).exit_code == 2


def test_schema_rejects_unknown_keys():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["additionalProperties"] is False and "line_items" in schema["required"]
    decisions = json.loads(runner.invoke(app, ["schema", "--kind", "decisions"]).stdout)
    assert "claims" in decisions["properties"]


def test_broken_rulebook_names_file_and_line(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "rulebook.yaml").write_text('version: "x"\nrules:\n  - id: a\n    title: t\n    level: nowhere\n', encoding="utf-8")
    result = runner.invoke(app, ["vet", str(SAMPLE), "--rules", str(rules)])
    assert result.exit_code == 3
    assert "rules/rulebook.yaml, dòng 3" in " ".join(result.stderr.split())


def test_console_script_runs_as_installed():
    """The real entry point, in a fresh interpreter: no traceback on bad input."""
    bad = subprocess.run([sys.executable, "-m", "compliance", "vet", str(MALFORMED / "truncated.json")],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    good = subprocess.run([sys.executable, "-m", "compliance", "vet", str(SAMPLE), "-f", "json"],
                          capture_output=True, text=True)
    assert good.returncode == 0 and json.loads(good.stdout)["claims"]
