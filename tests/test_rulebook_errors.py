"""Mỗi lỗi một người viết quy định hay mắc (issue 12, mục 7) bị từ chối khi nạp bộ quy tắc: thông báo tiếng Việt,
ngắn, nêu tệp, dòng và cách viết đúng; lệnh trả mã 3. Mỗi lỗi được thử trên một bản sao tạm của rules/ có thêm
một tệp của người viết (rules/thu/quy-dinh.yaml), qua dòng lệnh như người dùng gặp.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compliance.cli import app
from compliance.rulebook import RulebookError, load
from compliance.rulebook.fields import CHOICES, value_error

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

# English that pydantic, PyYAML or Gherkin would print: none of it may reach a rule writer.
ENGLISH = re.compile(r"Input should|Field required|Extra inputs|did not find|expected|mapping values|invalid character"
                     r"|Value error|found character|could not|not allowed|Traceback", re.IGNORECASE)

# A rule as a provincial official writes it; each test below makes one slip in it.
AUTHOR_FILE = """\
# Quy định thử của người viết (kiểm thử)
rules:
  - id: thu.giay_di_duong
    title: Phụ cấp lưu trú có giấy đi đường
    text: >-
      Phụ cấp lưu trú chỉ chi khi có giấy đi đường.
    level: line
    role: check
    valid: {from: 2027-03-01}
    applies:
      category: per_diem
    check:
      condition:
        documents.travel_order: true
    reason: missing_document
    citations: [{instrument: 40/2017/TT-BTC, article: 5, clause: 1}]
    verification: S
    messages:
      pass: Có giấy đi đường
      fail: Thiếu giấy đi đường
