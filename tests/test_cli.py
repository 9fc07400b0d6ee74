"""The command line as a user meets it: vetting, output formats, and bad input."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compliance.cli import app
from compliance.models import FLAG_KIND, DecisionDocument, flag_kind
from compliance.vocabulary import CATEGORY_VI, FLAG_KIND_VI, REASON_VI, money

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


# ---- the terminal table: kinds of flag, and any width -----------------------------------------

BORDER = re.compile(r"[│┃]")
REFERENCE = re.compile(r"(?:điểm|khoản|Điều|mục|Thông tư|Quyết định|Nghị định) [^\s;,]+")


@pytest.fixture(scope="module")
def sample_document() -> DecisionDocument:
    result = runner.invoke(app, ["vet", str(SAMPLE), "-f", "json"])
    assert result.exit_code == 0, result.output
    return DecisionDocument.model_validate_json(result.stdout)


def _table(doc: DecisionDocument, width: int, lang: str = "vi") -> str:
    result = runner.invoke(app, ["vet", str(SAMPLE), "--lang", lang], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.stdout


def _failed(doc: DecisionDocument):
    """(claim, line or None, finding) of every failed finding."""
    for claim in doc.claims:
        yield from ((claim, None, f) for f in claim.findings if f.outcome == "fail")
        yield from ((claim, line, f) for line in claim.lines for f in line.findings if f.outcome == "fail")


def _kind_totals(doc: DecisionDocument) -> dict[str, list[int]]:
    """Flagged items (flagged lines, and claims' own failed checks) and amount at risk, by kind of flag."""
    totals = {kind: [0, 0] for kind in FLAG_KIND_VI}
    for claim in doc.claims:
        own = [f.reason for f in claim.findings if f.outcome == "fail"]
        if own:
            beyond = claim.claimed_amount - claim.eligible_amount - sum(
                line.claimed_amount - line.eligible_amount for line in claim.lines)
            totals[flag_kind(own)][0] += 1
            totals[flag_kind(own)][1] += max(beyond, 0)
        for line in claim.lines:
            if line.decision == "flag":
                totals[line.flag_kind][0] += 1
                totals[line.flag_kind][1] += line.claimed_amount - line.eligible_amount
    return totals


def _phrases(doc: DecisionDocument, width: int) -> set[str]:
    """What the output must show whole: claim ids, amounts, reason and kind labels, the count, and each
    clause label as wide as the terminal (of a wider one, each reference in it: "điểm a", "Điều 12")."""
    approved = sum(c.decision == "approve" for c in doc.claims)
    found = {f"{len(doc.claims)} hồ sơ: {approved} duyệt, {len(doc.claims) - approved} gắn cờ",
             money(sum(c.claimed_amount for c in doc.claims)), money(sum(c.eligible_amount for c in doc.claims))}
    for claim in doc.claims:
        found |= {claim.claim_id, money(claim.claimed_amount), money(claim.eligible_amount)}
        if claim.flag_kind:
            found.add(FLAG_KIND_VI[claim.flag_kind])
    for _, line, f in _failed(doc):
        found.add(REASON_VI[f.reason])
        found |= {c.label if len(c.label) <= width else part for c in f.citations for part in REFERENCE.findall(c.label)}
        if line is not None:
            found.add(money(line.eligible_amount))
    return found


def _parted(output: str, phrases: set[str]) -> list[str]:
    """The phrases that run from the end of one line (or table cell) onto the next."""
    whole = re.compile(r"(?<![\w.])(?:%s)(?!\w)" % "|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))
    lines = output.splitlines()
    parted = []
    for above, below in zip(lines, lines[1:]):
        a, b = BORDER.split(above), BORDER.split(below)
        for x, y in zip(a, b) if len(a) == len(b) else [(above, below)]:
            x, y = x.rstrip(), y.strip()
            for joint in (" ", ""):
                joined = x + joint + y
                parted += [m[0] for m in whole.finditer(joined) if m.start() < len(x) < m.end() - len(joint)]
    return parted


def _claim_texts(output: str, doc: DecisionDocument) -> dict[str, str]:
    """Each claim's text in the claims part of the output: its table row (cells joined), or its block."""
    ids = {c.claim_id for c in doc.claims}
    texts: dict[str, list[str]] = {}
    current = None
    for line in output.splitlines():
        if line.startswith("│"):
            cells = [c.strip() for c in line.split("│")[1:-1]]
            current = cells[0] if cells[0] in ids else current
            texts.setdefault(current, []).append(" ".join(cells))
        elif "│" not in output:
            head = line.split(" · ")[0]
            if head in ids and current != head or not line.startswith(" ") and current in texts and head not in ids:
                current = head if head in ids else None
            if current:
                texts.setdefault(current, []).append(line)
        if line.startswith("└") or (current and line == ""):
            break
    return {k: " ".join(" ".join(v).split()) for k, v in texts.items() if k}


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_the_table_keeps_ids_amounts_and_labels_whole_at_any_width(sample_document, width):
    doc = sample_document
    output = _table(doc, width)
    phrases = _phrases(doc, width)
    assert "khoản 4 Điều 12 Thông tư 40/2017/TT-BTC" in phrases  # a clause label the flag list must keep whole
    assert [p for p in phrases if p not in output] == []
    assert _parted(output, phrases) == []
    # nothing cut short with an ellipsis: the only "…" are those of the messages and labels shown
    assert output.count("…") == sum(f.message.count("…") + sum(c.label.count("…") for c in f.citations)
                                    for _, _, f in _failed(doc))
    assert all(len(line) <= width for line in output.splitlines() if BORDER.search(line))
    # each claim shows its decision, amounts and the kind of its flag with its reasons
    texts = _claim_texts(output, doc)
    assert set(texts) == {c.claim_id for c in doc.claims}
    for claim in doc.claims:
        text = texts[claim.claim_id]
        assert money(claim.claimed_amount) in text and money(claim.eligible_amount) in text
        reasons = {f.reason for f in claim.findings + [f for l in claim.lines for f in l.findings] if f.outcome == "fail"}
        assert (FLAG_KIND_VI[claim.flag_kind] in text) if claim.flag_kind else ("duyệt" in text and not reasons)
        assert all(REASON_VI[r] in text for r in reasons)


def test_the_summary_counts_flags_by_kind(sample_document):
    doc = sample_document
    totals = _kind_totals(doc)
    assert sum(risk for _, risk in totals.values()) == sum(c.claimed_amount - c.eligible_amount for c in doc.claims)
    vi = " ".join(_table(doc, 200).split())
    assert "Gắn cờ: " + ", ".join(f"{n} {FLAG_KIND_VI[k]} ({money(risk)})" for k, (n, risk) in totals.items()) in vi
    names = {"violation": "violation", "missing_information": "missing information", "manual_review": "manual review"}
    en = " ".join(_table(doc, 200, "en").split())
    assert "Flagged: " + ", ".join(f"{names[k]} {n} ({money(risk)})" for k, (n, risk) in totals.items()) in en
    # the flag list names each failed finding's kind beside its reason
    for claim, line, f in _failed(doc):
        kind = FLAG_KIND.get(f.reason, "violation")
        label = FLAG_KIND_VI[kind] + ("" if f.reason == kind else f": {REASON_VI[f.reason]}")
        where = "cả hồ sơ" if line is None else f"khoản {line.line_id} ({CATEGORY_VI[line.category]})"
        assert f"{where} · {label} — " in vi


@pytest.mark.parametrize("width", [40, 60])
def test_error_messages_keep_their_phrases_whole(width, monkeypatch):
    from rich.console import Console

    import compliance.cli

    monkeypatch.setattr(compliance.cli, "err", Console(stderr=True, width=width))  # made once, at import
    name = "negative_amount.json"
    result = runner.invoke(app, ["vet", str(MALFORMED / name)])
    assert result.exit_code == 2
    assert "hồ sơ HS-1" in result.stderr and "trường 'line_items[1].amount (thành tiền)'" in result.stderr
    assert f"tệp {MALFORMED / name}" in result.stderr


# ---- --out: a new path or a regular file, never a device, a link, a folder or the batch itself ----


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_out_refuses_the_input_file_and_leaves_it_whole(tmp_path, fmt):
    batch = tmp_path / "claims.json"
    batch.write_bytes(SAMPLE.read_bytes())
    result = runner.invoke(app, ["vet", str(batch), "-f", fmt, "-o", str(batch)])
    assert result.exit_code == 2 and "chính là tệp đầu vào" in " ".join(result.output.split())
    assert batch.read_bytes() == SAMPLE.read_bytes()


def test_out_refuses_a_device_a_link_and_a_folder(tmp_path):
    target = tmp_path / "kept.txt"
    target.write_text("giữ nguyên")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    fifo = tmp_path / "pipe.json"  # a special file like a device, harmless if it were replaced
    os.mkfifo(fifo)
    for out, words in ((fifo, "không phải tệp thường"), (link, "liên kết"), (tmp_path, "không phải tệp thường")):
        result = runner.invoke(app, ["vet", str(SAMPLE), "-f", "json", "-o", str(out)])
        assert result.exit_code == 2 and words in " ".join(result.output.split()), (out, result.output)
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and link.is_symlink() and target.read_text() == "giữ nguyên"


def test_out_may_replace_a_regular_file(tmp_path):
    out = tmp_path / "old.json"
    out.write_text("cũ")
    result = runner.invoke(app, ["vet", str(SAMPLE), "-f", "json", "-o", str(out)])
    assert result.exit_code == 0 and json.loads(out.read_text(encoding="utf-8"))["claims"]
