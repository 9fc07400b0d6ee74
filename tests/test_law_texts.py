"""The law beside the rule: verbatim article texts (`rules/<văn bản>/dieu-N.md`), checked at load, pointed to by
each decision's citations, shown by `rules show`, listed by `rules texts` and printed in `rules book`."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compliance.cli import app
from compliance.models import Claim
from compliance.reports.book import render
from compliance.rulebook import RulebookError, load
from compliance.rulebook.scenarios import scan
from compliance.rulebook.schema import Source
from compliance.rulebook.texts import MISSING, TextError, parse
from compliance.vetting.vetter import Vetter

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples/quang-nam-2022/claims.json"
runner = CliRunner()

# The opening words of each clause of Art. 78 of Circular 55/2023, as the copy in the rulebook has them.
ART78 = ["1. Chi xây dựng tài liệu và đào tạo, tập huấn, bồi dưỡng kiến thức, kỹ năng, nghiệp vụ",
         "2. Chi tổ chức học tập, trao đổi kinh nghiệm trong và ngoài nước; tổ chức hội thảo, hội nghị",
         "3. Chi xây dựng, in ấn cẩm nang, sổ tay hướng dẫn, sổ tay nghiệp vụ"]


@pytest.fixture(scope="module")
def book():
    return load()


def _body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("---\n", 2)[2]


@pytest.fixture
def rules(tmp_path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", copy)
    return copy


def test_every_article_file_loads_with_its_clauses_and_points(book):
    files = sorted((ROOT / "rules").glob("*/dieu-*.md"))
    assert len(book.texts) == len(files) >= 16
    art78 = book.texts[("55/2023/TT-BTC", 78)]
    assert art78.path == "tt55-2023/dieu-78.md" and art78.header.verification == "S"
    assert [k for k in art78.passages] == ["dieu-78", "khoan-1", "khoan-2", "khoan-3"]
    for anchor, opening in zip(["khoan-1", "khoan-2", "khoan-3"], ART78):
        assert art78.passages[anchor].text.startswith(opening)
    survey = book.texts[("109/2016/TT-BTC", 3)]
    point = survey.passages["khoan-5-diem-a"].text
    assert point.lstrip().startswith("a) Tiền công thuê ngoài") and "b) Trường hợp công chức" not in point
    assert "điểm đ" not in survey.passages and "khoan-2-diem-dd" in book.texts[("55/2023/TT-BTC", 4)].passages


def test_article_text_is_the_copy_kept_verbatim(book):
    """Each clause is a slice of the file's own text: nothing rewritten, nothing lost between clauses."""
    for article in book.texts.values():
        text = _body(ROOT / "rules" / article.path)
        for passage in article.passages.values():
            assert passage.text in text, (article.path, passage.anchor)
        clauses = [p.text for k, p in article.passages.items() if k.startswith("khoan-") and "-diem-" not in k]
        if clauses:
            assert text.rstrip().endswith(clauses[-1].rstrip())


def test_citation_points_to_the_clause_text_or_says_there_is_none(book):
    cited = book.citation(Source(instrument="55/2023/TT-BTC", article=78, clause=1))
    assert cited.text == "tt55-2023/dieu-78.md#khoan-1"
    article, passage = book.passage(cited.text)
    assert passage.text.startswith(ART78[0]) and article.header.article == 78
    assert book.citation(Source(instrument="109/2016/TT-BTC", article=3, clause=5, point="a")).text == \
        "tt109-2016/dieu-3.md#khoan-5-diem-a"
    assert book.citation(Source(instrument="40/2017/TT-BTC", article=6, clause=1)).text is None
    assert book.passage("tt55-2023/dieu-78.md#khoan-9") is None


def test_decisions_carry_the_pointer_and_the_rulebook_resolves_it(book):
    claims = [Claim.model_validate(c) for c in json.loads(SAMPLE.read_text(encoding="utf-8"))["claims"]]
    doc = Vetter(book, "reference").document(claims)
    citations = [c for claim in doc.claims for line in claim.lines for f in line.findings for c in f.citations]
    held = [c for c in citations if c.text]
    assert any(c.text == "tt55-2023/dieu-78.md#khoan-1" for c in held)
    assert all(book.passage(c.text) for c in held)
    assert any(c.instrument == "40/2017/TT-BTC" and c.text is None for c in citations)
    assert '"text":"tt55-2023/dieu-78.md#khoan-1"' in doc.model_dump_json()


