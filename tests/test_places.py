"""The place table (rules/dia-danh) and the venue inference (compliance/engine/places.py)."""

from __future__ import annotations

import datetime as dt
import typing
import unicodedata
from pathlib import Path

import pytest

from compliance.engine.places import Located, locate
from compliance.models import VenueKind
from compliance.rulebook import RulebookError, load
from compliance.vocabulary import LOCATION_CLASS_VI

BEFORE = dt.date(2024, 5, 1)      # three tiers, Quảng Nam a province
AFTER = dt.date(2025, 9, 1)       # two tiers, Quảng Nam part of Đà Nẵng
LAST_OLD, FIRST_NEW = dt.date(2025, 6, 30), dt.date(2025, 7, 1)


@pytest.fixture(scope="module")
def places():
    return load().places


def at(places, name, on, kind=None) -> Located:
    found = locate(places, name, kind, on)
    assert found.venue_kind is None or found.venue_kind in typing.get_args(VenueKind)
    assert found.location_class in (None, *LOCATION_CLASS_VI)
    assert found.mark in ("V", "S", "M")
    return found


def codes(found: Located) -> tuple[str | None, str | None]:
    return found.venue_kind, found.location_class


# --- the officer's examples, on both sides of 01/07/2025 ---------------------------------------------------

def test_provincial_city_not_grade_one_is_town_before_the_reform(places):
    found = at(places, "TP Tam Kỳ", BEFORE)
    assert codes(found) == ("provincial_city", "town")
    assert "Tam Kỳ" in found.note and "loại II" in found.note and LOCATION_CLASS_VI["town"] in found.note
    assert found.mark == "M"  # grade II after 03/2021 is not sourced
    assert at(places, "TP Tam Kỳ", dt.date(2020, 6, 1)).mark == "S"


def test_old_city_name_after_the_reform_follows_its_successor(places):
    found = at(places, "TP Tam Kỳ", AFTER)
    assert codes(found) == ("central_city_urban", "city_grade_1")
    assert found.mark == "M" and "01/07/2025" in found.note and "Đà Nẵng" in found.note
    assert "chưa đối chiếu" in found.note


@pytest.mark.parametrize("on, expected", [
    (LAST_OLD, ("district", "other")),
    (FIRST_NEW, ("central_city_other", "town")),
])
def test_huyen_of_quang_nam_on_both_sides_of_the_reform(places, on, expected):
    found = at(places, "Hội trường UBND huyện Duy Xuyên", on)
    assert codes(found) == expected
    assert found.mark == ("S" if on < FIRST_NEW else "M")


def test_commune_inside_a_huyen_takes_the_huyen_class(places):
    found = at(places, "xã Tam Hiệp, huyện Núi Thành", BEFORE)
    assert codes(found) == ("commune", "other")
    assert "không có trong bảng" in found.note and "Núi Thành" in found.note and found.mark == "M"
    after = at(places, "xã Tam Hiệp, huyện Núi Thành", AFTER)
    assert codes(after) == ("central_city_other", "town")  # a xã of Đà Nẵng now


def test_commune_inside_a_huyen_of_a_central_city_is_lodged_as_town(places):
    found = at(places, "xã Hòa Phong, huyện Hòa Vang, TP Đà Nẵng", BEFORE)
    assert codes(found) == ("commune", "town")
    assert "Hòa Vang" in found.note


def test_a_central_city_alone_cannot_be_classed(places):
    found = at(places, "Khách sạn Mường Thanh, Đà Nẵng", BEFORE)
    assert codes(found) == (None, None)
    assert "không rõ quận, huyện" in found.note


def test_ward_of_da_nang(places):
    before = at(places, "phường Hải Châu, TP Đà Nẵng", BEFORE)
    assert codes(before) == ("central_city_urban", "city_grade_1")  # Đà Nẵng had phường only in its quận
    assert before.mark == "M"
    after = at(places, "phường Hải Châu, TP Đà Nẵng", AFTER)
    assert codes(after) == ("central_city_urban", "city_grade_1") and after.mark == "M"


def test_quan_name_before_and_after(places):
    assert codes(at(places, "quận Hải Châu", BEFORE)) == ("central_city_urban", "city_grade_1")
    assert at(places, "quận Hải Châu", BEFORE).mark == "S"
    assert codes(at(places, "Q. Sơn Trà", BEFORE)) == ("central_city_urban", "city_grade_1")


