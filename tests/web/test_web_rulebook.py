"""The law on the web: the rulebook as one page (`/rules/book`, any logged-in role, in the menu) and each
finding's citation on the claim page expandable to the clause's verbatim text."""

from __future__ import annotations

import html as entities
import re

import pytest

from compliance.rulebook.texts import MISSING
from webtest import login


def _visible(html: str) -> str:
    return entities.unescape(re.sub(r"<[^>]+>", "", html))


@pytest.mark.parametrize("name", ["lan", "minh", "quantri"])
def test_every_role_reads_the_rulebook_from_the_menu(app, client, name):
    assert login(client, name).status_code == 303
    home = client.get("/")
    assert '<a href="/rules/book">Bộ quy tắc</a>' in home.text
    page = client.get("/rules/book")
    assert page.status_code == 200
    assert '<a href="/rules/book" aria-current="page">Bộ quy tắc</a>' in page.text
    book = app.state.web.book
    assert f"Bộ quy tắc thẩm định chi Dự án 7 — phiên bản {book.version}" in page.text
    for rule in book.rules:
        assert f'id="rule-{rule.id}"' in page.text
    assert "1. Chi xây dựng tài liệu và đào tạo, tập huấn, bồi dưỡng kiến thức" in page.text


def test_the_rulebook_page_needs_a_login(client):
    response = client.get("/rules/book")
    assert response.status_code in (302, 303) and "/login" in response.headers["location"]


def test_a_findings_citation_opens_to_the_clause_text(auditor, saved_batch):
    page = auditor.get(f"/claims/QN-SLDTBXH-2023-006?batch={saved_batch}")
    assert page.status_code == 200
    blocks = re.findall(r'<details class="law"><summary>(.*?)</summary>(.*?)</details>', page.text, re.S)
    art78 = [body for summary, body in blocks if summary == "Nguyên văn khoản 1 Điều 78 Thông tư 55/2023/TT-BTC"]
    assert art78, [s for s, _ in blocks]
    shown = _visible(art78[0])
    assert shown.lstrip().startswith("1. Chi xây dựng tài liệu và đào tạo, tập huấn")
    assert "2. Chi tổ chức học tập" not in shown  # the clause, not the article
    assert "tt55-2023/dieu-78.md#khoan-1" in shown and "độ tin cậy S" in shown
    # a citation the rulebook has no text of says so instead of a text
    assert f'<p class="small muted">{MISSING}</p>' in page.text
