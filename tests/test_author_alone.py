"""Issue 12, "Done when": a rule author changes only files under rules/ and features/ of their own copy, and the
scenarios run against that copy (COMPLIANCE_RULES, COMPLIANCE_FEATURES) — no test or other data file changed.

Each test copies the rulebook and the features, makes the author's change, and runs the scenario suite
(tests/test_features.py) on the copy in a subprocess. Figures written here are HYPOTHETICAL, for the test only.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from compliance.rulebook import load
from compliance.rulebook.tables import table_problems

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copytree(ROOT / "features", tmp_path / "features")
    return tmp_path


def _bump(rules: Path) -> None:
    path = rules / "rulebook.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'version: "([^"]+)-(\d+)"', lambda m: f'version: "{m[1]}-{int(m[2]) + 1}"', text),
                    encoding="utf-8")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _scenarios(copy: Path, *folders: str) -> tuple[int, str]:
    """Run the scenarios of `folders` (under the copy's features/) against the copy's rules: (passed, output)."""
    book = load(copy / "rules")
    assert table_problems(book) == []
    passed = 0
    out = ""
    for folder in folders:
        env = {**os.environ, "COMPLIANCE_RULES": str(copy / "rules"), "COMPLIANCE_FEATURES": str(copy / "features" / folder)}
        run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist",
                              "-v", "tests/test_features.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        out += run.stdout + run.stderr
        assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
        passed += int(re.search(r"(\d+) passed", run.stdout)[1])
    return passed, out


def test_a_dated_national_rate_change(copy):
    rules = copy / "rules"
    path = rules / "tt40-2017/phu-cap-luu-tru.yaml"
    text = path.read_text(encoding="utf-8")
    old = """      - from: 2025-05-04
        amount: 300000
"""
    assert old in text
    path.write_text(text.replace(old, """      - from: 2025-05-04
        to: 2026-12-31
        amount: 300000
""", 1).replace("""
  - rate: tt40.per_diem_sea""", """      - from: 2027-01-01
        amount: 350000
        source: {instrument: 12/2025/TT-BTC, article: 1, clause: 3}
        verification: M
        checked_on: 2026-12-04
        reference: mức GIẢ ĐỊNH cho kiểm thử — chưa đối chiếu văn bản nào

  - rate: tt40.per_diem_sea""", 1), encoding="utf-8")
    _bump(rules)
    _write(copy / "features/tt40-2017/phu_cap_luu_tru_2027.feature", """# language: vi
Tính năng: Phụ cấp lưu trú từ 01/01/2027 (mức GIẢ ĐỊNH 350.000 đồng/người/ngày, chỉ để kiểm thử)

  @tt40.d6.k1
  Khung kịch bản: Mức mới áp dụng từ ngày 01/01/2027, mức cũ đến hết 31/12/2026
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 350.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | ngày       | kết quả | được thanh toán |
      | 31/12/2026 | gắn cờ  | 600.000         |
      | 01/01/2027 | duyệt   | 700.000         |
""")
    passed, out = _scenarios(copy, "tt40-2017")
    assert len(re.findall(r"test_mức_mới_áp_dụng_từ_ngày_01012027.*PASSED", out)) == 2, out[-3000:]


EXAMPLE = ROOT / "docs/vi-du/dia-phuong/quang-nam"  # the worked example (hypothetical figures), used as the author's files


def test_a_province_overlay_table(copy):
    rules = copy / "rules"
    national = {p.relative_to(rules): p.read_bytes() for p in rules.rglob("*.yaml")}
    shutil.copytree(EXAMPLE / "rules", rules, dirs_exist_ok=True)
    _bump(rules)
    shutil.copytree(EXAMPLE / "features", copy / "features", dirs_exist_ok=True)
    changed = {p for p in national if (rules / p).read_bytes() != national[p]}
    assert {str(p) for p in changed} == {"rulebook.yaml"}  # the national rulebook is untouched but for its version
    passed, out = _scenarios(copy, "dia-phuong")
    assert passed == 7 and re.search(r"của_đà_nẵng_mã_48 PASSED", out) and re.search(r"\[trưởng phòng và tương đương-[^]]*\] PASSED", out)
    _scenarios(copy, "tt55-2023")  # other authors' lecturer-fee scenarios still pass with the overlay present
    book = load(rules, overlays=False)
    assert book.rates["local.lecturer_fee"].values == []  # the national book does not see the province's table


def test_a_new_scenario_for_an_existing_rule(copy):
    _write(copy / "features/tt40-2017/phu_cap_them.feature", """# language: vi
Tính năng: Một kịch bản thêm cho quy định phụ cấp lưu trú (tác giả mới)

  @tt40.d6.k1
  Kịch bản: Phụ cấp lưu trú đúng mức tối đa năm 2024 được duyệt
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 10/06/2024
    Và khoản chi "phụ cấp lưu trú" 3 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và số tiền được thanh toán là 600.000 đồng
""")
    passed, out = _scenarios(copy, "tt40-2017")
    assert re.search(r"test_phụ_cấp_lưu_trú_đúng_mức_tối_đa_năm_2024_được_duyệt PASSED", out), out[-3000:]
