"""Keyed, dated rate tables (rulebook/tables.py): selection by key, overlaps refused at load, the static proof."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from compliance.rulebook import RulebookError, load
from compliance.rulebook import conditions as c
from compliance.rulebook.load import DEFAULT_DIR
from compliance.rulebook.tables import table_problems
from compliance.vocabulary import normalise


@pytest.fixture(scope="module")
def book():
    return load()


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    shutil.copytree(DEFAULT_DIR, tmp_path / "rules")
    return tmp_path / "rules"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_rulebook_has_one_value_per_case_and_day(book):
    assert table_problems(book) == []


def test_every_value_is_selected_by_its_key(book):
    for table in book.rates.values():
        for value in table.values:
            assert set(value.key) <= set(table.keys)
            assert (value.when is None) == (not value.key)


def test_a_gap_is_reported_with_file_and_line(book):
    table = book.rates["tt109.respondent"]
    gap = table.model_copy(update={"values": [v for v in table.values if v.amount != 50000]})  # individual 31-40
    problems = table_problems(replace(book, rates={**book.rates, "tt109.respondent": gap}))
    assert problems
    assert all(p.startswith("rules/tt109-2016/nguoi-cung-cap-thong-tin.yaml:") for p in problems)
    assert any("attributes.respondent = individual, attributes.indicators = 31" in p and "không có mức" in p
               for p in problems)


def test_an_overlap_is_reported_by_the_proof(book):
    table = book.rates["tt71.interpretation"]
    twice = table.model_copy(update={"values": [*table.values, table.values[0]]})
    problems = table_problems(replace(book, rates={**book.rates, "tt71.interpretation": twice}))
    assert len(problems) == 1 and "2 mức cùng áp dụng" in problems[0] and "ordinary" in problems[0]


def test_a_stated_no_rate_is_not_a_gap(book):
    table = book.rates["tt40.lodging_flat"]
    assert table.no_rate  # from 04/05/2025 only the leaders' figure is known
    problems = table_problems(replace(book, rates={**book.rates, "tt40.lodging_flat": table.model_copy(
        update={"no_rate": None})}))
    assert any("tt40.lodging_flat" in p and "attributes.leader_group = other" in p for p in problems)


def test_load_refuses_two_values_that_both_apply(rules):
    path = rules / "tt109-2016/nguoi-cung-cap-thong-tin.yaml"
    _edit(path, "attributes.indicators: {from: 31, to: 40}}, amount: 50000",
          "attributes.indicators: {from: 30, to: 40}}, amount: 50000")
    with pytest.raises(RulebookError) as err:
        load(rules)
    message = str(err.value)
    assert "rules/tt109-2016/nguoi-cung-cap-thong-tin.yaml, dòng 12" in message
    assert "rules/tt109-2016/nguoi-cung-cap-thong-tin.yaml, dòng 10" in message
    assert "cùng áp dụng" in message


def test_load_refuses_when_in_a_rate(rules):
    _edit(rules / "tt71-2018/dich-thuat.yaml", "key: {attributes.interpretation_mode: ordinary}",
          "when: {attributes.interpretation_mode: ordinary}")
    with pytest.raises(RulebookError, match="tt71-2018/dich-thuat.yaml, dòng .*không dùng 'when'"):
        load(rules)


def test_load_refuses_a_key_value_outside_the_vocabulary(rules):
    _edit(rules / "tt71-2018/dich-thuat.yaml", "key: {attributes.interpretation_mode: ordinary}",
          "key: {attributes.interpretation_mode: ordinery}")
    with pytest.raises(RulebookError, match="dich-thuat.yaml, dòng [0-9]+: bảng mức tt71.interpretation: 'ordinery' không có trong từ vựng của attributes.interpretation_mode; có phải 'ordinary'"):
        load(rules)


def test_load_refuses_an_unknown_grade_and_a_grade_in_two_places(rules):
    _edit(rules / "tt03-2023/hoi-thao.yaml", "key: {payee.grade: thư ký}", "key: {payee.grade: thư kí}")
    with pytest.raises(RulebookError, match="hạng 'thư kí' chưa có trong từ vựng hạng"):
        load(rules)
    _edit(rules / "tt03-2023/hoi-thao.yaml", "key: {payee.grade: thư kí}", "key: {payee.grade: thư ký}")
    _edit(rules / "tu-vung/hang.yaml", "[thành viên tham gia]", "[thành viên tham gia, TS]")
    with pytest.raises(RulebookError, match="tu-vung/hang.yaml, dòng .*'TS' thuộc cả 'Tiến sĩ' và 'thành viên'"):
        load(rules)


def test_a_grade_matches_every_way_of_writing_it(book):
    when = book.rates["tt03.hoi_thao"].values[0].when
    node = c.parse(when, "line")
    for written in ("chủ trì", "Chủ  Trì", "chủ trì hội thảo"):
        assert c.holds(node, {"payee__grade": normalise(written)})
    assert not c.holds(node, {"payee__grade": normalise("thư ký")})


_LOCAL = """local_values:
  - rate: local.lecturer_fee
    values:
      - {from: 2023-01-01, key: {payee.grade: Tiến sĩ%s}, amount: 1000000,
         source: {instrument: 36/2018/TT-BTC}, verification: M, checked_on: 2026-12-04}
"""


def test_a_province_folder_scopes_its_values_and_rules(rules):
    (rules / "dia-phuong/49").mkdir()
    (rules / "dia-phuong/49/muc.yaml").write_text(_LOCAL % "", encoding="utf-8")
    book = load(rules)
    table = book.rates["local.lecturer_fee"]
    assert table.keys == ["payee.grade", "unit.province"]
    assert [v.key for v in table.values] == [{"unit.province": "49", "payee.grade": "Tiến sĩ"}]
    assert book.rate_origin["local.lecturer_fee#0"] == "rules/dia-phuong/49/muc.yaml:4"
    assert load(rules, overlays=False).rates["local.lecturer_fee"].values == []
    assert table_problems(book) == []  # the national table states no_rate for other provinces


def test_a_province_folder_cannot_set_another_province(rules):
    (rules / "dia-phuong/49").mkdir()
    (rules / "dia-phuong/49/muc.yaml").write_text(_LOCAL % ", unit.province: '48'", encoding="utf-8")
    with pytest.raises(RulebookError, match="dia-phuong/49/muc.yaml, dòng 4: .*chỉ áp dụng cho unit.province = 49"):
        load(rules)


def test_local_values_only_in_a_province_folder(rules):
    (rules / "dia-phuong/muc.yaml").write_text(_LOCAL % "", encoding="utf-8")
    with pytest.raises(RulebookError, match="dia-phuong/muc.yaml, dòng 2: 'local_values' chỉ dùng trong"):
        load(rules)


def test_a_province_rule_applies_only_to_its_province(rules):
    path = rules / "tt40-2017/phu-cap-luu-tru.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("rules:")
    (rules / "dia-phuong/49").mkdir()
    (rules / "dia-phuong/49/quy-dinh.yaml").write_text(text[start:].replace("id: tt40.", "id: qn49."), encoding="utf-8")
    book = load(rules)
    rule = book.rule("qn49.d6.k1")
    node = c.parse(rule.applies, "line")
    fact = {"category": "per_diem", "attributes__at_sea": False, "activity__attributes__abroad": False}
    assert c.holds(node, {**fact, "unit__province": "49"})
    assert not c.holds(node, {**fact, "unit__province": "48"})
    assert not c.holds(node, fact)  # blank: not applied (three-valued logic asks for it instead)
