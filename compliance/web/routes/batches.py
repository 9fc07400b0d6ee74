"""Batches: the dashboard, upload → vet → save, a batch's summary with its chart, and the exports."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Path as PathParam, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response, StreamingResponse
from starlette.background import BackgroundTask

from ...readers import InputError, read
from ...readers.errors import Problem
from ...reports.template import write_template
from ...reports.xlsx import write_report
from ...store import (InputFile, QueueFilter, User, batch_info, get_batch, list_batches, log_export, queue, save_batch,
                       summary)
from ...reports import lines as table_export
from ...reports.html import render_html
from ...store.review import batch_review
from ...vocabulary import REASON_VI, SUBPROJECT_VI
from ..auth import need
from ..charts import chart
from ..params import MAX_ID
from ..render import page
from ..state import Web, get_web

router = APIRouter(include_in_schema=False)
SUFFIXES = (".xlsx", ".csv", ".json")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TEMPLATE_NAME = "mau-ho-so-du-an-7.xlsx"
MAX_NAME = 200
SAVED_VI = {
    "new": "Đã thẩm định và lưu lô.",
    "version": "Đã thẩm định và lưu lô — phiên bản mới của một lô đã có (bộ quy tắc đã thay đổi).",
    "existing": "Lô này (cùng các hồ sơ, cùng bộ quy tắc) đã được lưu trước đó: không lưu gì thêm.",
}

Reader = Annotated[User, Depends(need("read"))]
Uploader = Annotated[User, Depends(need("upload"))]
WebDep = Annotated[Web, Depends(get_web)]
BatchId = Annotated[int, PathParam(ge=1, le=MAX_ID)]


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, user: Reader, web: WebDep) -> Response:
    return page(request, "batches.html", batches=list_batches(web.store))


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, user: Uploader, web: WebDep) -> Response:
    return page(request, "upload.html", limit_mb=web.settings.max_upload_bytes / (1024 * 1024))


@router.get("/template.xlsx")
def template(user: Reader) -> Response:
    """The input template (`compliance template`'s workbook: the sheet to fill in, the guide, the code lists),
    made afresh for each download so it always matches the columns the reader takes."""
    with tempfile.TemporaryDirectory(prefix="compliance-template-") as folder:
        path = Path(folder) / TEMPLATE_NAME
        write_template(path)
        content = path.read_bytes()
    return Response(content, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{TEMPLATE_NAME}"'})


def _refused(request: Request, web: Web, name: str, problems: list[Problem], status: int = 400) -> Response:
    return page(request, "upload.html", status, limit_mb=web.settings.max_upload_bytes / (1024 * 1024),
                file_name=name, problems=problems)


@router.post("/upload", response_class=HTMLResponse)
def upload(request: Request, user: Uploader, web: WebDep, file: Annotated[UploadFile | None, File()] = None) -> Response:
    """Read the file (JSON, CSV or Excel), vet it, save it; on bad input show every problem and save nothing."""
    name = Path((file.filename or "") if file else "").name.strip()[:MAX_NAME]
    if file is None or not name:
        return _refused(request, web, "", [Problem("chưa chọn tệp để tải lên")])
    if Path(name).suffix.lower() not in SUFFIXES:
        return _refused(request, web, name, [Problem("định dạng không được hỗ trợ (dùng .xlsx, .csv hoặc .json)")])
    with tempfile.TemporaryDirectory(prefix="compliance-upload-") as folder:
        # Not the sent name: 200 characters of Vietnamese are up to 600 bytes, more than a file name may be.
        path = Path(folder) / f"upload{Path(name).suffix.lower()}"
        with path.open("wb") as out:
            shutil.copyfileobj(file.file, out)
        try:
            claims = read(path)
        except InputError as exc:
            return _refused(request, web, name, exc.problems)
        doc = web.vet(claims)
        result = save_batch(web.store, doc, claims, [InputFile.of(path, name)], user, book=web.book)
    web.checkpoint("save")
    saved = "new" if result.created and not result.supersedes_id else "version" if result.created else "existing"
    return RedirectResponse(f"/batches/{result.batch_id}?saved={saved}", status_code=303)


@router.get("/batches/{batch_id}", response_class=HTMLResponse)
def batch_summary(request: Request, batch_id: BatchId, user: Reader, web: WebDep, saved: str = "") -> Response:
    s = summary(web.store, batch_id)
    charts = [
        ("theo điều khoản căn cứ", chart(s.by_clause, lambda k: k or "(chưa có quy định áp dụng)")),
        ("theo đơn vị", chart(s.by_unit, str)),
        ("theo lý do gắn cờ", chart(s.by_reason, lambda k: REASON_VI.get(k, k))),
    ]
    return page(request, "batch.html", s=s, b=s.batch, charts=charts, saved=SAVED_VI.get(saved),
                subproject_vi=SUBPROJECT_VI)


def _streamed(web: Web, user: User, batch_id: int, fmt: str) -> Response:
    """A batch's lines as one table (reports/lines.py), written as it is read: CSV straight to the
    client; Excel through a temporary file (a workbook is a zip: it is complete only at the end)."""
    if fmt == "csv":
        name = f"lo-{batch_id}-cac-khoan-chi.csv"
        log_export(web.store, user, batch_id, "csv", name)
        return StreamingResponse(table_export.csv_chunks(web.store, batch_id), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{name}"'})
    name = f"bao-cao-lo-{batch_id}.xlsx"
    folder = tempfile.mkdtemp(prefix="compliance-export-")
    path = Path(folder) / name
    try:
        table_export.write_xlsx(web.store, batch_id, path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    log_export(web.store, user, batch_id, "xlsx", name)
    return FileResponse(path, media_type=XLSX, filename=name,
                        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))


@router.post("/batches/{batch_id}/export")
def export(batch_id: BatchId, user: Reader, web: WebDep, fmt: Annotated[str, Form()] = "xlsx") -> Response:
    """The Excel report (write_report) or the Word appraisal record as a download, or the printable HTML report;
    each is written to the trail."""
    info = batch_info(web.store, batch_id)  # NotFound → 404 page
    if fmt == "csv" or (fmt == "xlsx" and info.claim_count > table_export.FULL_REPORT_CLAIMS):
        return _streamed(web, user, batch_id, fmt)
    if fmt == "xlsx":
        name = f"bao-cao-lo-{batch_id}.xlsx"
        with tempfile.TemporaryDirectory(prefix="compliance-export-") as folder:
            path = Path(folder) / name
            extras = batch_review(web.store, batch_id)  # the claims as submitted, the auditors' dispositions
            write_report(get_batch(web.store, batch_id), path, extras.submitted.values(), review=extras)
            content = path.read_bytes()
        log_export(web.store, user, batch_id, "xlsx", name)
        return Response(content, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}"'})
    if fmt == "docx":  # the appraisal record (reports/docx.py), settings from COMPLIANCE_RECORD_*
        from ...reports.docx import DOCX_MEDIA_TYPE, RecordSettings, record_bytes, saved_batch

        name = f"bien-ban-lo-{batch_id}.docx"
        doc, dispositions, claims = saved_batch(web.store, batch_id)
        content = record_bytes(doc, RecordSettings.from_env(), web.book.instruments, dispositions, claims,
                               web.book.cited)
        log_export(web.store, user, batch_id, "docx", name)
        return Response(content, media_type=DOCX_MEDIA_TYPE,
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})
    if fmt == "html":
        name = f"bao-cao-lo-{batch_id}.html"
        html = render_html(summary(web.store, batch_id), queue(web.store, QueueFilter(status="all", batch_id=batch_id)))
        log_export(web.store, user, batch_id, "html", name)
        # The report's own stylesheet is inline (it is a file meant to stand alone).
        return HTMLResponse(html, headers={
            "Content-Disposition": f'inline; filename="{name}"',
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                                       "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"})
    return RedirectResponse(f"/batches/{batch_id}", status_code=303)
