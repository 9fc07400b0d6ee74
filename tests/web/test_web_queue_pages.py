"""The web queue by pages: "Trang sau" links walk every flagged item once, in order, under a filter;
a cursor altered by hand shows the first page; exports of a big batch stream (CSV, write-only Excel)."""

from __future__ import annotations

import csv
import html
import io
import re

import openpyxl

from compliance.store import QueueFilter, queue, trail_entries
from compliance.reports import lines as store_export
from compliance.web.routes import review as review_routes
from webtest import token

ROW = re.compile(r"<tr>\s*<td><a href=\"/claims/[^\"]+\?batch=(\d+)#([^\"]+)\">([^<]+)</a></td>", re.S)
NEXT = re.compile(r'<a href="(/queue\?[^"]+)" rel="next">')


def _walk(client, url: str) -> tuple[list[tuple], int]:
    seen, pages = [], 0
    while url:
        page = client.get(url)
        assert page.status_code == 200
        seen += [(int(b), claim, anchor) for b, anchor, claim in ROW.findall(page.text)]
        pages += 1
        found = NEXT.search(page.text)
        url = html.unescape(found.group(1)) if found else None
    return seen, pages


def _expected(store, filters: QueueFilter) -> list[tuple]:
    return [(r.batch_id, r.claim_id, f"khoan-{r.line_id}" if r.line_id else "ho-so") for r in queue(store, filters)]


def test_next_page_links_walk_the_queue_once_in_order(auditor, store, saved_batch, monkeypatch):
    monkeypatch.setattr(review_routes, "SHOWN", 3)
    expected = _expected(store, QueueFilter())
    seen, pages = _walk(auditor, "/queue")
    assert [(b, c) for b, c, _ in seen] == [(b, c) for b, c, _ in expected]
    assert pages == -(-len(expected) // 3) > 2
    unit = queue(store)[0].unit_code
    seen, _ = _walk(auditor, f"/queue?unit={unit}&sort=claim")
    assert [(b, c) for b, c, _ in seen] == [(r.batch_id, r.claim_id)
                                           for r in queue(store, QueueFilter(unit=unit), sort="claim")]


def test_a_cursor_altered_by_hand_shows_the_first_page(auditor, store, saved_batch, monkeypatch):
    monkeypatch.setattr(review_routes, "SHOWN", 3)
    page = auditor.get("/queue?after=ZZZ-khong-hop-le")
    assert page.status_code == 200
    first = [claim for _, _, claim in ROW.findall(page.text)]
    assert first == [r.claim_id for r in queue(store)[:3]]


def test_a_big_batch_exports_as_a_streamed_table(auditor, store, saved_batch, monkeypatch):
    response = auditor.post(f"/batches/{saved_batch}/export", data={"csrf": token(auditor), "fmt": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8").lstrip("\ufeff"))))
    assert table[0] == list(store_export.HEADERS)
    flagged = [r for r in table[1:] if r[12]]
    assert len(flagged) == len(queue(store, QueueFilter(status="all", batch_id=saved_batch)))
    assert trail_entries(store, 1)[0].details["format"] == "csv"
    monkeypatch.setattr(store_export, "FULL_REPORT_CLAIMS", 1)  # this batch counts as big
    response = auditor.post(f"/batches/{saved_batch}/export", data={"csrf": token(auditor), "fmt": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert [c.value for c in sheet[1]] == list(store_export.HEADERS)
    assert sheet.max_row == len(table)