def test_town_with_wards_and_communes_after_the_reform_needs_the_new_name(places):
    assert codes(at(places, "thị xã Điện Bàn", BEFORE)) == ("provincial_town", "town")
    found = at(places, "TX Điện Bàn", AFTER)
    assert codes(found) == (None, None) and "phường" in found.note and "xã" in found.note
    assert codes(at(places, "TP Hội An", AFTER)) == (None, None)
    assert codes(at(places, "TP Hội An", BEFORE)) == ("provincial_city", "town")


# --- Huế: a provincial city until 31/12/2024, a centrally-run city from 01/01/2025 -------------------------

def test_hue_on_both_sides_of_2025(places):
    old = at(places, "TP Huế", dt.date(2024, 12, 31))
    assert codes(old) == ("provincial_city", "city_grade_1") and old.mark == "S"
    new = at(places, "TP Huế", dt.date(2025, 1, 1))
    assert codes(new) == (None, None)  # the whole central city
    assert codes(at(places, "huyện Phú Vang", dt.date(2024, 12, 31))) == ("district", "other")
    assert codes(at(places, "huyện Phú Vang", dt.date(2025, 1, 1))) == ("central_city_other", "town")
    assert codes(at(places, "quận Thuận Hóa, TP Huế", dt.date(2025, 3, 1))) == ("central_city_urban", "city_grade_1")
    assert codes(at(places, "thị xã Hương Thủy", dt.date(2024, 6, 1))) == ("provincial_town", "town")
    assert codes(at(places, "thị xã Hương Thủy", dt.date(2025, 6, 1))) == ("central_city_other", "town")


# --- how officers write names --------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "TP Tam Kỳ", "TP. Tam Kỳ", "Tp.Tam Kỳ", "thành phố Tam Kỳ", "Thành Phố  TAM KỲ", "  tp   tam kỳ ",
    "Tam Kỳ", "Sở LĐTBXH, 02 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam",
    unicodedata.normalize("NFD", "TP Tam Kỳ"),
])
def test_spellings_of_one_place(places, name):
    assert codes(at(places, name, BEFORE)) == ("provincial_city", "town")


def test_tone_mark_position_and_nfd_do_not_matter(places):
    expected = ("central_city_other", "town")
    for name in ("huyện Hòa Vang", "huyện Hoà Vang", unicodedata.normalize("NFD", "huyện Hoà Vang"), "H. Hòa Vang"):
        assert codes(at(places, name, BEFORE)) == expected, name
    nfd = unicodedata.normalize("NFD", "xã Tam Hiệp, huyện Núi Thành")
    assert codes(at(places, nfd, BEFORE)) == ("commune", "other")


def test_words_that_only_look_like_prefixes(places):
    found = at(places, "Phòng Lao động - Thương binh và Xã hội huyện Duy Xuyên", BEFORE)
    assert codes(found) == ("district", "other") and "«xã" not in found.note.casefold()
    # a street named after a place is not the place
    assert codes(at(places, "Khách sạn X, đường Hoàng Sa, quận Sơn Trà", BEFORE)) == ("central_city_urban",
                                                                                     "city_grade_1")
    assert codes(at(places, "TT Huế", BEFORE)) == (None, None)  # the province (alias), not a thị trấn


def test_homonyms_need_their_province(places):
    found = at(places, "huyện Phong Điền", BEFORE)
    assert codes(found) == (None, None) and "trùng tên" in found.note
    assert codes(at(places, "huyện Phong Điền, TP Cần Thơ", BEFORE)) == ("central_city_other", "town")
    assert codes(at(places, "huyện Phong Điền, tỉnh Thừa Thiên Huế", BEFORE)) == ("district", "other")
    assert codes(at(places, "huyện An Lão, tỉnh Bình Định", BEFORE)) == ("district", "other")


# --- names not in the table ------------------------------------------------------------------------------

