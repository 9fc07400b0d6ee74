"""The one vocabulary: the Vietnamese words for the contract's codes and fields, and VND formatting.

The words an officer writes in Excel or CSV, the words a rule writer writes in a feature and the
words a message prints are the same words, taken from here: each code has its label (`VALUE_VI`)
and may have other accepted spellings (`SYNONYMS`); `words_for` reads any of them back, case-,
space- and Unicode-form-insensitively. `HEADER` names the template column of each field, so a
message that asks for a blank names the column to fill in (`ask`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

CATEGORY_VI = {
    "lecturer_fee": "thù lao giảng viên, báo cáo viên",
    "trainee_meal": "hỗ trợ tiền ăn học viên",
    "delegate_meal": "hỗ trợ tiền ăn đại biểu",
    "drinking_water": "nước uống",
    "per_diem": "phụ cấp lưu trú",
    "lodging": "tiền thuê phòng nghỉ",
    "travel": "tiền tàu xe, đi lại",
    "venue_rental": "thuê hội trường, thiết bị",
    "materials_writing": "biên soạn tài liệu",
    "materials_editing": "biên tập tài liệu",
    "materials_review": "thẩm định tài liệu",
    "printing": "in ấn tài liệu, cẩm nang",
    "respondent_payment": "chi người cung cấp thông tin",
    "enumerator_pay": "chi điều tra viên, rà soát viên",
    "expert_fee": "thuê chuyên gia",
    "software": "phần mềm, cơ sở dữ liệu",
    "hospitality": "tiếp khách",
    "other": "khác",
    # additions (never renamed): survey work under Circular 109/2016 (Art. 3 cl. 1, 9)
    "survey_design": "xây dựng phương án, phiếu điều tra",
    "result_analysis": "tổng hợp, phân tích kết quả điều tra",
    "data_processing": "xử lý kết quả điều tra",
    # additions (never renamed): interpretation and translation (Circular 71/2018, 35/2026),
    # own-vehicle and monthly flat travel allowances (Circular 40/2017 Art. 5, 8)
    "translation": "biên dịch tài liệu",
    "interpretation": "phiên dịch",
    "own_vehicle": "khoán tự túc phương tiện",
    "monthly_allowance": "khoán công tác phí theo tháng",
}
KIND_VI = {
    "training": "đào tạo, tập huấn, bồi dưỡng",
    "materials": "xây dựng, biên soạn tài liệu",
    "study_tour": "học tập, trao đổi kinh nghiệm",
    "conference": "hội thảo, hội nghị, sơ kết, tổng kết",
    "handbook": "xây dựng, in ấn cẩm nang, sổ tay",
    "results_framework": "xây dựng khung kết quả, hệ thống giám sát đánh giá",
    "household_review": "rà soát hộ nghèo, hộ cận nghèo hằng năm",
    "evaluation_survey": "điều tra, đánh giá đầu kỳ, giữa kỳ, cuối kỳ",
    "database_software": "cơ sở dữ liệu, phần mềm quản lý dữ liệu giảm nghèo",
    "inspection": "kiểm tra, giám sát, đánh giá",
}
REASON_VI = {
    "over_ceiling": "vượt mức tối đa",
    "ineligible": "không được chi",
    "wrong_subproject": "sai tiểu dự án",
    "outside_period": "ngoài thời gian kế hoạch",
    "over_duration": "vượt thời gian tối đa",
    "over_budget": "vượt dự toán được giao",
    "arithmetic_mismatch": "sai số học",
    "missing_document": "thiếu chứng từ",
    "duplicate": "chi trùng",
    "no_applicable_rule": "chưa có quy định áp dụng",
    "missing_information": "thiếu thông tin",
    "manual_review": "cần thẩm định thủ công",
    "wrong_budget_code": "sai mã nội dung kinh tế",
}
# How an appraisal record (biên bản thẩm định) classifies a flag, and what it recommends, by reason.
APPRAISAL_CLASS_VI = {
    "over_ceiling": "sai định mức", "arithmetic_mismatch": "sai định mức",
    "ineligible": "sai nội dung", "wrong_subproject": "sai nội dung", "outside_period": "sai nội dung",
    "over_duration": "sai nội dung", "duplicate": "sai nội dung",
    "missing_document": "thiếu hồ sơ", "wrong_budget_code": "sai mục lục", "over_budget": "vượt dự toán",
    "missing_information": "cần bổ sung thông tin", "manual_review": "cần thẩm định thủ công",
    "no_applicable_rule": "cần thẩm định thủ công",
}
RECOMMENDATION_VI = {
    "over_ceiling": "giảm thanh toán", "arithmetic_mismatch": "giảm thanh toán", "over_budget": "giảm thanh toán",
    "ineligible": "không thanh toán; đã thanh toán thì nộp trả (C2-05a/NS)",
    "wrong_subproject": "điều chỉnh (C2-10/NS)", "outside_period": "không thanh toán; đã thanh toán thì nộp trả (C2-05a/NS)",
    "over_duration": "giảm thanh toán", "duplicate": "không thanh toán; đã thanh toán thì nộp trả (C2-05a/NS)",
    "missing_document": "bổ sung hồ sơ", "wrong_budget_code": "điều chỉnh mã (C2-10/NS)",
    "missing_information": "bổ sung thông tin", "manual_review": "thẩm định thủ công",
    "no_applicable_rule": "thẩm định thủ công",
}
FLAG_KIND_VI = {"violation": "vi phạm", "missing_information": "thiếu thông tin",
                "manual_review": "cần thẩm định thủ công"}
FLAG_KIND_EN = {"violation": "violation", "missing_information": "missing information", "manual_review": "manual review"}
LEVEL_VI = {"province": "cấp tỉnh", "district": "cấp huyện", "commune": "cấp xã"}
VENUE_VI = {
    "central_city_urban": "nội thành thành phố trực thuộc trung ương",
    "central_city_other": "ngoại thành thành phố trực thuộc trung ương",
    "provincial_city": "thành phố thuộc tỉnh",
    "provincial_town": "thị xã",
    "district": "huyện",
    "commune": "xã",
}
RESPONDENT_VI = {"individual": "cá nhân", "organisation": "tổ chức", "state_body": "cơ quan nhà nước"}
SUBPROJECT_VI = {"TDA1": "Tiểu dự án 1", "TDA2": "Tiểu dự án 2"}
DECISION_VI = {"approve": "duyệt", "flag": "gắn cờ"}
DOCUMENT_VI = {
    "invoice": "hóa đơn", "contract": "hợp đồng", "acceptance_minutes": "biên bản nghiệm thu",
    "attendance_list": "danh sách tham dự", "approval_decision": "quyết định phê duyệt",
    "payment_voucher": "chứng từ thanh toán", "invitation": "giấy mời", "other": "khác",
    "ticket": "vé", "boarding_pass": "thẻ lên máy bay", "travel_order": "giấy đi đường",
    "assignment_decision": "quyết định cử đi công tác", "receipt_list": "danh sách ký nhận",
    "timesheet": "bảng chấm công", "lead_unit_notice": "thông báo của đơn vị chủ trì",
}
LEADER_GROUP_VI = {"minister": "lãnh đạo cấp Bộ", "deputy_minister": "cấp Thứ trưởng, hệ số 1,25–1,3",
                   "other": "khác"}
# What an administrative unit is (rules/dia-danh `kind`), in the words the place messages use.
PLACE_KIND_VI = {"central_city": "thành phố trực thuộc trung ương", "province": "tỉnh", "urban_district": "quận",
                 "city": "thành phố", "district_town": "thị xã", "rural_district": "huyện", "ward": "phường",
                 "commune": "xã", "township": "thị trấn", "special_zone": "đặc khu"}
LOCATION_CLASS_VI = {
    "city_grade_1": "quận, thành phố thuộc thành phố trực thuộc trung ương, thành phố loại I thuộc tỉnh",
    "town": "huyện, thị xã thuộc thành phố trực thuộc trung ương, thị xã, thành phố khác thuộc tỉnh",
    "other": "các vùng còn lại",
}
ENUMERATOR_VI = {
    "outsourced": "thuê ngoài", "guide": "người dẫn đường", "commune_officer": "công chức xã",
    "own_staff": "công chức của đơn vị, trong giờ", "own_staff_overtime": "công chức của đơn vị, ngoài giờ",
}
MEETING_VI = {
    "training": "tập huấn, triển khai", "review": "sơ kết, tổng kết", "thematic": "chuyên đề",
    "professional": "chuyên môn", "briefing": "giao ban, giải quyết công việc", "workshop": "hội thảo",
}
TRAINING_FORM_VI = {"course": "lớp đào tạo, bồi dưỡng, tập huấn", "meeting": "hội nghị tập huấn, triển khai"}

# Vietnamese words for coded values, by the field that holds them, named as rules name fields
# (rulebook/fields.py: `activity.venue.kind`, `attributes.mode`, …).
VALUE_VI: dict[str, dict[str, str]] = {
    "unit.level": LEVEL_VI, "activity.organiser_level": LEVEL_VI, "activity.venue.kind": VENUE_VI,
    "activity.kind": KIND_VI, "category": CATEGORY_VI, "attributes.respondent": RESPONDENT_VI,
    "subproject": SUBPROJECT_VI,
    "attributes.mode": {"flat": "khoán", "invoice": "theo hóa đơn"},
    "attributes.leader_group": LEADER_GROUP_VI,
    "attributes.location_class": LOCATION_CLASS_VI,
    "attributes.enumerator_kind": ENUMERATOR_VI,
    "attributes.language_group": {"un": "một trong 6 ngôn ngữ của Liên hợp quốc", "other": "ngôn ngữ khác"},
    "attributes.translation_direction": {"to_vietnamese": "sang tiếng Việt", "from_vietnamese": "từ tiếng Việt"},
    "attributes.interpretation_mode": {"ordinary": "dịch thường, nối tiếp", "simultaneous": "dịch đuổi, cabin"},
    "attributes.hospitality_kind": {"meal": "mời cơm", "refreshment": "giải khát"},
    "activity.attributes.meeting_type": MEETING_VI,
    "activity.attributes.training_form": TRAINING_FORM_VI,
    "activity.attributes.survey_level": {"central": "trung ương", "provincial": "cấp tỉnh", "local": "cấp huyện, xã"},
    "documents": DOCUMENT_VI,
}
# Other words people write for the same codes (in Excel, CSV and features), by field.
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "unit.level": {"province": ("tỉnh",), "district": ("huyện",), "commune": ("xã",)},
    "activity.organiser_level": {"province": ("tỉnh",), "district": ("huyện",), "commune": ("xã",)},
    "subproject": {"TDA1": ("1", "tiểu dự án 1 (nâng cao năng lực)"), "TDA2": ("2", "tiểu dự án 2 (giám sát, đánh giá)")},
    "activity.kind": {
        "training": ("tập huấn", "đào tạo", "bồi dưỡng", "lớp tập huấn", "lớp đào tạo", "lớp bồi dưỡng",
                     "hội nghị tập huấn"),
        "materials": ("biên soạn tài liệu", "xây dựng tài liệu"),
        "study_tour": ("học tập kinh nghiệm", "trao đổi kinh nghiệm"),
        "conference": ("hội nghị", "hội thảo", "sơ kết", "tổng kết", "hội nghị sơ kết", "hội nghị tổng kết",
                       "hội thảo khoa học"),
        "handbook": ("cẩm nang", "sổ tay", "in ấn cẩm nang, sổ tay"),
        "results_framework": ("khung kết quả", "xây dựng khung kết quả"),
        "household_review": ("rà soát hộ nghèo", "rà soát hộ nghèo, hộ cận nghèo"),
        "evaluation_survey": ("điều tra, đánh giá", "điều tra"),
        "database_software": ("cơ sở dữ liệu", "phần mềm quản lý dữ liệu giảm nghèo"),
        "inspection": ("kiểm tra, giám sát", "kiểm tra", "giám sát"),
    },
    "category": {
        "lecturer_fee": ("thù lao giảng viên", "thù lao báo cáo viên"),
        "trainee_meal": ("tiền ăn học viên",),
        "delegate_meal": ("tiền ăn đại biểu",),
        "lodging": ("thuê phòng nghỉ", "tiền thuê phòng", "tiền phòng"),
        "travel": ("tiền tàu xe", "đi lại", "tàu xe"),
        "venue_rental": ("thuê hội trường",),
        "printing": ("in ấn", "in ấn tài liệu"),
        "respondent_payment": ("người cung cấp thông tin",),
        "enumerator_pay": ("điều tra viên", "rà soát viên"),
        "software": ("phần mềm", "cơ sở dữ liệu"),
    },
    "activity.venue.kind": {"central_city_urban": ("nội thành",),
                            "central_city_other": ("ngoại thành", "huyện, thị xã thuộc thành phố trực thuộc trung ương")},
    "attributes.mode": {"invoice": ("hóa đơn", "thực tế")},
    "attributes.leader_group": {"minister": ("Bộ trưởng", "Bộ trưởng và tương đương"),
                                "deputy_minister": ("Thứ trưởng", "hệ số 1,25", "hệ số 1,3", "hệ số 1,25-1,3"),
                                "other": ("các đối tượng còn lại",)},
    "attributes.enumerator_kind": {"outsourced": ("điều tra viên thuê ngoài", "người dẫn đường kiêm phiên dịch"),
                                   "own_staff": ("công chức đơn vị", "trong giờ"),
                                   "own_staff_overtime": ("công chức đơn vị, ngoài giờ", "ngoài giờ")},
    "activity.attributes.training_form": {"course": ("lớp", "lớp tập huấn", "lớp đào tạo", "lớp bồi dưỡng"),
                                          "meeting": ("hội nghị tập huấn", "hội nghị triển khai")},
    "activity.attributes.meeting_type": {"review": ("sơ kết", "tổng kết"), "briefing": ("giao ban",),
                                         "workshop": ("hội thảo khoa học", "nghiên cứu khoa học")},
    "documents": {"approval_decision": ("quyết định phê duyệt đề cương, dự toán",),
                  "ticket": ("vé máy bay", "vé tàu", "vé xe"), "boarding_pass": ("cuống vé máy bay",),
                  "assignment_decision": ("quyết định cử", "văn bản cử đi công tác"),
                  "receipt_list": ("danh sách nhận tiền", "bảng kê ký nhận"),
                  "lead_unit_notice": ("văn bản thông báo của đơn vị chủ trì",)},
}
BOOL_VI = {True: "có", False: "không"}

# The template's column of each field (reports/template.py writes them, readers read them).
# Attributes without a column of their own are written in the "Thuộc tính khác …" column as key=value.
HEADER: dict[str, str] = {
    "claim_id": "Mã hồ sơ", "unit.code": "Mã đơn vị", "unit.name": "Tên đơn vị", "unit.level": "Cấp đơn vị", "unit.province": "Mã tỉnh",
    "fiscal_year": "Năm ngân sách", "subproject": "Tiểu dự án", "activity.kind": "Loại hoạt động",
    "activity.title": "Tên hoạt động", "activity.start_date": "Ngày bắt đầu", "activity.end_date": "Ngày kết thúc",
    "activity.organiser_level": "Cấp tổ chức", "activity.venue.name": "Địa điểm",
    "activity.venue.kind": "Loại địa điểm", "activity.participants": "Số người tham dự",
    "activity.attributes.abroad": "Học tập nước ngoài", "activity.attributes.training_form": "Hình thức tập huấn",
    "activity.attributes.meeting_type": "Loại cuộc họp",
    "claim.attributes": "Thuộc tính khác của hồ sơ", "activity.attributes": "Thuộc tính khác của hoạt động",
    "line_id": "Mã khoản chi", "category": "Loại khoản chi", "description": "Nội dung", "quantity": "Số lượng",
    "unit": "Đơn vị tính", "unit_price": "Đơn giá", "amount": "Thành tiền", "incurred_on": "Ngày phát sinh",
    "payee.name": "Người nhận", "payee.salaried": "Hưởng lương", "payee.grade": "Hạng",
    "attributes.respondent": "Đối tượng cung cấp thông tin", "attributes.indicators": "Số chỉ tiêu",
    "attributes.mode": "Hình thức thanh toán phòng", "attributes.enumerator_kind": "Loại điều tra viên",
    "attributes.ndkt": "Mã NDKT",
    "attributes": "Thuộc tính khác của khoản chi", "documents": "Chứng từ",
}
# Fields worked out from others (engine/infer.py): a blank one is asked for through what it comes
# from — alternatives, each with the words to write when they differ from the field's own.
ASKED_AS: dict[str, tuple[tuple[str, dict[str, str] | None], ...]] = {
    "attributes.leader_group": (("payee.grade", LEADER_GROUP_VI),),
    "attributes.location_class": (("activity.venue.name", None), ("activity.venue.kind", None)),
    "ndkt_muc": (("attributes.ndkt", None),),
    "ndkt_tieu_muc": (("attributes.ndkt", None),),
}


def normalise(text: str | None) -> str:
    """Compare names and words as people mean them: NFC, case and spacing folded."""
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def words_for(field: str) -> dict[str, str]:
    """Every accepted word (normalised) for the codes of `field` -> the code; a word shared by two
    codes is left out, since it could mean either."""
    found: dict[str, set[str]] = {}
    labels = VALUE_VI.get(field, {})
    for code in labels.keys() | SYNONYMS.get(field, {}).keys():
        for word in (code, labels.get(code, code), *SYNONYMS.get(field, {}).get(code, ())):
            found.setdefault(normalise(word), set()).add(code)
    return {word: next(iter(codes)) for word, codes in found.items() if len(codes) == 1}


def column_of(field: str) -> tuple[str, str | None]:
    """(template column of a field, the key to write in it when that is an "other attributes" column)."""
    if field in HEADER:
        return HEADER[field], None
    if field.startswith("documents."):
        return HEADER["documents"], None
    for prefix in ("activity.attributes", "claim.attributes", "attributes"):
        if field.startswith(prefix + "."):
            return HEADER[prefix], field[len(prefix) + 1:]
    return field, None


def _how(field: str, kind: str, values: dict[str, str] | None) -> str:
    """What to write for a field: its values in Vietnamese (as key=value in an attributes column)."""
    if field.startswith("documents."):
        paper = DOCUMENT_VI.get(field.split(".", 1)[1], field)
        return f"nêu {paper} nếu hồ sơ có (ví dụ «{paper}:số:ngày»)"
    key = column_of(field)[1]
    shown = (lambda value: f"«{key}={value}»") if key else (lambda value: f"«{value}»")
    values = values or VALUE_VI.get(field)
    if values:
        return "ghi một trong " + ", ".join(shown(label) for label in values.values())
    if kind == "bool":
        return f"ghi {shown('có')} hoặc {shown('không')}"
    if field == "activity.venue.name":
        return "ghi tên địa danh, ví dụ «TP Tam Kỳ», «huyện Duy Xuyên», «xã Tam Hiệp»"
    if kind in ("int", "num"):
        return f"ghi {shown('một số')}"
    return f"ghi {shown('…')}"


def ask(fields: list[str], kinds: dict[str, str]) -> tuple[str, str]:
    """What to ask an officer for blank fields (named as rules name them): the template columns to
    fill in, with their fields ("«Hạng» (payee.grade)"), and what to write in each. A field worked
    out from others is asked for through them (`ASKED_AS`: alternatives joined by "hoặc")."""
    groups: list[list[tuple[str, str]]] = []  # per blank field: (column and field, what to write)
    seen: set[str] = set()
    for field in fields:
        options = [(f, values) for f, values in ASKED_AS.get(field, ((field, None),)) if f not in seen]
        seen.update(f for f, _ in options)
        if options:
            groups.append([(f"«{column_of(f)[0]}» ({f})", _how(f, kinds.get(f, "str"), values))
                           for f, values in options])
    names = " và ".join(" hoặc ".join(name for name, _ in group) for group in groups)
    if len(groups) == 1 and len(groups[0]) == 1:
        return names, groups[0][0][1]
    return names, "; ".join(f"{name}: {how}" for group in groups for name, how in group)


@functools.lru_cache(maxsize=4096)  # messages show the same ceilings and prices over and over
def money(value: int | float) -> str:
    """200000 -> '200.000 đ' (Vietnamese thousands separator)."""
    return f"{round(value):,} đ".replace(",", ".")


_GROUPED = re.compile(r"^\d{1,3}([.,  ]\d{3})+$")


def parse_money(text: str) -> int:
    """Read a VND amount written the Vietnamese way: '1.004.012.000', '1,004,012,000', '200000', '200.000 đ'.

    Raises ValueError for anything that is not a whole, non-negative number of đồng.
    """
    s = text.strip().lower()
    for suffix in ("vnđ", "vnd", "đồng", "đ"):
        if s.endswith(suffix):
            s = s[: -len(suffix)].strip()
            break
    if s.isdigit():
        return int(s)
    if _GROUPED.match(s) and len({ch for ch in s if not ch.isdigit()}) == 1:
        return int(re.sub(r"\D", "", s))
    raise ValueError(text)

# How the three kinds of flag are counted (reports and web pages).
KIND_NOTE_VI = ("Mỗi khoản gắn cờ (một khoản chi, hoặc các kiểm tra cấp hồ sơ) thuộc một loại: vi phạm lấn thiếu "
                "thông tin, thiếu thông tin lấn cần thẩm định thủ công. Số tiền đề nghị của kiểm tra cấp hồ sơ là "
                "của cả hồ sơ; số tiền rủi ro của nó là phần hồ sơ mất thêm ngoài các khoản chi.")

# How sure a figure or a rule is (the rulebook's marks V, S, M; models.Verification): one wording everywhere.
VERIFICATION_VI = {"official_text": "đã đối chiếu văn bản gốc", "secondary": "theo nguồn thứ cấp",
                   "unverified": "chưa xác minh"}
UNVERIFIED_NOTE = " (mức/căn cứ này chưa được đối chiếu với văn bản gốc — cần xác minh)"  # after a message (M)
# A figure or rule read in a mirror of the law or a secondary source (never shown as if it were the gazette).
SECONDARY_NOTE = " (căn cứ theo nguồn thứ cấp, chưa đối chiếu công báo)"  # after a message (S)
SEEN_VI = {"V": "", "S": "nguồn thứ cấp: ", "M": "chưa xác minh: "}  # before where a figure was read
OUTCOME_VI = {"pass": "đạt", "fail": "không đạt"}

# The store: what an auditor does with a flag, why, and where the item stands.
ACTIONS_VI = {
    "confirm": "xác nhận cờ",
    "overturn": "bỏ cờ, chấp nhận khoản chi",
    "request_documents": "yêu cầu bổ sung chứng từ",
}
RESOLUTION_REASONS_VI = {
    "management_exception": "ngoại lệ được cấp có thẩm quyền chấp thuận",
    "in_policy": "đúng chế độ, định mức",
    "false_positive": "quy tắc gắn cờ nhầm",
    "corrected_by_submitter": "đơn vị đã điều chỉnh, bổ sung",
    "confirmed_violation": "vi phạm được xác nhận",
    "documents_missing": "thiếu chứng từ, cần bổ sung",
}
STATUS_VI = {"open": "chưa xử lý", "waiting": "chờ bổ sung chứng từ", "resolved": "đã xử lý"}

# Users: roles and what each may do.
ROLES_VI = {"finance": "kế toán, kiểm soát chi", "auditor": "thanh tra, kiểm toán", "admin": "quản trị"}
PERMISSIONS_VI = {"read": "xem", "upload": "tải lên và thẩm định lô", "resolve": "xử lý cờ",
                  "manage_users": "quản lý người dùng"}

# The trail's actions, as `audit log` and the web trail page show them.
TRAIL_ACTIONS_VI = {
    "batch.save": "lưu lô đã thẩm định",
    "disposition": "xử lý cờ",
    "login": "đăng nhập",
    "login.failed": "đăng nhập thất bại",
    "user.add": "thêm người dùng",
    "user.change": "sửa người dùng",
    "user.unlock": "mở khóa đăng nhập",
    "export": "xuất báo cáo",
}
