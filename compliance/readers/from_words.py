"""What a treasury payment order says in words, as the contract's codes (readers/treasury.py).

A row of a C2-02a/NS order carries a content text, its invoice and voucher, the Mã NDKT and the
amount — not the category, quantity or unit price our rules read; the order's header names the
unit and the programme, not the unit's level, the sub-project or the kind of activity. Each
function here works one of them out from the words (or, for the category, the Mã NDKT) and returns
it with a Vietnamese note saying what it came from; None when the words do not tell (the value then
stays blank: never a guess).
"""

from __future__ import annotations

import re
import unicodedata

from ..vocabulary import CATEGORY_VI, KIND_VI, LEVEL_VI, SUBPROJECT_VI, normalise, parse_money

Found = tuple[str, str]  # (code, note)


def plain(text: str | None) -> str:
    """Lower case without diacritics ("Mã NDKT" → "ma ndkt"): officers type labels both ways."""
    folded = unicodedata.normalize("NFD", normalise(text)).replace("đ", "d")
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _first(text: str, cues: tuple[tuple[str, str], ...], fold=plain) -> tuple[str, str] | None:
    """The first (word, code) whose words occur in `text` as whole words (both folded by `fold`: without
    diacritics by default, as labels and contents are typed both ways)."""
    folded = fold(text)
    for word, code in cues:
        if re.search(rf"(?<!\w){re.escape(fold(word))}(?!\w)", folded):
            return word, code
    return None


# ---- quantity × unit price: "4 người x 3 ngày x 150.000đ" ------------------------------------------

_NUMBER = r"\d[\d.,]*"
_WORD = r"(?![x×](?!\w))[^\W\d_]+"  # a word, but not the "x" of a product
_UNIT = rf"{_WORD}(?:-{_WORD})?"  # người, ngày, buổi, đêm, lượt, trang, người-ngày …
_FACTOR = rf"({_NUMBER})\s*((?:{_UNIT})?)"
_CHAIN = re.compile(rf"{_NUMBER}\s*(?:{_UNIT})?(?:\s*[x×*]\s*{_NUMBER}\s*(?:{_UNIT})?)+", re.IGNORECASE)
_MONEY_UNITS = {"đ", "đồng", "vnđ", "vnd", "d", "dong"}


