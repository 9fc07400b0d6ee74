"""Kiểm tra các tệp tính năng trong features/ trước khi chạy chúng (compliance/rulebook/scenarios.py).

Thông báo lỗi viết bằng tiếng Việt cho người soạn kịch bản: tệp không có kịch bản nào (thường do
viết "Dàn ý kịch bản" hoặc "Ví dụ" — không phải từ khóa), thiếu dòng `# language: vi`, kịch bản
không gắn mã quy định hoặc gắn mã không có trong bộ quy tắc, quy định thiếu kịch bản duyệt hoặc
kịch bản gắn cờ.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.rulebook.scenarios import Scan, known_ids, rule_ids, scan, scan_file
from compliance.rulebook import load
from compliance.rulebook.schema import ConditionCheck


@pytest.fixture(scope="module")
def bo_quy_tac():
    return load()


@pytest.fixture(scope="module")
def quet() -> Scan:
    return scan()


def loi_tep(s: Scan) -> list[str]:
    problems = []
    for f in s.files:
        problems += f.errors
        if f.language != "vi":
            problems.append(f"{f.path}: thiếu dòng đầu '# language: vi' — không có nó, các từ khóa tiếng Việt "
                            "không được nhận ra")
        if not f.scenarios and not f.errors:
            problems.append(f"{f.path}: không có kịch bản nào chạy được. Từ khóa đúng là 'Kịch bản', "
                            "'Khung kịch bản' và 'Dữ liệu'; 'Dàn ý kịch bản' và 'Ví dụ' không phải từ khóa "
                            "(bị đọc như lời mô tả)")
    return problems


def loi_the(s: Scan, ids: set[str]) -> list[str]:
    problems = []
    for sc in s.scenarios():
        where = f"{sc.file}:{sc.line} ({sc.name})"
        if not sc.tags:
            problems.append(f"{where}: kịch bản chưa gắn mã quy định mà nó chứng minh, ví dụ @tt40.d6.k1")
        for tag in sc.tags:
            if tag not in ids:
                problems.append(f"{where}: thẻ @{tag} không phải mã quy định hay dự toán trong bộ quy tắc")
    return problems


def loi_do_phu(s: Scan, book) -> list[str]:
    counts = s.by_rule()
    problems = []
    always = {rule.id for rule in book.rules if isinstance(rule.check, ConditionCheck) and rule.check.holds_always}  # cannot fail: no flagging scenario
    for rule_id in rule_ids(book) + list(book.fallbacks):
        cov = counts.get(rule_id)
        missing = [name for name, n in (("duyệt", cov.approve if cov else 0), ("gắn cờ", cov.flag if cov else 0))
                   if n == 0 and not (name == "gắn cờ" and rule_id in always)]
        if missing:
            problems.append(f"quy định {rule_id}: thiếu kịch bản {' và '.join(missing)} "
                            f"(gắn thẻ @{rule_id}, kết thúc bằng 'Thì … được \"duyệt\"/\"gắn cờ\"' hoặc "
                            f"'quy định \"{rule_id}\" \"đạt\"/\"không đạt\"')")
    return problems


def _bao_loi(problems: list[str]) -> str:
    return "Các tệp tính năng có lỗi:\n  - " + "\n  - ".join(problems)


def test_moi_tep_tinh_nang_hop_le(quet):
    assert quet.files, f"không tìm thấy tệp .feature nào trong {quet.root}"
    problems = loi_tep(quet)
    assert not problems, _bao_loi(problems)


def test_moi_kich_ban_gan_ma_quy_dinh(quet, bo_quy_tac):
    problems = loi_the(quet, known_ids(bo_quy_tac))
    assert not problems, _bao_loi(problems)


def test_moi_quy_dinh_co_kich_ban_duyet_va_gan_co(quet, bo_quy_tac):
    problems = loi_do_phu(quet, bo_quy_tac)
    assert not problems, _bao_loi(problems)


# ---- chứng minh các kiểm tra trên có thể thất bại ------------------------------------------------


def _viet(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


_DAN_Y = """# language: vi
Tính năng: Phụ cấp lưu trú
{the}
  Dàn ý kịch bản: Mức phụ cấp lưu trú
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2, ngày 15/11/2022
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá <đơn giá> đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"

    Ví dụ:
      | đơn giá | kết quả |
      | 200000  | duyệt   |
      | 200001  | gắn cờ  |
