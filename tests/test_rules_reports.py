"""`compliance rules coverage | verify | diff`: what rule writers and auditors read about the rulebook."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from compliance.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _json(*args: str) -> tuple[int, dict]:
    result = runner.invoke(app, [*args, "--format", "json"])
    return result.exit_code, json.loads(result.stdout)


def test_coverage_is_complete_for_the_shipped_rulebook():
    code, report = _json("rules", "coverage")
    assert code == 0 and report["complete"] and not report["gaps"]
    clauses = {(c["instrument"], c["article"], c["clause"]): c["rules"] for c in report["clauses"]}
    assert all(clauses[("46/2022/TT-BTC", a, k)] for a, k in [(23, 1), (23, 2), (23, 3), (24, 1), (24, 2), (24, 3), (24, 4)])
    per_rule = {r["rule_id"]: r for r in report["rules"]}
    assert per_rule["tt40.d6.k1"]["approve_scenarios"] >= 1 and per_rule["tt40.d6.k1"]["flag_scenarios"] >= 1
    assert any("phu_cap_luu_tru.feature" in s for s in per_rule["tt40.d6.k1"]["scenarios"])


def test_coverage_fails_for_a_rule_without_scenarios(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    # a copy of the first rule of the file (tt40.d6.k1) under a new id
    first = (rules / "tt40-2017/phu-cap-luu-tru.yaml").read_text(encoding="utf-8").split("\nrules:")[1].split("\n  - id: ")[1]
    (rules / "tt40-2017/them.yaml").write_text("rules:\n  - id: " + first.replace("tt40.d6.k1", "tt40.d6.k1.moi", 1),
                                               encoding="utf-8")
    result = runner.invoke(app, ["rules", "coverage", "--rules", str(rules)])
    assert result.exit_code == 1
    assert "tt40.d6.k1.moi thiếu kịch bản duyệt" in result.stderr


def test_verify_lists_unverified_figures_with_their_sources():
    code, report = _json("rules", "verify")
    assert code == 0
    water_or_meal = [f for f in report["figures"] if f["verification"] == "M"]
    assert water_or_meal and all(f["source"] for f in water_or_meal)
    assert all(f["verification"] in ("S", "M") for f in report["figures"])
    assert any(b["id"] == "tt46.tiep_khach" and b["verification"] == "M" for b in report["bases"])


def test_verify_stale_after_lists_figures_not_checked_recently():
    _, fresh = _json("rules", "verify")
    _, stale = _json("rules", "verify", "--stale-after", "-1")
    assert fresh["figures"] and not any(f["stale"] for f in fresh["figures"])
    assert len(stale["figures"]) >= len(fresh["figures"])  # every S/M figure, and any V one checked too long ago
    assert all(f["stale"] for f in stale["figures"])


def test_diff_across_the_succession_of_circular_46_by_55():
    code, report = _json("rules", "diff", "--from", "2023-08-14", "--to", "2023-08-15")
    assert code == 0
    replaced = {r["from"]: r for r in report["replaced"]}
    assert replaced["tt46.d23.k1"]["to"] == "tt55.d78.k1"
    # The review clause moves from cl. 2 of Art. 24 to cl. 3 of Art. 79: not one to one.
    assert replaced["tt46.d24.k2"]["to"] == "tt55.d79.k3"
    assert replaced["tt46.d24.k2"]["citations_to"] == ["khoản 3 Điều 79 Thông tư 55/2023/TT-BTC"]


def test_diff_shows_the_per_diem_raised_by_circular_12_2025():
    _, report = _json("rules", "diff", "--from", "2025-05-03", "--to", "2025-05-04")
    per_diem = [r for r in report["rates"] if r["rate"] == "tt40.per_diem" and not r["when"]] or [
        r for r in report["rates"] if r["rate"] == "tt40.per_diem"]
    assert per_diem and per_diem[0]["before"] == 200000 and per_diem[0]["after"] == 300000
    assert "12/2025/TT-BTC" in per_diem[0]["source_after"]


def test_diff_between_two_days_of_the_same_law_is_empty():
    _, report = _json("rules", "diff", "--from", "2022-11-01", "--to", "2022-11-30")
    assert not any(report[k] for k in ("replaced", "added", "removed", "rates"))