def _count(text: str) -> int | float | None:
    """A count as officers write it: 4, 1,5, 1.5 (a decimal; counts are never in thousands here)."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def quantity_and_price(content: str | None) -> tuple[int | float, str | None, int, str] | None:
    """(quantity, unit, unit price, note) from a product written in the content, e.g. "4 người x 3 ngày
    x 150.000 đ" → (12, "người-ngày", 150000): the factor in đồng (written with an đ, or the last one of
    at least 1.000) is the unit price, the others multiply into the quantity. None without a product."""
    if not content:
        return None
    match = _CHAIN.search(content)
    if not match:
        return None
    factors = re.findall(_FACTOR, match.group(0))
    priced = [i for i, (_, unit) in enumerate(factors) if unit.strip().casefold() in _MONEY_UNITS]
    if not priced:
        priced = [i for i, (number, _) in enumerate(factors)
                  if (figure := _money(number)) is not None and figure >= 1000][-1:]
    if len(priced) != 1 or len(factors) < 2:
        return None
    price = _money(factors[priced[0]][0])
    counts = [(_count(number), unit.strip()) for i, (number, unit) in enumerate(factors) if i != priced[0]]
    if price is None or any(value is None for value, _ in counts):
        return None
    quantity: int | float = 1
    for value, _ in counts:
        quantity *= value  # type: ignore[operator]
    if isinstance(quantity, float):
        quantity = round(quantity, 4)
    unit = "-".join(u for _, u in counts if u) or None
    return quantity, unit, price, f"số lượng và đơn giá suy ra từ nội dung «{match.group(0).strip()}»"


def _money(text: str) -> int | None:
    try:
        return parse_money(text)
    except ValueError:
        return None


# ---- the category of a row: its words first, then its Mã NDKT -----------------------------------------

# Order matters: the more specific words first ("tiền ăn" of trainees before any "tiền ăn").
CATEGORY_CUES: tuple[tuple[str, str], ...] = (
    ("phụ cấp lưu trú", "per_diem"), ("lưu trú", "per_diem"),
    ("khoán công tác phí", "monthly_allowance"), ("tự túc phương tiện", "own_vehicle"),
    ("khoán phương tiện", "own_vehicle"),
    ("thuê phòng nghỉ", "lodging"), ("tiền phòng", "lodging"), ("phòng nghỉ", "lodging"), ("tiền ngủ", "lodging"),
    ("vé máy bay", "travel"), ("tàu xe", "travel"), ("đi lại", "travel"), ("thuê xe", "travel"), ("vé xe", "travel"),
    ("giảng viên", "lecturer_fee"), ("báo cáo viên", "lecturer_fee"),
    ("nước uống", "drinking_water"),
    ("tiền ăn học viên", "trainee_meal"), ("ăn cho học viên", "trainee_meal"),
    ("tiền ăn đại biểu", "delegate_meal"), ("ăn cho đại biểu", "delegate_meal"),
    ("hội trường", "venue_rental"), ("thuê thiết bị", "venue_rental"), ("máy chiếu", "venue_rental"),
    ("biên soạn", "materials_writing"), ("biên tập", "materials_editing"), ("thẩm định tài liệu", "materials_review"),
    ("in ấn", "printing"), ("in tài liệu", "printing"), ("phô tô", "printing"), ("photo", "printing"),
    ("tiếp khách", "hospitality"),
    ("rà soát viên", "enumerator_pay"), ("điều tra viên", "enumerator_pay"),
    ("cung cấp thông tin", "respondent_payment"),
    ("xây dựng phương án", "survey_design"), ("phiếu điều tra", "survey_design"),
    ("tổng hợp, phân tích", "result_analysis"), ("phân tích kết quả", "result_analysis"),
    ("xử lý kết quả", "data_processing"), ("nhập phiếu", "data_processing"), ("nhập liệu", "data_processing"),
    ("chuyên gia", "expert_fee"), ("phần mềm", "software"), ("cơ sở dữ liệu", "software"),
    ("phiên dịch", "interpretation"), ("biên dịch", "translation"), ("dịch tài liệu", "translation"),
)
# "Tiền ăn" alone: of the trainees in a course, of the delegates otherwise.
_MEAL = ("tiền ăn", "hỗ trợ ăn", "ăn trưa")
# Sub-items whose name says what the cost is (Circular 324/2016, Appendix III; unverified: the rulebook's
# tt324-2016 notes say which codes have a source).
NDKT_CATEGORY = {6702: "per_diem", 6703: "lodging", 6654: "lodging", 6701: "travel", 6653: "travel",
                 6652: "lecturer_fee", 6704: "monthly_allowance", 7761: "hospitality"}


def category(content: str | None, ndkt: int | None, activity_kind: str | None) -> Found | None:
    """The category of an order's row from its content, else from its Mã NDKT; None if neither tells."""
    if content:
        found = _first(content, CATEGORY_CUES)
        if found:
            word, code = found
            return code, f"loại khoản chi suy ra từ nội dung «{content}» (có chữ «{word}»): {CATEGORY_VI[code]}"
        meal = _first(content, tuple((w, "meal") for w in _MEAL))
        if meal:
            code = "trainee_meal" if activity_kind == "training" else "delegate_meal"
            return code, (f"loại khoản chi suy ra từ nội dung «{content}» (có chữ «{meal[0]}») và loại hoạt động "
                          f"{KIND_VI.get(activity_kind or '', '')}: {CATEGORY_VI[code]}")
    if ndkt in NDKT_CATEGORY:
        code = NDKT_CATEGORY[ndkt]
        return code, f"loại khoản chi suy ra từ Mã NDKT {ndkt} (tên tiểu mục, chưa xác minh): {CATEGORY_VI[code]}"
    return None


# ---- the claim: kind of activity, sub-project, unit level ----------------------------------------------

