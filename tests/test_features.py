"""Bộ câu (phrasebook) chạy các tính năng tiếng Việt trong features/ — hướng dẫn: features/HUONG_DAN.md.

Mọi câu ở đây là chung: viết một kịch bản mới không cần sửa Python. Từ tiếng Việt (loại hoạt động,
loại khoản chi, cấp, địa điểm, chứng từ, lý do, kết quả) được tra trong các từ điển (TuDien) bên dưới;
từ không có trong bảng làm kịch bản thất bại với danh sách các từ được dùng.

"Khi thẩm định hồ sơ" chạy cả hai bộ máy (durable-rules và bộ máy tham chiếu) và đòi hai kết quả
giống hệt nhau, rồi giữ kết quả đó cho các bước "Thì".
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from pytest_bdd import given, parsers, scenarios, then, when
from pytest_bdd.exceptions import GherkinParseError, NoScenariosFound
from pytest_bdd.scenario import scenario_wrapper_template_registry

from compliance.rulebook.fields import FIELDS
from compliance.rulebook.scenarios import DEFAULT_DIR, KEYWORDS, known_ids, scan_file
from compliance.models import Claim, ClaimDecision, DecisionDocument, Finding, LineDecision
from compliance.rulebook import load
from compliance.rulebook.schema import RateTable, RateValue
from compliance.rulebook.tables import KeyProblem, keyed, overlaps
from compliance.vetting.vetter import Vetter
from compliance.vocabulary import (CATEGORY_VI, DECISION_VI, FLAG_KIND_VI, KIND_VI, REASON_VI, VALUE_VI, money,
                                   normalise, parse_money, words_for)

# One feature file at a time: a file Gherkin cannot read fails alone, in one test that says where and why, and
# every other file still runs. COMPLIANCE_FEATURES names another folder of features (an author's own draft).
FEATURES = Path(os.environ.get("COMPLIANCE_FEATURES") or DEFAULT_DIR).resolve()
for _tep in sorted(FEATURES.rglob("*.feature")):
    try:
        scenarios(str(_tep))
    except (GherkinParseError, NoScenariosFound):
        _loi = scan_file(_tep, FEATURES.parent).errors or [
            f"{_tep.relative_to(FEATURES.parent)}: không có kịch bản nào chạy được (từ khóa: {KEYWORDS})"]

        def _doc_tep(loi: str = "\n".join(_loi)) -> None:
            pytest.fail(loi, pytrace=False)

        globals()["test_tep_doc_duoc__" + re.sub(r"\W", "_", _tep.relative_to(FEATURES).as_posix())] = _doc_tep


class LoiKichBan(AssertionError):
    """Kịch bản sai hoặc kết quả khác mong đợi; thông báo viết cho người soạn kịch bản."""


# ---- từ vựng ----------------------------------------------------------------------------


def _chuan(text: str) -> str:
    return normalise(text.strip())


class TuDien:
    """Tra một từ tiếng Việt (hoặc mã tiếng Anh) ra mã; từ lạ → LoiKichBan liệt kê các từ được dùng.

    Với một trường của hợp đồng dữ liệu (`truong`), các từ là từ vựng chung (compliance.vocabulary): đúng các từ
    mà Excel, CSV chấp nhận và thông báo dùng."""

    def __init__(self, ten: str, nhan: dict[str, str] | None = None, them: dict[str, list[str]] | None = None,
                 truong: str | None = None):
        self.ten = ten
        self.nhan = nhan if nhan is not None else VALUE_VI[truong]
        self.tu: dict[str, str] = dict(words_for(truong)) if truong else {}
        for ma, chu in self.nhan.items():
            for word in [chu, ma, *(them or {}).get(ma, [])]:
                self.tu.setdefault(_chuan(word), ma)

    def __call__(self, word: str) -> str:
        try:
            return self.tu[_chuan(word)]
        except KeyError:
            allowed = "\n".join(
                "  - " + ", ".join(f'"{w}"' for w, m in self.tu.items() if m == ma and w != _chuan(ma)) + f" (mã {ma})"
                for ma in self.nhan)
            raise LoiKichBan(f'Không hiểu {self.ten} "{word}". Các từ được dùng:\n{allowed}') from None


OUTCOME_VI = {"pass": "đạt", "fail": "không đạt"}
VERIFICATION_VI = {"official_text": "văn bản gốc", "secondary": "nguồn thứ cấp", "unverified": "chưa xác minh"}

HOAT_DONG = TuDien("loại hoạt động", truong="activity.kind")
KHOAN_CHI = TuDien("loại khoản chi", truong="category")
CAP = TuDien("cấp", truong="unit.level")
DIA_DIEM = TuDien("loại địa điểm", truong="activity.venue.kind")
TIEU_DU_AN = TuDien("tiểu dự án", truong="subproject")
CHUNG_TU = TuDien("loại chứng từ", truong="documents")
DOI_TUONG = TuDien("đối tượng cung cấp thông tin", truong="attributes.respondent")
CACH_TRA = TuDien("cách thanh toán tiền phòng", truong="attributes.mode")
KET_QUA = TuDien("kết quả", DECISION_VI)
DANH_GIA = TuDien("kết quả của quy định", OUTCOME_VI)
LY_DO = TuDien("lý do", REASON_VI)
CAN_CU = TuDien("mức xác minh căn cứ", VERIFICATION_VI, {"official_text": ["đã xác minh"]})
CO_KHONG = {"có": True, "không": False}


def _ngay(text: str) -> dt.date:
    """dd/mm/yyyy (hoặc yyyy-mm-dd)."""
    s = text.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    raise LoiKichBan(f'Ngày "{text}" không đúng dạng ngày/tháng/năm, ví dụ 15/11/2022.')


def _tien(text: str) -> int:
    try:
        return parse_money(text)
    except ValueError:
        raise LoiKichBan(f'Số tiền "{text}" không đọc được; viết như 200000, 200.000 hoặc 1.004.012.000.') from None


def _so_luong(text: str) -> int | float:
    s = text.strip()
    if re.fullmatch(r"\d+,\d{1,2}", s):  # số thập phân kiểu Việt Nam: 1,5
        return float(s.replace(",", "."))
    try:
        return parse_money(s)
    except ValueError:
        raise LoiKichBan(f'Số lượng "{text}" không đọc được; viết như 2, 1.000 hoặc 1,5.') from None


def _so(text: str, ten: str) -> int:
    if not text.strip().isdigit():
        raise LoiKichBan(f'{ten} "{text}" phải là một số nguyên.')
    return int(text)


# ---- trạng thái của một kịch bản ----------------------------------------------------------


@dataclass
class NguCanh:
    quy_dinh: set[str]                     # mã quy định gắn trên kịch bản (thẻ @…)
    ho_so: list[dict] = field(default_factory=list)
    ket_qua: DecisionDocument | None = None
    trong_tam: tuple | None = None         # ("hồ sơ", i) hoặc ("khoản chi", i, j)
    quy_dinh_dang_xet: str | None = None   # quy định nêu ở bước `quy định "X" "đạt|không đạt"` gần nhất
    bang_muc: dict[str, RateTable] = field(default_factory=dict)  # bảng mức riêng của kịch bản (mã bảng → bảng)

    def ho_so_hien_tai(self) -> dict:
        if not self.ho_so:
            raise LoiKichBan('Chưa có hồ sơ: bắt đầu bằng bước Cho hồ sơ "<loại hoạt động>" thuộc Tiểu dự án …')
        return self.ho_so[-1]

    def khoan_chi_hien_tai(self) -> dict:
        lines = self.ho_so_hien_tai()["line_items"]
        if not lines:
            raise LoiKichBan('Hồ sơ chưa có khoản chi: thêm bước '
                             'Và khoản chi "<loại>" <số lượng> <đơn vị>, đơn giá <…> đồng.')
        return lines[-1]


@pytest.fixture(scope="session")
def cac_bo_quy_tac():
    """(bộ quy tắc chung, bộ quy tắc kèm bảng, quy định của các tỉnh trong rules/dia-phuong/<mã tỉnh>/)."""
    return load(overlays=False), load()


@pytest.fixture
def bo_quy_tac(request, cac_bo_quy_tac):
    """Kịch bản trong features/dia-phuong/ chạy với quy định của các tỉnh; kịch bản khác chỉ với bộ quy tắc chung, nên
    thêm bảng của một tỉnh không đổi kịch bản của người khác."""
    feature = scenario_wrapper_template_registry[request.function].feature
    return cac_bo_quy_tac[1 if "dia-phuong" in Path(feature.filename).parts else 0]


@pytest.fixture(scope="session")
def _bo_may_cache() -> dict:
    return {}


@pytest.fixture
def bo_may(bo_quy_tac, _bo_may_cache):
    """Vetter theo (bộ máy, ngày áp dụng pháp luật); dùng chung cho mọi kịch bản cùng bộ quy tắc."""
    def get(engine: str, law_as_of: dt.date | None) -> Vetter:
        key = (id(bo_quy_tac), engine, law_as_of)
        if key not in _bo_may_cache:
            _bo_may_cache[key] = Vetter(bo_quy_tac, engine=engine, law_as_of=law_as_of)
        return _bo_may_cache[key]

    return get


@pytest.fixture
def nc(request, bo_quy_tac) -> NguCanh:
    tags = {mark.name for mark in request.node.iter_markers()}
    return NguCanh(quy_dinh=tags & known_ids(bo_quy_tac))


# ---- dựng hồ sơ ---------------------------------------------------------------------------------

_CAU_HO_SO = [  # (mẫu câu, cách ghi vào hồ sơ)
    (r'của đơn vị "(?P<ma>[^"]+)" cấp "(?P<cap>[^"]+)"',
     lambda c, m: c["unit"].update(code=m["ma"], level=CAP(m["cap"]))),
    (r'thuộc tỉnh "(?P<tinh>[^"]+)"', lambda c, m: c["unit"].update(province=m["tinh"])),
    (r"từ ngày (?P<tu>\S+) đến ngày (?P<den>\S+)",
     lambda c, m: c["activity"].update(start_date=_ngay(m["tu"]), end_date=_ngay(m["den"]))),
    (r"ngày (?P<ngay>\S+)",
     lambda c, m: c["activity"].update(start_date=_ngay(m["ngay"]), end_date=None)),
    (r'(?:tổ chức )?tại địa điểm "(?P<dd>[^"]+)"',
     lambda c, m: c["activity"].setdefault("venue", {}).update(kind=DIA_DIEM(m["dd"]))),
    (r'(?:tổ chức )?tại "(?P<noi>[^"]+)"',
     lambda c, m: c["activity"].setdefault("venue", {}).update(name=m["noi"])),
    (r'tên "(?P<ten>[^"]+)"',
     lambda c, m: c["activity"].update(title=m["ten"])),
    (r'do cấp "(?P<cap>[^"]+)" tổ chức',
     lambda c, m: c["activity"].update(organiser_level=CAP(m["cap"]))),
    (r"năm ngân sách (?P<nam>\d{4})",
     lambda c, m: c.update(fiscal_year=int(m["nam"]))),
    (r"có (?P<so>\d+) người tham dự",
     lambda c, m: c["activity"].update(participants=int(m["so"]))),
    (r"(?:tổ chức )?ở nước ngoài", lambda c, m: c["activity"]["attributes"].update(abroad=True)),
    (r"(?:tổ chức )?trong nước", lambda c, m: c["activity"]["attributes"].update(abroad=False)),
]
_MAU_HO_SO = ['của đơn vị "<mã>" cấp "<tỉnh|huyện|xã>"', 'thuộc tỉnh "<mã tỉnh>"', "ngày <dd/mm/yyyy>",
              "từ ngày <dd/mm/yyyy> đến ngày <dd/mm/yyyy>", 'tại địa điểm "<loại địa điểm>"', 'tại "<tên địa điểm>"',
              'tên "<tên hoạt động>"',
              'do cấp "<tỉnh|huyện|xã>" tổ chức', "năm ngân sách <năm>", "có <n> người tham dự",
              "ở nước ngoài", "trong nước"]


def _tach(text: str) -> list[str]:
    """Tách các vế cách nhau bởi dấu phẩy (dấu phẩy trong ngoặc kép không tách)."""
    return [part.strip() for part in re.findall(r'(?:[^,"]|"[^"]*")+', text) if part.strip()]


def _ghi_ho_so(claim: dict, cau: str) -> None:
    for ve in _tach(cau):
        for pattern, apply in _CAU_HO_SO:
            if m := re.fullmatch(pattern, ve):
                apply(claim, m)
                break
        else:
            raise LoiKichBan(f'Không hiểu "{ve}" trong mô tả hồ sơ. Các vế được dùng: {"; ".join(_MAU_HO_SO)}.')


def _ho_so_moi(nc: NguCanh, hoat_dong: str, tieu_du_an: str, ma: str | None = None) -> dict:
    claim = {
        "claim_id": ma or f"HS-{len(nc.ho_so) + 1}",
        "unit": {"code": "DONVI", "level": "province"},
        "fiscal_year": None,
        "subproject": TIEU_DU_AN(tieu_du_an),
        # the word as written is the activity's title, as an officer writes it ("Lớp tập huấn", "Hội nghị sơ kết"),
        # unless it is the kind's own code or label ("hội thảo, hội nghị, sơ kết, tổng kết" names no meeting type)
        "activity": {"kind": HOAT_DONG(hoat_dong), "start_date": None, "attributes": {},
                     **({} if _chuan(hoat_dong) in {_chuan(w) for w in (*KIND_VI, *KIND_VI.values())}
                        else {"title": hoat_dong})},
        "line_items": [],
    }
    if any(c["claim_id"] == claim["claim_id"] for c in nc.ho_so):
        raise LoiKichBan(f'Mã hồ sơ "{claim["claim_id"]}" đã dùng trong kịch bản này.')
    nc.ho_so.append(claim)
    return claim


def _khoan_chi_moi(claim: dict, loai: str, so_luong: str, don_vi: str | None, don_gia: str,
                   thanh_tien: str | None) -> dict:
    qty, price = _so_luong(so_luong), _tien(don_gia)
    line = {
        "line_id": str(len(claim["line_items"]) + 1),
        "category": KHOAN_CHI(loai),
        "quantity": qty,
        "unit": don_vi.strip() if don_vi and don_vi.strip() else None,
        "unit_price": price,
        "amount": _tien(thanh_tien) if thanh_tien else round(qty * price),
        "attributes": {},
        "documents": [],
    }
    claim["line_items"].append(line)
    return line


def _chung_tu(line: dict, danh_sach: list[str]) -> None:
    line["documents"] = [{"kind": CHUNG_TU(kind)} for kind in danh_sach]


def _nguoi_cung_cap(line: dict, doi_tuong: str, so_chi_tieu: str | None) -> None:
    line["attributes"]["respondent"] = DOI_TUONG(doi_tuong)
    if so_chi_tieu:
        line["attributes"]["indicators"] = _so(so_chi_tieu, "Số chỉ tiêu")


def _huong_luong(line: dict, co: bool) -> None:
    line.setdefault("payee", {})["salaried"] = co


@given(parsers.re(r'hồ sơ "(?P<hoat_dong>[^"]+)"(?: mã "(?P<ma>[^"]+)")? thuộc Tiểu dự án (?P<tda>[^\s,]+)'
                  r'(?P<don_vi> của đơn vị "[^"]+" cấp "[^"]+")?(?:, (?P<con_lai>.*))?'))
def cho_ho_so(nc, hoat_dong, ma, tda, don_vi, con_lai):
    claim = _ho_so_moi(nc, hoat_dong, tda, ma)
    _ghi_ho_so(claim, ", ".join(filter(None, [don_vi, con_lai])))


@given(parsers.re(r'(?:hồ sơ|hoạt động) (?!"|có thuộc tính )(?P<cau>.+)'))
def them_thong_tin_ho_so(nc, cau):
    _ghi_ho_so(nc.ho_so_hien_tai(), cau)


def _gia_tri(text: str) -> Any:
    """Giá trị của thuộc tính: "có"/"không" → đúng/sai, số nguyên → số, còn lại là chữ (mã)."""
    s = text.strip()
    if s.startswith('"') and s.endswith('"') and len(s) >= 2:
        s = s[1:-1]
    if _chuan(s) in CO_KHONG:
        return CO_KHONG[_chuan(s)]
    return int(s) if s.isdigit() else s


@given(parsers.re(r'(?P<doi_tuong>hồ sơ|hoạt động|khoản chi) có thuộc tính "(?P<ten>[^"]+)" là (?P<gia_tri>.+)'))
def thuoc_tinh(nc, doi_tuong, ten, gia_tri):
    target = {"hồ sơ": lambda: nc.ho_so_hien_tai(), "hoạt động": lambda: nc.ho_so_hien_tai()["activity"],
              "khoản chi": nc.khoan_chi_hien_tai}[doi_tuong]()
    value = _gia_tri(gia_tri)
    field = {"hồ sơ": "claim.attributes.", "hoạt động": "activity.attributes.", "khoản chi": "attributes."}[doi_tuong] + ten
    if isinstance(value, str) and words_for(field):  # a coded attribute: its Vietnamese words work too
        value = TuDien(f'thuộc tính "{ten}"', truong=field)(value)
    target.setdefault("attributes", {})[ten] = value


@given(parsers.re(r'khoản chi "(?P<loai>[^"]+)" (?P<so_luong>\d[\d.,]*) (?P<don_vi>[^,]+), '
                  r'đơn giá (?P<don_gia>\d[\d.,]*) đồng(?:, thành tiền (?P<thanh_tien>\d[\d.,]*) đồng)?'
                  r'(?:, nội dung "(?P<noi_dung>[^"]+)")?'))
def khoan_chi(nc, loai, so_luong, don_vi, don_gia, thanh_tien, noi_dung):
    line = _khoan_chi_moi(nc.ho_so_hien_tai(), loai, so_luong, don_vi, don_gia, thanh_tien)
    if noi_dung:
        line["description"] = noi_dung


@given(parsers.re(r'người nhận là "(?P<ten>[^"]+)"'))
def ten_nguoi_nhan(nc, ten):
    nc.khoan_chi_hien_tai().setdefault("payee", {})["name"] = ten


@given(parsers.re(r"người nhận (?P<khong>không )?hưởng lương"))
def huong_luong(nc, khong):
    _huong_luong(nc.khoan_chi_hien_tai(), not khong)


@given(parsers.re(r'người nhận có hạng "(?P<hang>[^"]+)"'))
def hang_nguoi_nhan(nc, hang):
    nc.khoan_chi_hien_tai().setdefault("payee", {})["grade"] = hang


@given(parsers.re(r'khoản chi có chứng từ (?P<danh_sach>"[^"]+"(?:, "[^"]+")*)'))
def co_chung_tu(nc, danh_sach):
    _chung_tu(nc.khoan_chi_hien_tai(), re.findall(r'"([^"]+)"', danh_sach))


@given(parsers.re(r'khoản chi có chứng từ "(?P<loai>[^"]+)" số "(?P<so>[^"]+)"'
                  r'(?: do "(?P<noi_phat_hanh>[^"]+)" phát hành)?(?:,? ngày (?P<ngay>\S+))?'))
def chung_tu_co_so(nc, loai, so, noi_phat_hanh, ngay):
    doc = {"kind": CHUNG_TU(loai), "number": so}
    if noi_phat_hanh:
        doc["issuer"] = noi_phat_hanh
    if ngay:
        doc["date"] = _ngay(ngay)
    nc.khoan_chi_hien_tai()["documents"].append(doc)


@given("khoản chi không có chứng từ")
def khong_chung_tu(nc):
    _chung_tu(nc.khoan_chi_hien_tai(), [])


@given(parsers.re(r'phiếu (?:có (?P<so_chi_tieu>\d+) chỉ tiêu, )?(?:của )?đối tượng "(?P<doi_tuong>[^"]+)"'))
def phieu(nc, so_chi_tieu, doi_tuong):
    _nguoi_cung_cap(nc.khoan_chi_hien_tai(), doi_tuong, so_chi_tieu)


@given(parsers.re(r"khoản chi phát sinh ngày (?P<ngay>\S+)"))
def phat_sinh(nc, ngay):
    nc.khoan_chi_hien_tai()["incurred_on"] = _ngay(ngay)


@given(parsers.re(r'tiền phòng thanh toán (?:theo )?"(?P<cach>[^"]+)"'))
def tien_phong(nc, cach):
    nc.khoan_chi_hien_tai()["attributes"]["mode"] = CACH_TRA(cach)


# Cột của bảng "Cho các hồ sơ sau:" — mỗi dòng một khoản chi; các dòng cùng mã hồ sơ thuộc một hồ sơ.
_COT_HO_SO = {"mã hồ sơ", "hoạt động", "tiểu dự án", "đơn vị", "cấp", "ngày", "từ ngày", "đến ngày",
              "năm ngân sách", "địa điểm", "cấp tổ chức"}
_COT_KHOAN_CHI = {"khoản chi", "số lượng", "đơn vị tính", "đơn giá", "thành tiền", "hưởng lương", "chứng từ",
                  "số chỉ tiêu", "đối tượng", "ngày phát sinh"}
_COT_BAT_BUOC = ["mã hồ sơ", "hoạt động", "tiểu dự án", "khoản chi", "số lượng", "đơn giá"]


@given("các hồ sơ sau:")
def cac_ho_so(nc, datatable):
    header = [_chuan(h) for h in datatable[0]]
    unknown = [h for h in header if h not in _COT_HO_SO | _COT_KHOAN_CHI]
    missing = [h for h in _COT_BAT_BUOC if h not in header]
    if unknown or missing:
        raise LoiKichBan(
            (f'Cột lạ: {", ".join(unknown)}. ' if unknown else "")
            + (f'Thiếu cột: {", ".join(missing)}. ' if missing else "")
            + f'Các cột được dùng: {", ".join(sorted(_COT_HO_SO))}; {", ".join(sorted(_COT_KHOAN_CHI))}.')
    for cells in datatable[1:]:
        row = {h: v.strip() for h, v in zip(header, cells) if v.strip()}
        claim = next((c for c in nc.ho_so if c["claim_id"] == row["mã hồ sơ"]), None)
        if claim is None:
            claim = _ho_so_moi(nc, row["hoạt động"], row["tiểu dự án"], row["mã hồ sơ"])
            parts = []
            if "đơn vị" in row:
                parts.append(f'của đơn vị "{row["đơn vị"]}" cấp "{row.get("cấp", "tỉnh")}"')
            if "ngày" in row:
                parts.append(f'ngày {row["ngày"]}')
            if "từ ngày" in row:
                parts.append(f'từ ngày {row["từ ngày"]} đến ngày {row.get("đến ngày", row["từ ngày"])}')
            if "năm ngân sách" in row:
                parts.append(f'năm ngân sách {row["năm ngân sách"]}')
            if "địa điểm" in row:
                parts.append(f'tại địa điểm "{row["địa điểm"]}"')
            if "cấp tổ chức" in row:
                parts.append(f'do cấp "{row["cấp tổ chức"]}" tổ chức')
            _ghi_ho_so(claim, ", ".join(parts))
        line = _khoan_chi_moi(claim, row["khoản chi"], row["số lượng"], row.get("đơn vị tính"), row["đơn giá"],
                              row.get("thành tiền"))
        if "hưởng lương" in row:
            if _chuan(row["hưởng lương"]) not in CO_KHONG:
                raise LoiKichBan(f'Cột "hưởng lương" ghi "có" hoặc "không", không phải "{row["hưởng lương"]}".')
            _huong_luong(line, CO_KHONG[_chuan(row["hưởng lương"])])
        if "chứng từ" in row:
            _chung_tu(line, _tach(row["chứng từ"]))
        if "đối tượng" in row:
            _nguoi_cung_cap(line, row["đối tượng"], row.get("số chỉ tiêu"))
        if "ngày phát sinh" in row:
            line["incurred_on"] = _ngay(row["ngày phát sinh"])


# Bảng mức riêng của một kịch bản (ví dụ bảng mức thù lao giảng viên của một tỉnh): thay cả bảng cùng mã, chỉ
# trong kịch bản này (không cộng vào bảng chung). Các cột khóa đặt tên theo trường của từ vựng (unit.code,
# payee.grade …): đó là `keys` của bảng; hai dòng cùng áp dụng cho một trường hợp là lỗi của kịch bản.
_COT_BANG_MUC = {"từ ngày", "đến ngày", "mức", "văn bản", "xác minh"}
_MUC_XAC_MINH = {"official_text": "V", "secondary": "S", "unverified": "M"}


def _gia_tri_truong(ten: str, text: str) -> Any:
    kind = FIELDS["line"][ten][0]
    if kind == "bool":
        if _chuan(text) not in CO_KHONG:
            raise LoiKichBan(f'Cột "{ten}" ghi "có" hoặc "không", không phải "{text}".')
        return CO_KHONG[_chuan(text)]
    return {"int": lambda t: _so(t, ten), "num": _so_luong, "date": _ngay, "str": str}[kind](text)


@given(parsers.re(r'bảng mức "(?P<ma>[^"]+)" có các dòng:'))
def bang_muc(nc, bo_quy_tac, ma, datatable):
    if ma not in bo_quy_tac.rates:
        raise LoiKichBan(f'Không có bảng mức "{ma}". Các bảng mức: {", ".join(sorted(bo_quy_tac.rates))}.')
    header = [_chuan(h) for h in datatable[0]]
    unknown = [h for h in header if h not in _COT_BANG_MUC and h not in FIELDS["line"]]
    missing = [h for h in ("từ ngày", "mức", "văn bản", "xác minh") if h not in header]
    if unknown or missing:
        raise LoiKichBan((f'Cột lạ: {", ".join(unknown)}. ' if unknown else "")
                         + (f'Thiếu cột: {", ".join(missing)}. ' if missing else "")
                         + f'Các cột: {", ".join(sorted(_COT_BANG_MUC))} và các trường của từ vựng (unit.code, payee.grade …).')
    if ma in nc.bang_muc:
        raise LoiKichBan(f'Bảng mức "{ma}" đã khai báo ở bước trước: ghi mọi dòng trong một bảng.')
    values = []
    for cells in datatable[1:]:
        row = {h: v.strip() for h, v in zip(header, cells) if v.strip()}
        mark = row["xác minh"].upper() if row["xác minh"].upper() in ("V", "S", "M") else _MUC_XAC_MINH[CAN_CU(row["xác minh"])]
        key = {h: _gia_tri_truong(h, v) for h, v in row.items() if h in FIELDS["line"]}
        values.append(RateValue.model_validate({
            "from": _ngay(row["từ ngày"]), "to": _ngay(row["đến ngày"]) if "đến ngày" in row else None,
            "key": key, "amount": _tien(row["mức"]), "source": {"instrument": row["văn bản"]},
            "verification": mark, "checked_on": _ngay(row["từ ngày"]), "reference": "bảng mức nạp cho kịch bản"}))
    table = bo_quy_tac.rates[ma].model_copy(update={"keys": [h for h in header if h in FIELDS["line"]], "values": values})
    try:
        clash = overlaps(table, bo_quy_tac.grades)
        nc.bang_muc[ma] = keyed(table, bo_quy_tac.grades)
    except KeyProblem as exc:
        raise LoiKichBan(f'Bảng mức "{ma}": {exc}.') from None
    if clash:
        i, j = clash[0]
        raise LoiKichBan(f'Bảng mức "{ma}": dòng {i + 1} và dòng {j + 1} cùng áp dụng cho một trường hợp, cùng thời gian.')


# ---- thẩm định --------------------------------------------------------------------------------


def _hop_le(raw: dict) -> Claim:
    act = raw["activity"]
    if act["start_date"] is None:
        raise LoiKichBan(f'Hồ sơ {raw["claim_id"]} chưa có ngày: '
                         'thêm ", ngày dd/mm/yyyy" hoặc ", từ ngày … đến ngày …".')
    if not raw["line_items"]:
        raise LoiKichBan(f'Hồ sơ {raw["claim_id"]} chưa có khoản chi nào.')
    data = dict(raw, fiscal_year=raw["fiscal_year"] or act["start_date"].year)
    try:
        return Claim.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f'{".".join(map(str, e["loc"]))}: {e["msg"]}' for e in exc.errors())
        raise LoiKichBan(f'Hồ sơ {raw["claim_id"]} không hợp lệ theo định dạng hồ sơ: {problems}') from None


@when(parsers.re(r"thẩm định (?:các )?hồ sơ(?: theo (?:pháp luật|quy định) (?:tại|có hiệu lực) ngày (?P<ngay>\S+))?"))
def tham_dinh(nc, bo_may, bo_quy_tac, ngay):
    claims = [_hop_le(raw) for raw in nc.ho_so]
    law = _ngay(ngay) if ngay else None
    vetter = lambda engine: bo_may(engine, law)  # noqa: E731
    if nc.bang_muc:  # bảng mức riêng của kịch bản: một bộ quy tắc riêng cho kịch bản này
        book = replace(bo_quy_tac, rates={**bo_quy_tac.rates, **nc.bang_muc})
        vetter = lambda engine: Vetter(book, engine=engine, law_as_of=law)  # noqa: E731
    durable = vetter("durable").document(claims)
    reference = vetter("reference").document(claims)
    if durable.model_dump() != reference.model_dump():
        raise LoiKichBan("Hai bộ máy thẩm định cho kết quả khác nhau — lỗi của chương trình, không phải của kịch bản:\n"
                         + "\n".join(_khac_nhau(a, b) for a, b in zip(durable.claims, reference.claims) if a != b))
    nc.ket_qua = durable
    nc.trong_tam = ("hồ sơ", len(claims) - 1)


def _khac_nhau(durable: ClaimDecision, reference: ClaimDecision) -> str:
    a, b = _tom_tat(durable), _tom_tat(reference)
    return (f"  Hồ sơ {durable.claim_id}:\n"
            + "".join(f"    chỉ durable-rules: {x.strip()}\n" for x in a if x not in b)
            + "".join(f"    chỉ bộ máy tham chiếu: {x.strip()}\n" for x in b if x not in a))


# ---- kiểm tra kết quả ---------------------------------------------------------------------------


def _ket_qua(nc: NguCanh) -> DecisionDocument:
    if nc.ket_qua is None:
        raise LoiKichBan('Chưa thẩm định: thêm bước "Khi thẩm định hồ sơ" trước các bước "Thì".')
    return nc.ket_qua


def _ghi_tiet(f: Finding) -> str:
    dau = "✓" if f.outcome == "pass" else "✗"
    ly_do = f" ({REASON_VI[f.reason]})" if f.reason else ""
    cites = "; ".join(c.label for c in f.citations)
    return f"    {dau} {f.rule_id} — {OUTCOME_VI[f.outcome]}{ly_do}: {f.message}" + (f" [{cites}]" if cites else "")


def _ban_ghi(rec: ClaimDecision | LineDecision, ten: str) -> list[str]:
    return [f"  {ten}: {DECISION_VI[rec.decision]}; đề nghị {money(rec.claimed_amount)}, "
            f"được thanh toán {money(rec.eligible_amount)}", *(_ghi_tiet(f) for f in rec.findings)]


def _tom_tat(claim: ClaimDecision, line: LineDecision | None = None) -> list[str]:
    """Kết quả thẩm định của một khoản chi (kèm kiểm tra của hồ sơ chứa nó) hoặc của cả hồ sơ."""
    if line is not None:
        out = _ban_ghi(line, f"Khoản chi {line.line_id} ({CATEGORY_VI[line.category]}) của hồ sơ {claim.claim_id}")
        return out + (_ban_ghi(claim, f"Hồ sơ {claim.claim_id}") if claim.findings else [])
    out = _ban_ghi(claim, f"Hồ sơ {claim.claim_id}")
    for ln in claim.lines:
        out += _ban_ghi(ln, f"Khoản chi {ln.line_id} ({CATEGORY_VI[ln.category]})")
    return out


def _sai(nc: NguCanh, message: str) -> LoiKichBan:
    """Kết quả khác mong đợi: thông báo kèm kết quả thẩm định của đối tượng đang xét."""
    return LoiKichBan(f"{message}\nKết quả thẩm định:\n" + "\n".join(_tom_tat(*_dang_xet(nc))))


def _dang_xet(nc: NguCanh) -> tuple[ClaimDecision, LineDecision | None]:
    doc = _ket_qua(nc)
    claim = doc.claims[nc.trong_tam[1]]
    return claim, (claim.lines[nc.trong_tam[2]] if nc.trong_tam[0] == "khoản chi" else None)


def _phat_hien(nc: NguCanh, kem_ho_so: bool = True) -> list[Finding]:
    """Các phát hiện của đối tượng đang xét: của khoản chi (kèm của hồ sơ chứa nó, trừ khi kem_ho_so
    là False), hoặc của cả hồ sơ và mọi khoản chi của nó."""
    claim, line = _dang_xet(nc)
    if line is not None:
        return [*line.findings, *(claim.findings if kem_ho_so else [])]
    return [*claim.findings, *(f for ln in claim.lines for f in ln.findings)]


def _quy_dinh(ma: str, bo_quy_tac) -> str:
    ids = known_ids(bo_quy_tac)
    if ma not in ids:
        raise LoiKichBan(f'Không có quy định mã "{ma}" trong bộ quy tắc. Các mã: {", ".join(sorted(ids))}.')
    return ma


@then(parsers.re(r'khoản chi(?: (?:số |thứ )?(?P<so>\d+))? được "(?P<ket_qua>[^"]*)"'))
def khoan_chi_duoc(nc, so, ket_qua):
    doc = _ket_qua(nc)
    i = nc.trong_tam[1]
    lines = doc.claims[i].lines
    j = int(so) - 1 if so else len(lines) - 1
    if not 0 <= j < len(lines):
        raise LoiKichBan(f"Hồ sơ {doc.claims[i].claim_id} không có khoản chi số {so} (có {len(lines)} khoản chi).")
    nc.trong_tam = ("khoản chi", i, j)
    if lines[j].decision != KET_QUA(ket_qua):
        raise _sai(nc, f'Mong đợi khoản chi được "{ket_qua}", nhưng khoản chi được "{DECISION_VI[lines[j].decision]}".')


@then(parsers.re(r'hồ sơ(?: "(?P<ma>[^"]+)")? được "(?P<ket_qua>[^"]*)"'))
def ho_so_duoc(nc, ma, ket_qua):
    doc = _ket_qua(nc)
    ids = [c.claim_id for c in doc.claims]
    if ma is not None and ma not in ids:
        raise LoiKichBan(f'Không có hồ sơ mã "{ma}" trong kịch bản. Các mã: {", ".join(ids)}.')
    i = ids.index(ma) if ma is not None else nc.trong_tam[1]
    nc.trong_tam = ("hồ sơ", i)
    if doc.claims[i].decision != KET_QUA(ket_qua):
        raise _sai(nc, f'Mong đợi hồ sơ {ids[i]} được "{ket_qua}", '
                       f'nhưng hồ sơ được "{DECISION_VI[doc.claims[i].decision]}".')


@then(parsers.re(r'lý do là "(?P<ly_do>[^"]+)"'))
def ly_do(nc, ly_do):
    wanted = LY_DO(ly_do)
    if wanted not in {f.reason for f in _phat_hien(nc, kem_ho_so=False) if f.outcome == "fail"}:
        raise _sai(nc, f'Mong đợi lý do "{REASON_VI[wanted]}" ({wanted}), '
                       'nhưng không có phát hiện không đạt nào với lý do đó.')


LOAI_CO = TuDien("loại cờ", FLAG_KIND_VI)


@then(parsers.re(r'loại cờ là "(?P<loai>[^"]+)"'))
def loai_co(nc, loai):
    wanted = LOAI_CO(loai)
    claim, line = _dang_xet(nc)
    actual = (line or claim).flag_kind
    if actual != wanted:
        shown = FLAG_KIND_VI.get(actual, "không có (được duyệt)")
        raise _sai(nc, f'Mong đợi loại cờ "{FLAG_KIND_VI[wanted]}", nhưng thực tế "{shown}".')


@then(parsers.re(r"số tiền được thanh toán là (?P<so_tien>\d[\d.,]*) đồng"))
def so_tien(nc, so_tien):
    claim, line = _dang_xet(nc)
    actual = (line or claim).eligible_amount
    if actual != _tien(so_tien):
        raise _sai(nc, f"Mong đợi được thanh toán {money(_tien(so_tien))}, nhưng thực tế {money(actual)}.")


@then(parsers.re(r'quy định "(?P<ma>[^"]+)" "(?P<danh_gia>[^"]*)"'))
def quy_dinh_dat(nc, bo_quy_tac, ma, danh_gia):
    wanted = DANH_GIA(danh_gia)
    found = [f for f in _phat_hien(nc) if f.rule_id == _quy_dinh(ma, bo_quy_tac)]
    nc.quy_dinh_dang_xet = ma
    if not found:
        raise _sai(nc, f'Mong đợi quy định "{ma}" "{danh_gia}", '
                       'nhưng quy định này không áp dụng cho đối tượng đang xét.')
    actual = "fail" if any(f.outcome == "fail" for f in found) else "pass"
    if actual != wanted:
        raise _sai(nc, f'Mong đợi quy định "{ma}" "{danh_gia}", nhưng kết quả là "{OUTCOME_VI[actual]}".')


@then(parsers.re(r'quy định "(?P<ma>[^"]+)" không áp dụng'))
def quy_dinh_khong_ap_dung(nc, bo_quy_tac, ma):
    if any(f.rule_id == _quy_dinh(ma, bo_quy_tac) for f in _phat_hien(nc)):
        raise _sai(nc, f'Mong đợi quy định "{ma}" không áp dụng, nhưng quy định này có trong kết quả thẩm định.')


def _phat_hien_cua_quy_dinh(nc: NguCanh) -> tuple[list[Finding], str]:
    ids = {nc.quy_dinh_dang_xet} if nc.quy_dinh_dang_xet else nc.quy_dinh
    if not ids:
        raise LoiKichBan('Kịch bản chưa gắn mã quy định (thẻ @…) và chưa có bước Thì quy định "<mã>" "đạt|không đạt".')
    found = [f for f in _phat_hien(nc) if f.rule_id in ids]
    names = ", ".join(sorted(ids))
    if not found:
        raise _sai(nc, f"Quy định {names} không áp dụng cho đối tượng đang xét.")
    return found, names


@then(parsers.re(r'trích dẫn "(?P<nhan>[^"]+)"'))
def trich_dan(nc, nhan):
    found, names = _phat_hien_cua_quy_dinh(nc)
    labels = [c.label for f in found for c in f.citations]
    if _chuan(nhan) not in {_chuan(label) for label in labels}:
        raise _sai(nc, f'Mong đợi trích dẫn "{nhan}" trong kết quả của quy định {names}; '
                       f'các trích dẫn có: {"; ".join(dict.fromkeys(labels)) or "không có"}.')


@then(parsers.re(r'căn cứ "(?P<muc>[^"]+)"'))
def can_cu(nc, muc):
    wanted = CAN_CU(muc)
    found, names = _phat_hien_cua_quy_dinh(nc)
    actual = {f.basis.verification for f in found if f.basis}
    if actual != {wanted}:
        shown = ", ".join(VERIFICATION_VI[v] for v in sorted(actual)) or "không ghi căn cứ"
        raise _sai(nc, f'Mong đợi căn cứ của quy định {names} là "{VERIFICATION_VI[wanted]}", nhưng là: {shown}.')
    if wanted == "unverified" and not all("cần xác minh" in f.message for f in found):
        raise _sai(nc, f"Căn cứ chưa xác minh nhưng thông báo của quy định {names} không ghi chú cần xác minh.")


@then(parsers.re(r'thông báo (?:có nội dung|nêu) "(?P<doan>[^"]+)"'))
def thong_bao(nc, doan):
    found = [f for f in _phat_hien(nc) if not nc.quy_dinh_dang_xet or f.rule_id == nc.quy_dinh_dang_xet]
    if not any(_chuan(doan) in _chuan(f.message) for f in found):
        raise _sai(nc, f'Mong đợi một thông báo có đoạn "{doan}".')