"""
AUTHOR = "rules/thu/quy-dinh.yaml"


def test_bo_quy_tac_cua_du_an_doc_duoc():
    """The one failure a broken rules/ gives under pytest (tests/conftest.py skips the tests that need it)."""
    try:
        load()
        problem = None
    except RulebookError as exc:
        problem = f"bộ quy tắc không hợp lệ — {exc}"
    if problem:
        pytest.fail(problem, pytrace=False)


@pytest.fixture(scope="module")
def rules_copy(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ban-sao") / "rules"
    shutil.copytree(ROOT / "rules", root)
    (root / "thu").mkdir()
    return root


def _refused(rules: Path, text: str) -> str:
    """Write the author's file, run `compliance rules list` on the copy: exit 3 and the message (one line)."""
    (rules / "thu" / "quy-dinh.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["rules", "list", "--rules", str(rules)])
    message = " ".join(result.stderr.split())
    assert result.exit_code == 3, message or result.stdout
    assert not ENGLISH.search(message), message
    assert message.startswith("Lỗi: bộ quy tắc không hợp lệ — ")
    return message


def _slip(old: str, new: str) -> str:
    assert old in AUTHOR_FILE
    return AUTHOR_FILE.replace(old, new, 1)


def test_tep_cua_nguoi_viet_khong_loi_thi_nap_duoc(rules_copy):
    (rules_copy / "thu" / "quy-dinh.yaml").write_text(AUTHOR_FILE, encoding="utf-8")
    result = runner.invoke(app, ["rules", "list", "--rules", str(rules_copy)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert "thu.giay_di_duong" in result.stdout


@pytest.mark.parametrize("old, new, where, said", [
    # an indentation slip: one field a space short of its neighbours
    ("    level: line", "   level: line", "dòng 7", "thụt lề không khớp: các trường cùng cấp phải bắt đầu ở cùng một cột"),
    # a tab for indentation
    ("    role: check", "\trole: check", "dòng 8", "có ký tự tab: thụt lề bằng dấu cách"),
    # a colon inside a title
    ("title: Phụ cấp", "title: Điều 5: Phụ cấp", "dòng 4", "dấu ':' không đặt được ở đây"),
    # no space after the colon
    ("    reason: missing_document", "    reason:missing_document", "dòng 15", "thiếu dấu ':' và một dấu cách"),
    # a quote left open
    ("pass: Có giấy đi đường", 'pass: "Có giấy đi đường', "dòng 19", "dấu ngoặc kép mở ở dòng này chưa được đóng"),
])
def test_loi_yaml(rules_copy, old, new, where, said):
    message = _refused(rules_copy, _slip(old, new))
    assert f"{AUTHOR}, {where}: {said}" in message


def test_ngay_viet_kieu_viet_nam(rules_copy):
    message = _refused(rules_copy, _slip("valid: {from: 2027-03-01}", "valid: {from: 01/03/2027}"))
    assert f"{AUTHOR}, dòng 9: '01/03/2027' không phải ngày hợp lệ cho 'from'; viết ngày dạng 2027-03-01" in message


def test_ngay_khong_co_trong_lich(rules_copy):
    message = _refused(rules_copy, _slip("valid: {from: 2027-03-01}", "valid: {from: 2027-02-30}"))
    assert f"{AUTHOR}, dòng 9: ngày '2027-02-30' không có trong lịch" in message


def test_thieu_truong(rules_copy):
    message = _refused(rules_copy, _slip("    verification: S\n", ""))
    assert f"{AUTHOR}, dòng 3: thiếu trường 'verification'" in message


def test_truong_viet_sai_ten_goi_y_ten_gan_nhat(rules_copy):
    message = _refused(rules_copy, _slip("    reason: missing_document", "    reasn: missing_document"))
    assert (f"{AUTHOR}, dòng 15: trường 'reasn' không có trong quy định (rules); có phải 'reason'? "
            "Các trường được dùng: id, title, text, level") in message


def test_gia_tri_ngoai_danh_sach_liet_ke_cac_lua_chon(rules_copy):
    message = _refused(rules_copy, _slip("level: line", "level: lines"))
    assert f"{AUTHOR}, dòng 7: 'lines' không dùng được cho 'level'; có phải 'line'? Chọn một trong: line (khoản chi), claim (hồ sơ)" in message


def test_so_viet_bang_chu(rules_copy):
    message = _refused(rules_copy, _slip("article: 5", "article: năm"))
    assert f"{AUTHOR}, dòng 16: 'article' phải là một số, không phải 'năm'" in message


def test_check_khong_dung_dang(rules_copy):
    message = _refused(rules_copy, _slip("      condition:", "      conditon:"))
    assert f"{AUTHOR}, dòng 12: check cần đúng một trong: rate, ref, value, condition, never" in message


# ---- values outside a field's vocabulary ---------------------------------------------------------------------------


def test_gia_tri_viet_sai_trong_applies(rules_copy):
    message = _refused(rules_copy, _slip("category: per_diem", "category: per_deim"))
    assert f"{AUTHOR}, dòng 11: 'per_deim' không có trong từ vựng của category; có phải 'per_diem'?" in message


def test_gia_tri_viet_sai_trong_check(rules_copy):
    text = _slip("        documents.travel_order: true", "        activity.venue.kind: {in: [district, comune]}")
    message = _refused(rules_copy, text)
    assert f"{AUTHOR}, dòng 14: 'comune' không có trong từ vựng của activity.venue.kind; có phải 'commune'?" in message


def test_tu_tieng_viet_thay_cho_ma(rules_copy):
    message = _refused(rules_copy, _slip("category: per_diem", "category: phụ cấp lưu trú"))
    assert f"{AUTHOR}, dòng 11: 'phụ cấp lưu trú' là từ tiếng Việt; trong quy định viết mã 'per_diem'" in message


def test_truong_viet_sai_ten_trong_dieu_kien(rules_copy):
    message = _refused(rules_copy, _slip("category: per_diem", "categroy: per_diem"))
    assert f"{AUTHOR}, dòng 11: trường 'categroy' không có trong từ vựng của quy định cấp line; có phải 'category'?" in message


RATE_FILE = """\
rates:
  - rate: thu.luu_tru
    title: Mức phụ cấp lưu trú thử
    unit: đồng/người/ngày
    keys: [unit.level]
    values:
      - from: 2027-03-01
        key: {unit.level: provnce}
        amount: 200000
        source: {instrument: 40/2017/TT-BTC, article: 5, clause: 1}
        verification: M
        checked_on: 2026-12-04
"""

JOIN_FILE = """\
joins:
  - id: thu.trung
    title: Hóa đơn dùng hai lần
    text: Một hóa đơn chỉ thanh toán một lần.
    of: document
    same: [kind, number]
    when:
      kind: {in: [invoice, contrat]}
    citations: [{instrument: 40/2017/TT-BTC, article: 5, clause: 1}]
    verification: S
    messages: {pass: "chưa dùng", fail: "đã dùng"}
"""


def test_gia_tri_viet_sai_trong_when_cua_bang_muc(rules_copy):
    message = _refused(rules_copy, RATE_FILE)
    assert f"{AUTHOR}, dòng 8: bảng mức thu.luu_tru: 'provnce' không có trong từ vựng của unit.level; có phải 'province'?" in message


def test_gia_tri_viet_sai_trong_when_cua_join(rules_copy):
    message = _refused(rules_copy, JOIN_FILE)
    assert f"{AUTHOR}, dòng 8: 'contrat' không có trong từ vựng của kind; có phải 'contract'?" in message


def test_loai_khoan_chi_viet_sai_trong_uncovered(rules_copy):
    message = _refused(rules_copy, "uncovered:\n  - categories: [lecturer_fe]\n    reason: thử\n")
    assert f"{AUTHOR}, dòng 2: 'lecturer_fe' không có trong từ vựng của category; có phải 'lecturer_fee'?" in message


def test_tu_vung_huu_han_lay_tu_mo_hinh():
    """The finite vocabularies are the models' enumerations; free text (payee.grade) is not one of them."""
    assert "per_diem" in CHOICES["line"]["category"] and "province" in CHOICES["claim"]["unit.level"]
    assert CHOICES["line"]["attributes.mode"] == ("flat", "invoice")
    assert "payee.grade" not in CHOICES["line"] and "category" not in CHOICES["claim"]
    assert value_error("category", "per_diem") is None and value_error("payee.grade", "Trưởng phòng") is None
    assert value_error("category", "per_deim") == "'per_deim' không có trong từ vựng của category; có phải 'per_diem'?"
    assert value_error("kind", "invoce", "document") is not None and value_error("kind", "invoce", "line") is None


# ---- under pytest: a broken rulebook is one failure, not one per test ----------------------------------------------


def test_bo_quy_tac_hong_chi_mot_loi_duoi_pytest(rules_copy):
    (rules_copy / "thu" / "quy-dinh.yaml").write_text(_slip("category: per_diem", "category: per_deim"), encoding="utf-8")
    env = {**os.environ, "COMPLIANCE_RULES": str(rules_copy)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "-p", "no:randomly",
         "tests/test_features.py", "tests/test_engines_agree.py",
         "tests/test_rulebook_errors.py::test_bo_quy_tac_cua_du_an_doc_duoc"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    out = result.stdout
    assert result.returncode == 1, out[-2000:]
    summary = out.strip().splitlines()[-1]
    assert re.search(r"^1 failed, \d+ skipped", summary), summary
    assert "thu/quy-dinh.yaml, dòng 11: 'per_deim' không có trong từ vựng của category" in out
    assert out.count("Traceback") == 0 and out.count("per_deim") <= 3, out[-3000:]


# ---- features: one broken file fails alone; curly quotes read; an unknown step gets the nearest phrase -------------

SCENARIO = """\
# language: vi
Tính năng: {ten}

  @tt40.d5.k1
  {tu_khoa}: Tiền tàu xe không có chứng từ nào bị gắn cờ thiếu chứng từ
    Cho hồ sơ “lớp tập huấn” thuộc Tiểu dự án 1 của đơn vị “SLDTBXH” cấp “tỉnh”, ngày 08/11/2022
    Và khoản chi “tiền tàu xe, đi lại” 1 lượt, {don_gia} 13.500.000 đồng
    Và khoản chi không có chứng từ
    Khi thẩm định hồ sơ
    Thì khoản chi được “gắn cờ”
    Và lý do là “thiếu chứng từ”
"""


def test_tep_tinh_nang_hong_chi_hong_tep_do(tmp_path):
    features = tmp_path / "features"
    features.mkdir()
    (features / "ngoac_cong.feature").write_text(  # curly quotes, as a word processor types them
        SCENARIO.format(ten="A", tu_khoa="Kịch bản", don_gia="đơn giá"), encoding="utf-8")
    (features / "sai_tu_khoa.feature").write_text(  # a wrong keyword after a tag
        SCENARIO.format(ten="B", tu_khoa="Kich ban", don_gia="đơn giá"), encoding="utf-8")
    (features / "cau_la.feature").write_text(  # a step the phrasebook does not read
        SCENARIO.format(ten="C", tu_khoa="Kịch bản", don_gia="đơn gía"), encoding="utf-8")
    env = {**os.environ, "COMPLIANCE_FEATURES": str(features)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "-rA", "tests/test_features.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    out = result.stdout
    assert out.strip().splitlines()[-1].startswith("2 failed, 1 passed"), out[-3000:]
    assert "PASSED tests/test_features.py::test_tiền_tàu_xe_không_có_chứng_từ_nào_bị_gắn_cờ_thiếu_chứng_từ" in out
    assert ("features/sai_tu_khoa.feature:5: sau dòng thẻ '@tt40.d5.k1' phải là 'Kịch bản:', 'Khung kịch bản:'"
            in out), out[-3000:]
    assert "cau_la.feature:7: Và khoản chi \"tiền tàu xe, đi lại\" 1 lượt, đơn gía 13.500.000 đồng" in out
    assert re.search(r"Không có câu nào trong bộ câu .* khớp với bước này\. Câu gần nhất: khoản chi \"[^\"]+\" "
                     r"[\d.,]+ [^,]+, đơn giá [\d.]+ đồng", out), out[-3000:]
    assert "Traceback" not in out and not re.search(r"expected: #", out)


# ---- `rules list` at 80 columns, `rules show` without Python structures ---------------------------------------------


def test_rules_list_doc_duoc_o_80_cot():
    from rich.cells import cell_len

    book = load()
    result = runner.invoke(app, ["rules", "list"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    assert not any(c in result.stdout for c in "│┃━")  # no table folded into columns a few letters wide
    heads = {line.split(" — ")[0] for line in lines if " — " in line and not line.startswith(" ")}
    assert {r.id for r in book.rules} | {b.id for b in book.budgets} <= heads  # each id whole, at a line's start
    assert "tt40.d6.k1 — " in result.stdout and "  khoản chi · vượt mức tối đa · " in result.stdout


def test_rules_show_khong_in_cau_truc_python():
    result = runner.invoke(app, ["rules", "show", "tt40.d12.k4.muc_toi_da"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert not re.search(r"\{'|\['|': |\}$", text), text  # no dict or list repr
    assert "khi activity.organiser_level khác commune (cấp xã); activity.venue.kind là central_city_urban" in text