KIND_CUES: tuple[tuple[str, str], ...] = (
    ("học tập kinh nghiệm", "study_tour"), ("trao đổi kinh nghiệm", "study_tour"),
    ("tập huấn", "training"), ("đào tạo", "training"), ("bồi dưỡng", "training"), ("lớp", "training"),
    ("hội nghị", "conference"), ("hội thảo", "conference"), ("sơ kết", "conference"), ("tổng kết", "conference"),
    ("rà soát hộ nghèo", "household_review"), ("rà soát", "household_review"),
    ("khảo sát", "evaluation_survey"), ("điều tra", "evaluation_survey"), ("đánh giá", "evaluation_survey"),
    ("kiểm tra", "inspection"), ("giám sát", "inspection"),
    ("cẩm nang", "handbook"), ("sổ tay", "handbook"),
    ("bộ chỉ số", "results_framework"), ("khung kết quả", "results_framework"),
    ("phần mềm", "database_software"), ("cơ sở dữ liệu", "database_software"),
    ("tài liệu", "materials"),
)
_SUBPROJECT = re.compile(r"(?<!\w)(?:tiểu dự án|tieu du an|tda)\s*(1|2|i{1,2})(?!\w)")
# Words of a unit's name that tell its level (the province's departments, a district's offices, a commune).
LEVEL_CUES: tuple[tuple[str, str], ...] = (
    ("ubnd xã", "commune"), ("ủy ban nhân dân xã", "commune"), ("ubnd phường", "commune"),
    ("ubnd thị trấn", "commune"), ("thị xã", "district"), ("thị trấn", "commune"), ("xã", "commune"),
    ("phường", "commune"), ("huyện", "district"), ("quận", "district"), ("sở", "province"), ("tỉnh", "province"),
)
_NOT_A_PLACE = re.compile(r"(?<!\w)xã hội(?!\w)")  # "Thương binh và Xã hội" names no commune


def activity_kind(texts: list[tuple[str, str]]) -> Found | None:
    """The kind of activity from the first text (label, text) that names one: the decision or contract
    the order rests on, then the rows' contents."""
    for label, text in texts:
        found = _first(text, KIND_CUES)
        if found:
            word, code = found
            return code, f"loại hoạt động suy ra từ {label} (có chữ «{word}»): {KIND_VI[code]}"
    return None


def subproject(texts: list[tuple[str, str]]) -> Found | None:
    """The sub-project of Dự án 7 named in the programme's name, the decision or a row ("Tiểu dự án 1", "TDA2")."""
    for label, text in texts:
        match = _SUBPROJECT.search(normalise(text))
        if match:
            code = "TDA1" if match.group(1) in ("1", "i") else "TDA2"
            return code, f"tiểu dự án suy ra từ {label} (có chữ «{match.group(0)}»): {SUBPROJECT_VI[code]}"
    return None


def unit_level(name: str | None) -> Found | None:
    """The level of the unit from its name ("Phòng Lao động - TB&XH huyện Núi Thành" → district)."""
    if not name:
        return None
    # With diacritics: without them "quận" is "quản", "xã" is "xa", "sở" is "số".
    found = _first(_NOT_A_PLACE.sub(" ", normalise(name)), LEVEL_CUES, fold=normalise)
    if not found:
        return None
    word, code = found
    return code, f"cấp đơn vị suy ra từ tên đơn vị «{name}» (có chữ «{word}»): {LEVEL_VI[code]}"


_AT = re.compile(r"(?<!\w)tại\s+([^,;()]+?)(?=\s*(?:[,;()]|,?\s*từ ngày|,?\s*ngày\s+\d|$))", re.IGNORECASE)


def venue(texts: list[tuple[str, str]]) -> Found | None:
    """Where the activity took place, from the first "tại …" of the texts ("hội nghị sơ kết tại Tam Kỳ")."""
    for label, text in texts:
        match = _AT.search(text)
        if match and match.group(1).strip():
            name = match.group(1).strip()
            return name, f"địa điểm lấy từ {label} («tại {name}»)"
    return None