"""


def test_dan_y_kich_ban_khong_sinh_kich_ban_nao(tmp_path):
    _viet(tmp_path, "sai.feature", _DAN_Y.format(the=""))
    s = scan(tmp_path)
    assert [len(f.scenarios) for f in s.files] == [0]
    assert s.files[0].errors == []  # Gherkin đọc cả khối như lời mô tả, không báo lỗi: đó chính là cái bẫy
    (problem,) = loi_tep(s)
    assert "sai.feature: không có kịch bản nào chạy được" in problem and "Dàn ý kịch bản" in problem


def test_dan_y_kich_ban_sau_the_la_loi_cu_phap(tmp_path):
    _viet(tmp_path, "sai.feature", _DAN_Y.format(the="  @tt40.d6.k1"))
    (f,) = scan(tmp_path).files
    assert f.scenarios == []
    assert f.errors[0].startswith("sai.feature:4: sau dòng thẻ '@tt40.d6.k1' phải là 'Kịch bản:'")
    assert "Dàn ý kịch bản" in f.errors[0] and "expected" not in f.errors[0]
    assert loi_tep(scan(tmp_path))[0] == f.errors[0]


def test_thieu_dong_language_vi(tmp_path):
    _viet(tmp_path, "khong_ngon_ngu.feature", "Tính năng: X\n  Kịch bản: Y\n    Cho hồ sơ\n")
    f = scan_file(tmp_path / "khong_ngon_ngu.feature", tmp_path)
    assert f.language is None and f.scenarios == [] and f.errors
    assert any("thiếu dòng đầu '# language: vi'" in p for p in loi_tep(scan(tmp_path)))


def test_the_khong_phai_ma_quy_dinh_va_thieu_the(tmp_path, bo_quy_tac):
    _viet(tmp_path, "the.feature", """# language: vi
Tính năng: Thẻ

  @tt40.d6.k9
  Kịch bản: Thẻ sai
    Thì khoản chi được "duyệt"

  Kịch bản: Không thẻ
    Thì khoản chi được "gắn cờ"
""")
    problems = loi_the(scan(tmp_path), known_ids(bo_quy_tac))
    assert len(problems) == 2
    assert "thẻ @tt40.d6.k9 không phải mã quy định" in problems[0]
    assert "Không thẻ" in problems[1] and "chưa gắn mã quy định" in problems[1]


def test_dem_kich_ban_duyet_va_gan_co(tmp_path, bo_quy_tac):
    _viet(tmp_path, "dem.feature", """# language: vi
@ktoan.d16.so_hoc
Tính năng: Đếm

  @tt40.d6.k1
  Khung kịch bản: Theo cột kết quả
    Thì khoản chi được "<kết quả>"

    Dữ liệu:
      | kết quả |
      | duyệt   |
      | gắn cờ  |
      | gắn cờ  |

  @tt109.d3.k7
  Kịch bản: Theo bước quy định, không theo kết quả của khoản chi
    Thì khoản chi được "gắn cờ"
    Và quy định "tt109.d3.k7" "đạt"

  @tt109.d3.k7 @tt46.d24.k2
  Kịch bản: Quy định không áp dụng thì không tính là gắn cờ
    Thì khoản chi được "gắn cờ"
    Và quy định "tt46.d24.k2" không áp dụng

  @tt109.d3.k7
  Kịch bản: Trùng tên
    Thì hồ sơ "HS-1" được "duyệt"

  @tt109.d3.k7
  Kịch bản: Trùng tên
    Thì hồ sơ "HS-1" được "duyệt"
""")
    s = scan(tmp_path)
    (f,) = s.files
    assert len(f.scenarios) == 7
    counts = s.by_rule()
    assert (counts["tt40.d6.k1"].approve, counts["tt40.d6.k1"].flag) == (1, 2)
    assert (counts["tt109.d3.k7"].approve, counts["tt109.d3.k7"].flag) == (3, 1)
    assert (counts["tt46.d24.k2"].approve, counts["tt46.d24.k2"].flag) == (0, 0)
    # thẻ đặt trên Tính năng áp dụng cho mọi kịch bản của tệp
    assert (counts["ktoan.d16.so_hoc"].approve, counts["ktoan.d16.so_hoc"].flag) == (3, 4)
    assert f.errors and "tên kịch bản \"Trùng tên\" trùng" in f.errors[0]
    problems = loi_do_phu(s, bo_quy_tac)
    assert any(p.startswith("quy định tt46.d24.k2: thiếu kịch bản duyệt và gắn cờ") for p in problems)
    assert not any(p.startswith("quy định tt109.d3.k7:") for p in problems)
    assert any(p.startswith("quy định tt46.d23.k1: thiếu kịch bản duyệt và gắn cờ") for p in problems)