def test_unknown_names_are_classed_by_their_prefix_where_safe(places):
    found = at(places, "huyện Xyz", BEFORE)
    assert codes(found) == ("district", "other") and found.mark == "M"
    assert "không có trong bảng" in found.note
    assert codes(at(places, "quận 3, TP Hồ Chí Minh", BEFORE)) == ("central_city_urban", "city_grade_1")
    assert codes(at(places, "Q.1", BEFORE)) == ("central_city_urban", "city_grade_1")
    assert codes(at(places, "quận 3", AFTER)) == ("central_city_urban", "city_grade_1")
    assert codes(at(places, "huyện Xyz", AFTER)) == (None, None)  # no district tier: the area is unknown


def test_unknown_provincial_city_has_no_grade(places):
    found = at(places, "TP Vĩnh Long", BEFORE)
    assert codes(found) == ("provincial_city", None) and "loại I" in found.note


def test_a_xa_without_its_huyen_cannot_be_classed_for_lodging(places):
    assert codes(at(places, "xã Tam Hiệp, tỉnh Quảng Nam", BEFORE)) == ("commune", None)
    assert codes(at(places, "xã Tam Hiệp", AFTER)) == (None, None)  # province or central city unknown


def test_nothing_recognised(places):
    assert locate(places, None, None, BEFORE) == Located(None, None, "", "M")
    assert locate(places, "   ", None, BEFORE) == Located(None, None, "", "M")
    found = at(places, "Hội trường A", BEFORE)
    assert codes(found) == (None, None) and found.mark == "M" and "Hội trường A" in found.note


def test_an_empty_table_still_reads_prefixes(places):
    found = locate((), "huyện Duy Xuyên", None, BEFORE)
    assert codes(found) == ("district", "other") and found.mark == "M"
    assert codes(locate((), "Đà Nẵng", None, BEFORE)) == (None, None)


# --- grades of provincial cities -----------------------------------------------------------------------

def test_grade_one_provincial_cities(places):
    vinh = at(places, "TP Vinh", dt.date(2023, 3, 1))
    assert codes(vinh) == ("provincial_city", "city_grade_1") and vinh.mark == "S"
    assert at(places, "TP Vinh", dt.date(2019, 3, 1)).mark == "M"  # recognition date not read
    assert codes(at(places, "TP Pleiku", dt.date(2019, 3, 1))) == ("provincial_city", None)
    assert codes(at(places, "TP Pleiku", dt.date(2021, 3, 1))) == ("provincial_city", "city_grade_1")
    assert codes(at(places, "TP Vinh", AFTER)) == (None, None)  # now phường and xã of Nghệ An


def test_merged_district_follows_its_successor(places):
    found = at(places, "huyện Nông Sơn", dt.date(2025, 3, 1))
    assert codes(found) == ("district", "other") and "Quế Sơn" in found.note


def test_special_zone_is_not_classed(places):
    found = at(places, "huyện Hoàng Sa", AFTER)
    assert codes(found) == (None, None) and "đặc khu" in found.note


# --- the officer's "Loại địa điểm" --------------------------------------------------------------------

@pytest.mark.parametrize("kind, on, expected, mark", [
    ("district", BEFORE, "other", "S"),
    ("provincial_town", BEFORE, "town", "S"),
    ("central_city_urban", BEFORE, "city_grade_1", "S"),
    ("central_city_other", BEFORE, "town", "S"),
    ("provincial_city", BEFORE, None, "M"),   # grade I or not: the city must be named
    ("commune", BEFORE, None, "M"),           # in a huyện or in a thị xã / city: the huyện must be named
    ("central_city_urban", AFTER, "city_grade_1", "M"),
    ("commune", AFTER, "other", "M"),
    ("district", AFTER, None, "M"),
])
def test_kind_without_a_name(places, kind, on, expected, mark):
    found = at(places, None, on, kind)
    assert codes(found) == (kind, expected) and found.mark == mark and found.note


def test_kind_wins_for_the_venue_and_the_name_refines_the_class(places):
    assert codes(at(places, "TP Tam Kỳ", BEFORE, "provincial_city")) == ("provincial_city", "town")
    assert codes(at(places, "TP Vinh", dt.date(2023, 3, 1), "provincial_city")) == ("provincial_city", "city_grade_1")
    assert codes(at(places, "huyện Duy Xuyên", BEFORE, "commune")) == ("commune", "other")
    assert codes(at(places, "Khách sạn Mường Thanh, Đà Nẵng", BEFORE, "central_city_urban")) == (
        "central_city_urban", "city_grade_1")
    conflict = at(places, "TP Tam Kỳ", BEFORE, "district")
    assert codes(conflict) == ("district", "other") and "không khớp" in conflict.note
    assert codes(at(places, "xã Tam Hiệp, huyện Núi Thành", AFTER, "commune")) == ("commune", "town")


