"""Hypothesis strategies: claims that probe every rule's boundaries and every date change."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from compliance.models import Claim

KINDS = ["training", "materials", "study_tour", "conference", "handbook", "results_framework",
         "household_review", "evaluation_survey", "database_software", "inspection"]
CATEGORIES = ["lecturer_fee", "trainee_meal", "delegate_meal", "drinking_water", "per_diem", "lodging", "travel",
              "venue_rental", "materials_writing", "printing", "respondent_payment", "enumerator_pay",
              "expert_fee", "software", "hospitality", "other"]
DOCS = ["invoice", "contract", "acceptance_minutes", "approval_decision", "payment_voucher", "ticket",
        "lead_unit_notice", "invitation"]
# Days on each side of every date the rulebook changes on, and some ordinary ones.
EDGES = [dt.date(2017, 6, 30), dt.date(2022, 9, 11), dt.date(2022, 9, 12), dt.date(2022, 9, 30),
         dt.date(2022, 10, 1), dt.date(2022, 12, 31), dt.date(2023, 1, 1), dt.date(2023, 8, 14),
         dt.date(2023, 8, 15), dt.date(2025, 5, 3), dt.date(2025, 5, 4), dt.date(2026, 5, 30),
         dt.date(2026, 5, 31)]
# Mã NDKT: a right Tiểu mục for a per diem (6702), one of another Mục (6751), a Mục written for a Tiểu mục (6700),
# hospitality's own (7761), a "khác" Tiểu mục (7049).
NDKT = [6702, 6751, 6700, 7761, 7049]
PRICES = [0, 40000, 40001, 50000, 60000, 85000, 100000, 100001, 115000, 150000, 150001, 200000, 200001,
          300000, 300001, 1_000_000, 700_000_000]
dates = st.one_of(st.sampled_from(EDGES), st.dates(dt.date(2016, 1, 1), dt.date(2027, 12, 31)))


# Every strategy below is built once, here: building one inside a composite on each draw (and hypothesis
# validating it) took most of the time of tests/test_engines_agree.py. The draws, and so the data, are the same.
QUANTITIES = st.one_of(st.integers(0, 500), st.sampled_from([0.5, 1.5, 2.25]))
UNIT_PRICES = st.one_of(st.sampled_from(PRICES), st.integers(0, 2_000_000))
ROUNDING = st.sampled_from([0, 0, 0, 1, -1])
LINE_CATEGORIES = st.sampled_from(CATEGORIES)
DOCUMENT_DETAILS = st.fixed_dictionaries({}, optional={
    "number": st.sampled_from(["01/HĐ", "01/hđ ", "0001234", "Hóa đơn 7"]),
    "issuer": st.sampled_from(["Công ty A", "công ty  a", "Khách sạn Mường Thanh"])})
DOCUMENT_KINDS = st.lists(st.sampled_from(DOCS), max_size=3, unique=True)
LINE_ATTRIBUTES = st.fixed_dictionaries({}, optional={
    "respondent": st.sampled_from(["individual", "organisation", "state_body"]),
    "indicators": st.sampled_from([0, 30, 31, 40, 41, 90]),
    "mode": st.sampled_from(["flat", "invoice"]),
    "enumerator_kind": st.sampled_from(["outsourced", "guide", "commune_officer", "own_staff"]),
    "hospitality_kind": st.sampled_from(["meal", "refreshment"]),
    "ndkt": st.sampled_from(NDKT),
})
ONE_IN_5 = st.integers(0, 4)
ONE_IN_4 = st.integers(0, 3)
ONE_IN_3 = st.integers(0, 2)
BLANKS = st.lists(st.sampled_from(["quantity", "unit_price"]), max_size=2, unique=True)
SALARIED = st.sampled_from([None, True, False])
PAYEE_NAMES = st.sampled_from(["Nguyễn Văn A", "Nguye\u0302\u0303n Va\u0306n A", "Trần Thị B"])
GRADES = st.sampled_from([None, "Trưởng phòng", "Thứ trưởng", "chủ trì", "TS"])
UNITS = st.sampled_from([("SLDTBXH", "province"), ("STC", "province"), ("SKHDT", "province"),
                         ("HUYEN-NUITHANH", "district"), ("XA-TAMHIEP", "commune")])
ACTIVITY_KINDS = st.sampled_from(KINDS)
DAYS_LONG = st.integers(0, 4)
LEVELS = st.sampled_from(["province", "district", "commune"])
VENUE_KINDS = st.sampled_from(
    ["central_city_urban", "central_city_other", "provincial_city", "provincial_town", "district", "commune"])
VENUE_NAMES = st.sampled_from(["TP Tam Kỳ", "huyện Duy Xuyên", "phường Hải Châu, TP Đà Nẵng", "Khách sạn ở Hà Nội"])
TITLES = st.sampled_from([None, "Lớp tập huấn", "Hội nghị tập huấn", "Hội nghị sơ kết", "Hội thảo khoa học"])
LINE_COUNTS = st.integers(1, 4)
TOTAL_OFF_BY = st.sampled_from([0, 0, 1, -1])
SUBPROJECTS = st.sampled_from(["TDA1", "TDA2"])


@st.composite
def lines(draw, index: int):
    quantity = draw(QUANTITIES)
    price = draw(UNIT_PRICES)
    amount = round(quantity * price) + draw(ROUNDING)
    line = {
        "line_id": str(index + 1),
        "category": draw(LINE_CATEGORIES),
        "quantity": quantity, "unit_price": price, "amount": max(amount, 0),
        "documents": [{"kind": k, **draw(DOCUMENT_DETAILS)} for k in draw(DOCUMENT_KINDS)],
        "attributes": draw(LINE_ATTRIBUTES),
    }
    if draw(ONE_IN_5) == 0:  # a payment order's row: the papers named are not all of them
        line["documents_complete"] = False
    for blank in draw(BLANKS):
        if draw(ONE_IN_4) == 0:  # a payment order's row: the amount alone
            del line[blank]
    if draw(st.booleans()):
        line["incurred_on"] = draw(dates).isoformat()
    salaried = draw(SALARIED)
    if salaried is not None:
        # NFC and NFD spellings of the same name are the same person
        line["payee"] = {"name": draw(PAYEE_NAMES), "salaried": salaried}
        grade = draw(GRADES)
        if grade:
            line["payee"]["grade"] = grade
    return line


@st.composite
def claims(draw, index: int = 0) -> Claim:
    start = draw(dates)
    code, level = draw(UNITS)
    activity = {"kind": draw(ACTIVITY_KINDS), "start_date": start.isoformat(),
                "end_date": (start + dt.timedelta(days=draw(DAYS_LONG))).isoformat()}
    if draw(st.booleans()):
        activity["organiser_level"] = draw(LEVELS)
    if draw(st.booleans()):
        activity["venue"] = {"kind": draw(VENUE_KINDS)}
    elif draw(st.booleans()):  # only a name, as officers write it: the place table tells the rest
        activity["venue"] = {"name": draw(VENUE_NAMES)}
    title = draw(TITLES)
    if title:
        activity["title"] = title
    n = draw(LINE_COUNTS)
    items = [draw(lines(i)) for i in range(n)]
    attributes = {}
    total = sum(item["amount"] for item in items)
    for name in ("declared_total", "payee_list_total"):  # a treasury order's total row, its payee list's total
        if draw(ONE_IN_3) == 0:
            attributes[name] = max(total + draw(TOTAL_OFF_BY), 0)
    return Claim.model_validate({
        "claim_id": f"HS-{index}", "unit": {"code": code, "level": level},
        "fiscal_year": draw(st.sampled_from([start.year, 2022])), "subproject": draw(SUBPROJECTS),
        "activity": activity, "line_items": items, "attributes": attributes,
    })


batches = st.integers(1, 6).flatmap(lambda n: st.tuples(*[claims(i) for i in range(n)]))
