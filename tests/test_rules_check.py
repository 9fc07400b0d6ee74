"""`compliance rules check` (the static proof), and the meaning the rulebook carries as data: the fallback
findings, the payment effect of a failure, the clauses `rules coverage` checks, the transition written once."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from compliance.cli import app
from compliance.models import Claim
from compliance.rulebook import RulebookError, load
from compliance.rulebook import conditions as c
from compliance.vetting.vetter import Vetter

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


_coverage: dict[tuple[str, str], list[str]] = {}


@pytest.fixture(autouse=True)
def coverage_once_per_content(monkeypatch):
    """The coverage proof (seconds) computed once per rulebook content: `_released` runs the check on the content
    the test then checks again. Keyed by the book's digest (the bytes of every file) and its folder's name (in the
    messages): the problems of another content are computed afresh."""
    from compliance.rulebook import check

    proof = check.CHECKS[0]
    assert proof is check.coverage_problems

    def once(book):
        key = (book.digest, book.root.name if book.root else "")
        if key not in _coverage:
            _coverage[key] = proof(book)
        return list(_coverage[key])

    monkeypatch.setattr(check, "CHECKS", [once, *check.CHECKS[1:]])


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _check(*args: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["rules", "check", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout)


def _released(rules: Path) -> None:
    """As an author does after an edit: bump the version, record it."""
    text = (rules / "rulebook.yaml").read_text(encoding="utf-8")
    (rules / "rulebook.yaml").write_text(re.sub(r'version: "([^"]+)"', r'version: "\1.x"', text), encoding="utf-8")
    assert runner.invoke(app, ["rules", "check", "--release", "--rules", str(rules)]).exit_code in (0, 1)


def test_the_shipped_rulebook_passes_the_check():
    result = runner.invoke(app, ["rules", "check"])
    assert result.exit_code == 0, result.output
    assert "đạt" in result.stdout and "12/09/2022" in result.stdout
    code, report = _check()
    assert code == 0 and report["ok"] and report["problems"] == []


def test_a_gap_is_found_when_a_stated_case_is_no_longer_stated(rules):
    _edit(rules / "chung/phu-song.yaml", "  - categories: [travel]\n    applies: {activity.attributes.abroad: true}\n",
          "  - categories: [travel]\n    applies: {activity.attributes.abroad: true, activity.kind: training}\n")
    _released(rules)
    code, report = _check("--rules", str(rules))
    assert code == 1 and len(report["problems"]) == 1
    problem = report["problems"][0]
    assert problem.startswith("khoảng trống") and "«tiền tàu xe, đi lại»" in problem
    assert "activity.attributes.abroad có" in problem and "«đào tạo, tập huấn, bồi dưỡng»" not in problem
    assert "uncovered" in problem  # what to do


def test_an_overlap_names_both_rules_with_file_and_line(rules):
    _edit(rules / "chung/phu-song.yaml", "  - rules: [tt46.d4.k1.thu_lao.hop_dong, tt46.d4.k1.thu_lao.muc]\n",
          "  - rules: [tt46.d4.k1.thu_lao.hop_dong, tt46.d4.chuyen_gia]\n")
    _released(rules)
    code, report = _check("--rules", str(rules))
    assert code == 1
    [problem] = report["problems"]
    assert problem.startswith("chồng chéo") and "từ 12/09/2022 đến 14/08/2023" in problem
    assert re.search(r"tt46\.d4\.k1\.thu_lao\.hop_dong \(rules/tt46-2022/dao-tao\.yaml:\d+\)", problem)
    assert re.search(r"tt46\.d4\.k1\.thu_lao\.muc \(rules/tt46-2022/dao-tao\.yaml:\d+\)", problem)


def test_two_dated_rules_that_overlap_by_a_day_are_found(rules):
    _edit(rules / "tt55-2023/chung-tu.yaml", "valid: {from: 2026-01-26, to: 2026-12-31}",
          "valid: {from: 2026-01-25, to: 2026-12-31}")
    _released(rules)
    code, report = _check("--rules", str(rules))
    assert code == 1
    [problem] = report["problems"]
    assert "tt55.d4.k4.phan_mem " in problem and "tt55.d4.k4.phan_mem.nd45 " in problem
    assert "từ 25/01/2026 đến 25/01/2026" in problem


def test_a_changed_rulebook_with_the_same_version_fails_until_bumped_and_recorded(rules):
    _edit(rules / "tt40-2017/phu-cap-luu-tru.yaml", "title: Phụ cấp lưu trú", "title: Phụ cấp lưu trú (sửa)")
    code, report = _check("--rules", str(rules))
    assert code == 1 and len(report["problems"]) == 1
    assert "đã đổi" in report["problems"][0] and "tăng `version`" in report["problems"][0]
    _released(rules)
    code, report = _check("--rules", str(rules))
    assert code == 0, report["problems"]
    assert (rules / "phien-ban.txt").read_text(encoding="utf-8").splitlines()[-1] == (
        f"{report['rulebook']['version']} {report['rulebook']['digest']}")


def test_a_new_version_not_recorded_is_named_with_the_line_to_write(rules):
    _edit(rules / "rulebook.yaml", 'version: "', 'version: "9')
    result = runner.invoke(app, ["rules", "check", "--rules", str(rules)])
    assert result.exit_code == 1
    assert "chưa được ghi" in result.stderr and "--release" in result.stderr


def test_the_check_takes_a_list_of_check_functions():
    from compliance.rulebook.check import CHECKS, run

    book = load()
    assert run(book, [*CHECKS, lambda b: [f"bảng x: {len(b.rules)} quy định"]]) == [f"bảng x: {len(book.rules)} quy định"]


# ---- the meaning as data ---------------------------------------------------------------------------------------


def _claim(category: str, price: int, day: str = "2022-11-15", kind: str = "conference", **extra) -> Claim:
    return Claim.model_validate({
        "claim_id": "HS-1", "unit": {"code": "SLDTBXH", "level": "province"}, "fiscal_year": 2022,
        "subproject": "TDA1", "activity": {"kind": kind, "start_date": day}, **extra,
        "line_items": [{"line_id": "1", "category": category, "quantity": 10, "unit_price": price,
                        "amount": 10 * price}],
    })


def test_the_payment_effect_of_a_failure_is_rulebook_data(rules):
    over = _claim("per_diem", 250_000)  # per diem ceiling 200.000 đ/day (TT40 Art. 6.1)
    assert Vetter(load(), "reference").judge_claim(over).lines[0].eligible_amount == 2_000_000
    _edit(rules / "chung/thanh-toan.yaml", "    over_ceiling: up_to_limit\n", "    over_ceiling: nothing\n")
    assert Vetter(load(rules), "reference").judge_claim(over).lines[0].eligible_amount == 0


def test_a_line_of_no_content_gets_the_fallback_written_in_the_rulebook(rules):
    _edit(rules / "chung/phat-hien-chung.yaml", "Không có quy định nào xác định hoạt động «{activity}»",
          "Hoạt động «{activity}» không thuộc nội dung chi nào")
    book = load(rules)
    assert book.fallback("chung.noi_dung_chi").title == "Hoạt động phải thuộc một nội dung chi của Dự án 7 đang có hiệu lực"
    # an extended task after 31/12/2026: Circular 55/2023 no longer applies, Circular 60/2026 never did
    line = Vetter(book, "reference").judge_claim(_claim("per_diem", 100_000, day="2027-01-10",
                                                        attributes={"extended_task": True})).lines[0]
    found = next(f for f in line.findings if f.rule_id == "chung.noi_dung_chi")
    assert found.reason == "no_applicable_rule"
    assert found.message == ("Hoạt động «hội thảo, hội nghị, sơ kết, tổng kết» không thuộc nội dung chi nào thuộc nội "
                             "dung chi của Dự án 7 tại ngày 10/01/2027; cần thẩm định thủ công")


def test_a_category_no_rule_names_gets_the_message_written_in_the_rulebook(rules):
    _edit(rules / "chung/phat-hien-chung.yaml", "Chưa có quy định nào trong bộ quy tắc áp dụng cho khoản chi «{category}»",
          "Không quy định nào nói về «{category}»")
    text = (rules / "tt40-2017/khoan-theo-thang.yaml").read_text(encoding="utf-8")
    (rules / "tt40-2017/khoan-theo-thang.yaml").write_text(text.replace("category: monthly_allowance", "category: own_vehicle"),
                                                           encoding="utf-8")
    line = Vetter(load(rules), "reference").judge_claim(_claim("monthly_allowance", 100_000)).lines[0]
    found = next(f for f in line.findings if f.rule_id == "chung.loai_khoan_chi")
    assert found.reason == "no_applicable_rule"
    assert found.message.startswith("Không quy định nào nói về «khoán công tác phí theo tháng»")


def test_a_rulebook_without_the_fallback_entries_is_refused_at_load(rules):
    (rules / "chung/phat-hien-chung.yaml").unlink()
    with pytest.raises(RulebookError, match="chung.noi_dung_chi, chung.loai_khoan_chi, chung.thieu_thong_tin"):
        load(rules)


def test_a_fallback_lacking_a_message_the_vetting_writes_is_refused_at_load(rules):
    _edit(rules / "chung/phat-hien-chung.yaml", "      manual_review: >-", "      manual_reviw: >-")
    with pytest.raises(RulebookError, match=r"phat-hien-chung.yaml, dòng \d+: phát hiện chung chung.loai_khoan_chi "
                                            r"thiếu thông báo manual_review"):
        load(rules)


def test_the_clauses_coverage_checks_are_data_and_include_article_14_of_circular_60():
    result = runner.invoke(app, ["rules", "coverage", "--format", "json"])
    clauses = {(k["instrument"], k["article"], k["clause"]): k["rules"] for k in json.loads(result.stdout)["clauses"]}
    assert clauses[("60/2026/TT-BTC", 14, 1)] and clauses[("60/2026/TT-BTC", 14, 2)]
    assert len([k for k in clauses if k[0] == "55/2023/TT-BTC"]) == 7


def test_a_clause_without_a_rule_is_a_coverage_gap(rules):
    _edit(rules / "tt60-2026/van-ban.yaml", "      - {article: 14, clause: 2}\n",
          "      - {article: 14, clause: 2}\n      - {article: 14, clause: 3}\n")
    result = runner.invoke(app, ["rules", "coverage", "--format", "json", "--rules", str(rules)])
    assert result.exit_code == 1
    assert "khoản 3 Điều 14 60/2026/TT-BTC chưa có quy định nào" in json.loads(result.stdout)["gaps"]


def test_the_transition_is_written_once_and_applied_to_the_rules_it_changes():
    book = load()
    written = [rule for p in (ROOT / "rules").rglob("*.yaml")
               for rule in (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).get("rules", [])]
    assert len(written) == len(book.rules)
    assert not [r["id"] for r in written if "extended_task" in json.dumps(r.get("applies"), default=str)]
    old = c.parse(book.rule("tt55.d4.k6.chuyen_gia").applies, "line")
    new = c.parse(book.rule("tt60.d4.k7.chuyen_gia").applies, "line")
    fact = {"category": "expert_fee", "law_date": 20260601}
    assert not c.holds(old, {**fact, "claim__attributes__extended_task": False})
    assert c.holds(old, {**fact, "claim__attributes__extended_task": True})
    assert c.holds(old, {**fact, "law_date": 20260530, "claim__attributes__extended_task": False})
    assert c.holds(new, {**fact, "claim__attributes__extended_task": False})
    assert not c.holds(new, {**fact, "claim__attributes__extended_task": True})
    # not a rule of either instrument: untouched
    assert book.rule("tt40.d6.k1").applies == {"category": "per_diem", "attributes.at_sea": False,
                                               "activity.attributes.abroad": False}


def test_an_extended_task_is_vetted_under_circular_55_after_circular_60_starts():
    book = load()
    plain = Vetter(book, "reference").judge_claim(_claim("expert_fee", 1_000_000, day="2026-06-15", kind="training"))
    extended = Vetter(book, "reference").judge_claim(_claim("expert_fee", 1_000_000, day="2026-06-15", kind="training",
                                                            attributes={"extended_task": True}))
    assert "tt60.d4.k7.chuyen_gia" in {f.rule_id for f in plain.lines[0].findings}
    assert "tt55.d4.k6.chuyen_gia" in {f.rule_id for f in extended.lines[0].findings}
    assert "tt60.d4.k7.chuyen_gia" not in {f.rule_id for f in extended.lines[0].findings}


def test_a_transition_naming_an_unknown_instrument_is_refused_with_file_and_line(rules):
    _edit(rules / "tt60-2026/chuyen-tiep.yaml", "keeps: [55/2023/TT-BTC]", "keeps: [55/2032/TT-BTC]")
    with pytest.raises(RulebookError, match=r"rules/tt60-2026/chuyen-tiep\.yaml, dòng \d+: văn bản '55/2032/TT-BTC'"):
        load(rules)


def test_a_transition_on_a_field_that_may_be_blank_is_refused(rules):
    _edit(rules / "tt60-2026/chuyen-tiep.yaml", "when: {claim.attributes.extended_task: true}",
          "when: {activity.attributes.lead_unit: true}")
    load(rules)  # lead_unit is always known: accepted
    _edit(rules / "tt60-2026/chuyen-tiep.yaml", "when: {activity.attributes.lead_unit: true}",
          "when: {payee.salaried: true}")
    with pytest.raises(RulebookError, match="payee.salaried"):
        load(rules)


def test_together_naming_a_rule_that_is_not_a_coverage_rule_is_refused_at_load(rules):
    _edit(rules / "chung/phu-song.yaml", "  - rules: [tt46.d4.k1.thu_lao.hop_dong, tt46.d4.k1.thu_lao.muc]\n",
          "  - rules: [tt46.d4.k1.thu_lao.hop_dong, tt46.d4.k1.hoc_vien]\n")
    result = runner.invoke(app, ["rules", "check", "--rules", str(rules)])
    assert result.exit_code == 3
    assert re.search(r"rules/chung/phu-song\.yaml, dòng \d+: 'tt46\.d4\.k1\.hoc_vien' không phải một quy định coverage",
                     " ".join(result.stderr.split()))