# --- refused at load, with file and line ------------------------------------------------------------


def test_a_slip_in_clause_numbering_is_refused_with_file_and_line(rules):
    path = rules / "tt55-2023/dieu-78.md"
    path.write_text(path.read_text(encoding="utf-8").replace("\n3. Chi xây dựng", "\n4. Chi xây dựng"), encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index(next(
        l for l in path.read_text(encoding="utf-8").splitlines() if l.startswith("4. Chi"))) + 1
    with pytest.raises(RulebookError, match=rf"rules/tt55-2023/dieu-78.md, dòng {line}: khoản 4 sau khoản 2"):
        load(rules)


def test_points_out_of_order_are_refused():
    text = "---\ninstrument: X\narticle: 1\ntitle: t\nverification: S\nreference: r\ncopied_on: 2026-12-04\n---\n" \
           "1. Khoản một:\n\na) điểm a;\n\nc) điểm c.\n"
    with pytest.raises(TextError, match=r"dòng 13: điểm c\) sau điểm a"):
        parse(text, "x/dieu-1.md")
    with pytest.raises(TextError, match="phải tên là dieu-1.md"):
        parse(text.replace("c) điểm c", "b) điểm b"), "x/dieu-2.md")
    with pytest.raises(TextError, match="dòng 1: tệp cần phần đầu"):
        parse("1. Khoản một.\n", "x/dieu-1.md")
    with pytest.raises(TextError, match="'verification'"):
        parse(text.replace("verification: S", "verification: chắc chắn"), "x/dieu-1.md")


def test_a_citation_to_a_clause_the_held_text_lacks_is_refused(rules):
    path = rules / "tt55-2023/noi-dung-chi.yaml"
    text = path.read_text(encoding="utf-8")
    assert "{instrument: 55/2023/TT-BTC, article: 78, clause: 1}" in text
    path.write_text(text.replace("{instrument: 55/2023/TT-BTC, article: 78, clause: 1}",
                                 "{instrument: 55/2023/TT-BTC, article: 78, clause: 7}", 1), encoding="utf-8")
    with pytest.raises(RulebookError, match=r"rules/tt55-2023/noi-dung-chi.yaml, dòng \d+: Điều 78 55/2023/TT-BTC "
                                            r"\(tt55-2023/dieu-78.md\) không có khoản 7"):
        load(rules)


def test_an_article_text_outside_its_instruments_folder_is_refused(rules):
    shutil.move(rules / "tt55-2023/dieu-78.md", rules / "tt60-2026/dieu-78.md")
    with pytest.raises(RulebookError, match=r"rules/tt60-2026/dieu-78.md, dòng 2: văn bản 55/2023/TT-BTC khai báo "
                                            r"ở thư mục tt55-2023/"):
        load(rules)


def test_changing_a_text_changes_the_digest(rules):
    before = load(rules).digest
    path = rules / "tt55-2023/dieu-78.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert load(rules).digest != before


# --- shown -------------------------------------------------------------------------------------------


def test_rules_show_prints_the_clause_text_under_the_citation():
    result = runner.invoke(app, ["rules", "show", "tt55.d78.k1"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Nguyên văn khoản 1 Điều 78 Thông tư 55/2023/TT-BTC:" in out
    assert ART78[0] in out and "tt55-2023/dieu-78.md#khoan-1" in out
    assert ART78[1] not in out  # the clause cited, not the whole article


def test_rules_show_says_when_the_rulebook_has_no_text():
    result = runner.invoke(app, ["rules", "show", "tt40.d6.k1"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert f"Nguyên văn khoản 1 Điều 6 Thông tư 40/2017/TT-BTC:\n  ({MISSING})" in result.output


def test_rules_texts_lists_held_and_missing_articles(book):
    result = runner.invoke(app, ["rules", "texts", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    held = {(a["instrument"], a["article"]): a for a in report["held"]}
    assert held[("55/2023/TT-BTC", 78)]["clauses"] == 3 and "tt55.d78.k1" in held[("55/2023/TT-BTC", 78)]["cited_by"]
    missing = {(m["instrument"], m["article"]): m for m in report["missing"]}
    assert "tt40.d6.k1" in missing[("40/2017/TT-BTC", 6)]["cited_by"]
    assert not set(held) & set(missing)
    table = runner.invoke(app, ["rules", "texts"], env={"COLUMNS": "200"})
    assert "chưa có văn bản gốc" in table.output and "tt55-2023/dieu-78.md" in table.output


# --- the book ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def html(book) -> str:
    return render(book, scan())


def _visible(html: str) -> str:
    import html as entities

    return entities.unescape(re.sub(r"<[^>]+>", "", html))


def test_the_book_holds_every_rule_rate_table_and_article_78_verbatim(book, html):
    for item in [*book.rules, *book.joins, *book.budgets]:
        assert f'id="rule-{item.id}"' in html, item.id
    for rate in book.rates:
        assert f'id="rate-{rate}"' in html, rate
    shown = _visible(html)
    for line in _body(ROOT / "rules/tt55-2023/dieu-78.md").splitlines():
        if line.strip():
            assert line.strip() in shown
    assert 'id="tt55-2023-dieu-78-khoan-2"' in html and 'href="#tt55-2023-dieu-78-khoan-1"' in html
    assert MISSING in shown  # citations without a text say so


def test_the_book_shows_the_scenarios_of_a_rule_beside_it(html):
    scenarios = scan().for_rule("tt40.d6.k1")
    assert scenarios
    section = _visible(html.split('id="rule-tt40.d6.k1"')[1].split('<div class="rule"')[0])
    for s in scenarios:
        assert f"{s.name} — {s.file}:{s.line}" in section


def test_the_book_reads_as_vietnamese_not_as_python(html):
    shown = _visible(html)
    assert "{'" not in shown and "['" not in shown and "None" not in shown
    section = _visible(html.split('id="rule-tt40.d6.k1"')[1].split('<div class="rule"')[0])
    assert "loại khoản chi (category) là «phụ cấp lưu trú»" in section
    assert "đơn giá (unit_price) không quá mức của bảng tt40.per_diem" in section


def test_rules_book_writes_html_and_markdown(tmp_path):
    out = tmp_path / "bo-quy-tac.html"
    result = runner.invoke(app, ["rules", "book", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "@media print" in text and 'name="viewport"' in text
    md = runner.invoke(app, ["rules", "book", "--format", "md"])
    assert md.exit_code == 0 and md.output.startswith("# Bộ quy tắc") and f"> {ART78[0]}" in md.output
    assert "### `tt55.d78.k1`" in md.output
    refused = runner.invoke(app, ["rules", "book", "--out", str(tmp_path / "khong-co" / "x.html")])
    assert refused.exit_code == 2 and "không tồn tại" in refused.output


def test_the_appraisal_record_annexes_the_text_of_each_clause_it_relies_on(book, tmp_path):
    from docx import Document

    from compliance.models import DecisionDocument
    from compliance.reports.docx import ANNEX_TITLE

    vetted = runner.invoke(app, ["vet", str(SAMPLE), "--format", "json"])
    doc = DecisionDocument.model_validate_json(vetted.stdout)
    failed = [c for claim in doc.claims for f in [*claim.findings, *(f for l in claim.lines for f in l.findings)]
              if f.outcome == "fail" for c in f.citations]
    held = {c.text for c in failed if c.text}
    lacking = {c.label for c in failed if not c.text}
    assert held and lacking
    out = tmp_path / "bien-ban.docx"
    result = runner.invoke(app, ["vet", str(SAMPLE), "--format", "docx", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    annex = text.split(ANNEX_TITLE, 1)[1]
    for pointer in held:
        article, passage = book.passage(pointer)
        first = next(line.strip() for line in passage.text.splitlines() if line.strip())
        assert first in annex and f"{pointer})." in annex
    missing_line = next(line for line in annex.splitlines() if MISSING in line)
    assert all(label in missing_line for label in lacking)