def test_every_classification_after_the_reform_is_unverified(places):
    for name in ("TP Tam Kỳ", "phường Hải Châu, TP Đà Nẵng", "huyện Duy Xuyên", "xã Tam Hiệp, huyện Núi Thành",
                 "phường Tam Kỳ"):
        found = at(places, name, AFTER)
        assert found.location_class is not None and found.mark == "M", name


# --- the table itself ----------------------------------------------------------------------------------

def test_the_table_is_part_of_the_rulebook(places):
    names = {p.name for p in places}
    assert {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Quảng Nam", "Tam Kỳ", "Hội An",
            "Điện Bàn", "Hòa Vang", "Hoàng Sa", "Cẩm Lệ"} <= names
    assert all(p.reference for p in places)
    assert all("chưa đối chiếu" in p.reference for p in places if p.verification == "M")


def _book(tmp_path: Path, places_yaml: str) -> Path:
    root = tmp_path / "rules"
    (root / "dia-danh").mkdir(parents=True)
    (root / "rulebook.yaml").write_text('version: "t"\n', encoding="utf-8")
    (root / "dia-danh" / "dia-danh.yaml").write_text(places_yaml, encoding="utf-8")
    return root


TOPS = """places:
  - {name: Quảng Nam, kind: province, verification: S, reference: x}
  - {name: Đà Nẵng, kind: central_city, verification: S, reference: x}
"""


def test_a_duplicate_name_in_an_overlapping_period_is_an_error(tmp_path):
    root = _book(tmp_path, TOPS + """  - {name: Tam Kỳ, kind: city, in: Quảng Nam, verification: S, reference: x}
  - {name: TAM KỲ, kind: rural_district, in: Quảng Nam, from: 2020-01-01, verification: M, reference: chưa đối chiếu văn bản}
""")
    with pytest.raises(RulebookError, match=r"dia-danh/dia-danh\.yaml, dòng 5: tên 'TAM KỲ' trùng"):
        load(root)


def test_an_alias_clashing_with_a_name_is_an_error(tmp_path):
    root = _book(tmp_path, TOPS + "  - {name: Quảng Nam Mới, aliases: [Đà Nẵng], kind: province, verification: S, "
                                  "reference: x}\n")
    with pytest.raises(RulebookError, match="dòng 4"):
        load(root)


def test_same_name_in_other_periods_or_under_other_parents_is_allowed(tmp_path):
    root = _book(tmp_path, TOPS + """  - {name: Tam Kỳ, kind: city, in: Quảng Nam, to: 2025-06-30, verification: S, reference: x}
  - {name: Tam Kỳ, kind: ward, in: Quảng Nam, from: 2025-07-01, verification: S, reference: x}
  - {name: Tam Kỳ, kind: ward, in: Đà Nẵng, verification: S, reference: x}
""")
    assert len(load(root).places) == 5


def test_unknown_parent_and_bad_fields_name_file_and_line(tmp_path):
    root = _book(tmp_path, TOPS + "  - {name: Duy Xuyên, kind: rural_district, in: Quang Nam Cu, verification: S, "
                                  "reference: x}\n")
    with pytest.raises(RulebookError, match="dòng 4: 'in: Quang Nam Cu'"):
        load(root)
    root = _book(tmp_path / "b", TOPS + "  - {name: Tam Kỳ, kind: city, in: Quảng Nam, urban_grade: 2, "
                                        "verification: S, reference: x}\n")
    with pytest.raises(RulebookError, match="dòng 4"):
        load(root)
    root = _book(tmp_path / "c", TOPS + "  - {name: Tam Kỳ, kind: city, in: Quảng Nam, verification: S, reference: x,"
                                        " after: {in: Đà Nẵng, verification: S, reference: x}}\n")
    with pytest.raises(RulebookError, match="'after' cần ngày 'to'"):
        load(root)
