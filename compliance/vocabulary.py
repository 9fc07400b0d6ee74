"""Vietnamese words for the contract's codes, and VND formatting/parsing."""

from __future__ import annotations

import re

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
}
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
# Vietnamese words for coded values, by the rulebook field that holds them (used in messages).
VALUE_VI = {
    "unit.level": LEVEL_VI, "activity.organiser_level": LEVEL_VI, "activity.venue.kind": VENUE_VI,
    "activity.kind": KIND_VI, "category": CATEGORY_VI, "attributes.respondent": RESPONDENT_VI,
    "subproject": SUBPROJECT_VI,
}
DECISION_VI = {"approve": "duyệt", "flag": "gắn cờ"}
DOCUMENT_VI = {
    "invoice": "hóa đơn", "contract": "hợp đồng", "acceptance_minutes": "biên bản nghiệm thu",
    "attendance_list": "danh sách tham dự", "approval_decision": "quyết định phê duyệt",
    "payment_voucher": "chứng từ thanh toán", "invitation": "giấy mời", "other": "khác",
}


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
