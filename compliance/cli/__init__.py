"""Command line: `compliance vet`, `rules list|show|texts|book`, `schema`, `template`."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import os
import sys
from pathlib import Path
from collections.abc import Callable, Iterator
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.text import Text
from rich.progress import Progress, TextColumn

from ..models import Claim, DecisionDocument
from ..readers import InputError, read_all
from ..rulebook import Rulebook
from ..bench.run import bench
from ..reports.wrap import wrap
from .common import EXIT_BAD_INPUT, check_out, err, fail, load_rulebook, write_atomically
from .store import (DbOption, OutFormat, PasswordStdin, PlaceOption, TitleOption, UnitNameOption, UserOption,
                        prepare_save, record_settings, register as register_store)
from .web import serve


app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Thẩm định chứng từ chi Dự án 7 (Chương trình MTQG giảm nghèo bền vững) theo Thông tư 46/2022/TT-BTC.")
rules_app = typer.Typer(no_args_is_help=True, help="Xem bộ quy tắc: danh sách và chi tiết từng quy định.")
app.add_typer(rules_app, name="rules")
register_store(app)
app.command("bench")(bench)
app.command("serve")(serve)

RulesDir = Annotated[Optional[Path], typer.Option("--rules", help="Thư mục bộ quy tắc (mặc định: rules/ của dự án, hoặc COMPLIANCE_RULES).")]


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    xlsx = "xlsx"
    docx = "docx"  # the appraisal record (biên bản thẩm định), reports/docx.py


class Lang(str, enum.Enum):
    vi = "vi"
    en = "en"


class Engine(str, enum.Enum):
    durable = "durable"
    reference = "reference"


@app.command()
def vet(
    paths: Annotated[list[Path], typer.Argument(help="Tệp hồ sơ .json, .jsonl, .csv hoặc .xlsx (nhiều tệp = một lô).")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table (bảng trên màn hình), json, xlsx hoặc docx (biên bản thẩm định Word).")] = Format.table,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Ghi kết quả ra tệp (bắt buộc với xlsx, docx).")] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Ngôn ngữ của bảng kết quả: vi hoặc en.")] = Lang.vi,
    engine: Annotated[Engine, typer.Option("--engine", help="durable (durable-rules, mặc định) hoặc reference (bộ đánh giá Python đối chứng).")] = Engine.durable,
    rules: RulesDir = None,
    law_as_of: Annotated[Optional[str], typer.Option("--law-as-of", help="Thẩm định lại theo pháp luật tại ngày YYYY-MM-DD (giả định), thay cho ngày phát sinh của từng khoản chi.")] = None,
    save: Annotated[bool, typer.Option("--save", help="Lưu lô vào cơ sở dữ liệu (cần --user); cùng tệp, cùng bộ quy tắc thì không lưu lại.")] = False,
    db: DbOption = None,
    user: UserOption = None,
    password_stdin: PasswordStdin = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Số tiến trình thẩm định song song (cùng kết quả, cùng thứ tự như một tiến trình).")] = 1,
    unit_name: UnitNameOption = None,
    place: PlaceOption = None,
    title: TitleOption = None,
) -> None:
    """Thẩm định một lô hồ sơ: mỗi khoản chi được duyệt hoặc gắn cờ, kèm lý do và điều khoản căn cứ.

    Mã thoát: 0 khi lô đã được thẩm định (gắn cờ là kết quả, không phải lỗi); 2 khi dữ liệu đầu vào sai.
    """
    from ..vetting.batch import vet_document, vet_json_file

    if fmt is Format.xlsx and out is None:
        fail("định dạng xlsx cần --out TỆP.xlsx", EXIT_BAD_INPUT)
    if fmt is Format.docx and out is None:
        fail("biên bản Word (định dạng docx) không ghi ra màn hình được: cần --out TỆP.docx", EXIT_BAD_INPUT)
    record = record_settings(unit_name, place, title) if fmt is Format.docx else None
    if out is not None:
        check_out(out, paths)
    try:
        as_of = dt.date.fromisoformat(law_as_of) if law_as_of else None
    except ValueError:
        fail(f"--law-as-of phải là ngày dạng YYYY-MM-DD, nhận được '{law_as_of}'", EXIT_BAD_INPUT)
    book = load_rulebook(rules)
    try:
        # The check table and the record quote each line's own papers (content, invoice, codes).
        claims = read_all(paths) if fmt in (Format.xlsx, Format.docx) else None
        saving = prepare_save(db, user, password_stdin) if save else None
        with _progress() as progress:
            if saving is not None:  # vetted and saved claim by claim, in bounded memory (cli/store.py)
                kept = saving.vet_and_save(book, paths, engine.value, as_of, out, keep=fmt is not Format.json,
                                           progress=progress)
            elif fmt is Format.json:  # streamed to the output: a batch of any size
                vet_json_file(book, paths, out, engine.value, as_of, jobs, progress)
                kept = None
            else:
                kept = vet_document(book, paths, engine.value, as_of, jobs, progress)
    except InputError as exc:
        fail("dữ liệu đầu vào không hợp lệ, không có kết quả nào được ghi.\n" + exc.render(), EXIT_BAD_INPUT)
    if kept is None:  # the JSON document, already written
        if out is not None:
            err.print(f"Đã ghi kết quả: {out}")
        return
    _emit(kept, fmt, out, lang.value, record, book, claims)


@contextlib.contextmanager
def _progress() -> Iterator[Callable[[], None] | None]:
    """A count of the claims vetted, on a terminal (a batch's size is not known before it is read)."""
    if not err.is_terminal:
        yield None
        return
    with Progress(*Progress.get_default_columns()[:1], TextColumn("{task.completed} hồ sơ"), console=err,
                  transient=True) as progress:
        task = progress.add_task("Đang thẩm định", total=None)
        yield lambda: progress.advance(task)


def _emit(doc: DecisionDocument, fmt: Format, out: Path | None, lang: str, record=None, book: Rulebook | None = None,
          claims: list[Claim] | None = None) -> None:
    if fmt is Format.json:
        from ..vetting.document import document_json

        text = document_json(doc)
        if out is None:
            sys.stdout.write(text)
        else:
            write_atomically(out, text)
    elif fmt is Format.xlsx:
        from ..reports.xlsx import write_report

        assert out is not None  # `vet` refuses xlsx without --out
        write_report(doc, out, claims)
    elif fmt is Format.docx:
        from ..reports.docx import write_record

        assert out is not None  # `vet` refuses docx without --out
        write_record(doc, out, record, book.instruments if book else None, claims=claims,
                     law=book.cited if book else None)
    else:
        from ..reports.table import render

        if out is None:
            render(doc, Console(), lang)
        else:
            console = Console(record=True, width=160, file=open(os.devnull, "w"))
            render(doc, console, lang)
            write_atomically(out, console.export_text())
    if out is not None:
        err.print(f"Đã ghi kết quả: {out}")


@rules_app.command("list")
def rules_list(rules: RulesDir = None) -> None:
    """Danh sách quy định: mã, tên, cấp, lý do khi không đạt, thời gian hiệu lực, căn cứ, độ tin cậy."""
    from rich.text import Text

    from ..reports.wrap import wrap
    from ..vocabulary import REASON_VI

    book = load_rulebook(rules)
    console = Console(highlight=False)
    level = {"line": "khoản chi", "claim": "hồ sơ"}

    def period(valid) -> str:
        if valid.from_ and valid.to:
            return f"từ {valid.from_} đến {valid.to}"
        return f"từ {valid.from_}" if valid.from_ else f"đến {valid.to}" if valid.to else "không giới hạn thời gian"

    def entry(item_id: str, title: str, facts: list[str], citations: list) -> None:
        """One item as a short block wrapped to the terminal: a table folds its columns into a mess at 80."""
        head = Text(wrap(f"{item_id} — {title}", console.width, "", "  "))
        head.stylize("bold", 0, len(item_id))
        console.print(head, soft_wrap=True)
        console.print(wrap(" · ".join(facts), console.width, "  "), soft_wrap=True, markup=False)
        labels = "; ".join(s.label(book.instruments) for s in citations)
        console.print(wrap(f"Căn cứ: {labels}", console.width, "  ", "    "), soft_wrap=True, markup=False)
        console.print()

    console.print(Text(f"Bộ quy tắc {book.version}: {len(book.rules)} quy định, {len(book.budgets)} dự toán\n", "bold"))
    for rule in book.rules:
        entry(rule.id, rule.title, [level[rule.level], REASON_VI[rule.reason], period(rule.valid),
                                    f"tin cậy {rule.verification}"], rule.citations)
    for budget in book.budgets:
        entry(budget.id, budget.title, ["lô hồ sơ", REASON_VI["over_budget"], f"tin cậy {budget.verification}"],
              budget.citations)


def _json_out(data: dict) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


@rules_app.command("coverage")
def rules_coverage(
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    features: Annotated[Optional[Path], typer.Option("--features", help="Thư mục kịch bản (mặc định: features/).")] = None,
    rules: RulesDir = None,
) -> None:
    """Mỗi quy định có bao nhiêu kịch bản duyệt/gắn cờ; mỗi khoản Dự án 7 dựa vào (clauses) do quy định nào thực hiện.

    Mã thoát 1 khi có quy định thiếu kịch bản hoặc khoản chưa có quy định.
    """
    from rich.table import Table

    from ..rulebook.scenarios import scan
    from ..rulebook.report import coverage

    report = coverage(load_rulebook(rules), scan(features))
    if fmt is OutFormat.json:
        _json_out(report)
    else:
        console = Console()
        clauses = Table(title="Các khoản Dự án 7 dựa vào (mục clauses của từng văn bản)")
        clauses.add_column("Khoản", no_wrap=True)
        clauses.add_column("Quy định", overflow="fold")
        for c in report["clauses"]:
            clauses.add_row(c["label"], ", ".join(c["rules"]) or "[red]chưa có[/]")
        console.print(clauses)
        table = Table(title="Kịch bản kiểm thử theo quy định")
        table.add_column("Quy định", no_wrap=True)
        table.add_column("Duyệt", justify="right")
        table.add_column("Gắn cờ", justify="right")
        for r in report["rules"]:
            table.add_row(r["rule_id"], str(r["approve_scenarios"]), str(r["flag_scenarios"]))
        console.print(table)
        for gap in report["gaps"]:
            err.print(Text.assemble(("Thiếu:", "red"), f" {gap}"))
        console.print("Đầy đủ." if report["complete"] else f"{len(report['gaps'])} chỗ thiếu.")
    if not report["complete"]:
        raise typer.Exit(1)


class CheckFormat(str, enum.Enum):
    text = "text"
    json = "json"


@rules_app.command("check")
def rules_check(
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="text (mặc định) hoặc json.")] = CheckFormat.text,
    release: Annotated[bool, typer.Option("--release", help="Ghi phiên bản hiện tại và mã băm vào rules/phien-ban.txt (sau khi tăng version).")] = False,
    rules: RulesDir = None,
) -> None:
    """Chứng minh tĩnh trên bộ quy tắc: mỗi loại khoản chi, mỗi loại hoạt động, mỗi ngày có đúng một quy định
    coverage (hoặc ghi rõ không có quy định, kèm lý do); phiên bản đổi mỗi khi nội dung đổi.

    Mã thoát: 0 khi đạt; 1 kèm danh sách vấn đề (tệp:dòng và cách sửa); 3 khi bộ quy tắc không nạp được.
    """
    from ..rulebook.check import CHECKS, programme_start, release as record, run

    book = load_rulebook(rules)
    if release and record(book):
        err.print(f"Đã ghi phiên bản {book.version} {book.digest}")
    problems = run(book, CHECKS)
    if fmt is CheckFormat.json:
        _json_out({"rulebook": {"version": book.version, "digest": book.digest}, "ok": not problems,
                   "problems": problems})
    elif problems:
        err.print(f"Bộ quy tắc {book.version}: không đạt, {len(problems)} vấn đề:")
        for problem in problems:
            err.print(Text(wrap(f"- {problem}", err.width, hanging="  ")))
    else:
        Console(highlight=False).print(
            f"Bộ quy tắc {book.version}: đạt — {len(book.rules)} quy định; mỗi loại khoản chi, mỗi loại hoạt động, "
            f"mỗi ngày từ {programme_start(book):%d/%m/%Y} có đúng một quy định coverage, hoặc các quy định cùng áp "
            f"dụng, hoặc không có quy định kèm lý do (rules/chung/phu-song.yaml); phiên bản đã ghi với mã băm.")
    if problems:
        raise typer.Exit(1)


@rules_app.command("verify")
def rules_verify(
    stale_after: Annotated[Optional[int], typer.Option("--stale-after", help="Cũng liệt kê mức chưa kiểm tra lại trong ngần này ngày.")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    rules: RulesDir = None,
) -> None:
    """Danh sách con số và căn cứ chưa đối chiếu văn bản gốc (S, M), kèm nguồn, để người viết quy định kiểm tra."""
    from rich.table import Table

    from ..rulebook.report import verify

    report = verify(load_rulebook(rules), stale_after)
    if fmt is OutFormat.json:
        _json_out(report)
        return
    console = Console()
    table = Table(title="Mức chi chưa xác minh với văn bản gốc" + (f" hoặc quá {stale_after} ngày chưa kiểm tra" if stale_after else ""))
    for col in ("Bảng mức", "Mức", "Hiệu lực", "Điều kiện", "Căn cứ", "Nguồn", "Tin cậy", "Kiểm tra"):
        table.add_column(col, overflow="fold")
    for f in report["figures"]:
        table.add_row(f["rate"], f"{f['amount']:,}".replace(",", "."), f"{f['from'] or '…'} → {f['to'] or '…'}",
                      json.dumps(f["when"], ensure_ascii=False) if f["when"] else "", f["source"], f["reference"] or "",
                      f["verification"], f"{f['checked_on']}" + (" (cũ)" if f["stale"] else ""))
    console.print(table)
    bases = Table(title="Căn cứ quy định chưa xác minh")
    for col in ("Quy định", "Căn cứ", "Nguồn", "Tin cậy"):
        bases.add_column(col, overflow="fold")
    for b in report["bases"]:
        bases.add_row(b["id"], b["source"], b["reference"] or "", b["verification"])
    console.print(bases)
    console.print(f"{len(report['figures'])} mức, {len(report['bases'])} căn cứ, "
                  f"{len(report['instruments'])} văn bản cần đối chiếu.")


@rules_app.command("diff")
def rules_diff(
    before: Annotated[str, typer.Option("--from", help="Ngày trước, YYYY-MM-DD.")],
    after: Annotated[str, typer.Option("--to", help="Ngày sau, YYYY-MM-DD.")],
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    rules: RulesDir = None,
) -> None:
    """Pháp luật thay đổi gì giữa hai ngày: quy định thay thế, thêm, bỏ, trích dẫn và mức chi."""
    from ..rulebook.report import diff

    try:
        d1, d2 = dt.date.fromisoformat(before), dt.date.fromisoformat(after)
    except ValueError:
        fail("--from và --to phải là ngày dạng YYYY-MM-DD", EXIT_BAD_INPUT)
    report = diff(load_rulebook(rules), d1, d2)
    if fmt is OutFormat.json:
        _json_out(report)
        return
    console = Console()
    console.print(f"[bold]Thay đổi từ {d1:%d/%m/%Y} đến {d2:%d/%m/%Y}[/]")
    for r in report["replaced"]:
        console.print(f"  ↻ {r['title']}: {r['from']} → {r['to']}\n"
                      f"      {'; '.join(r['citations_from'])} → {'; '.join(r['citations_to'])}")
    for r in report["added"]:
        console.print(f"  + {r['id']} {r['title']} ({'; '.join(r['citations'])})")
    for r in report["removed"]:
        console.print(f"  − {r['id']} {r['title']} ({'; '.join(r['citations'])})")
    for r in report["rates"]:
        when = f" khi {json.dumps(r['when'], ensure_ascii=False)}" if r["when"] else ""
        console.print(f"  ≠ {r['rate']} {r['title']}{when}: {r['before']} → {r['after']} {r['unit']}"
                      f" ({r['source_before']} → {r['source_after']})")
    if not any(report[k] for k in ("replaced", "added", "removed", "rates")):
        console.print("  Không có thay đổi.")


@rules_app.command("fields")
def rules_fields() -> None:
    """Từ vựng cho người viết quy định: các trường mà điều kiện (applies, check, when) được dùng."""
    from rich.table import Table

    from ..rulebook.fields import FIELDS

    for level, title in (("line", "Quy định cấp khoản chi (level: line)"), ("claim", "Quy định cấp hồ sơ (level: claim)"),
                         ("document", "Kết hợp chứng từ (joins, of: document)"),
                         ("person_day", "Kết hợp người-ngày (joins, of: person_day)")):
        table = Table(title=title)
        table.add_column("Trường", no_wrap=True)
        table.add_column("Kiểu")
        table.add_column("Ý nghĩa", overflow="fold")
        for name, (kind, text) in FIELDS[level].items():
            table.add_row(name, kind, text)
        Console().print(table)


@rules_app.command("show")
def rules_show(rule_id: Annotated[str, typer.Argument(help="Mã quy định, ví dụ tt40.d6.k1")], rules: RulesDir = None) -> None:
    """Chi tiết một quy định: nội dung điều khoản, điều kiện, mức chi và nguồn của từng mức."""
    import yaml
    from rich.text import Text

    from ..reports.wrap import wrap
    from ..rulebook.conditions import describe
    from ..rulebook.texts import MISSING
    from ..vocabulary import money

    book = load_rulebook(rules)
    items = {r.id: r for r in book.rules} | {b.id: b for b in book.budgets}
    if rule_id not in items:
        fail(f"không có quy định '{rule_id}'. Xem: compliance rules list", EXIT_BAD_INPUT)
    item = items[rule_id]
    console = Console(highlight=False)

    def say(text: str, bold: str = "", indent: str = "") -> None:
        """A paragraph wrapped never inside a clause label or an amount; `bold` its start."""
        shown = Text(wrap(text, console.width, indent, indent + "  "))
        shown.stylize("bold", len(indent), len(indent) + len(bold))
        console.print(shown, soft_wrap=True)

    say(f"{item.id} — {item.title}", item.id)
    say(f"Căn cứ: {'; '.join(s.label(book.instruments) for s in item.citations)} (độ tin cậy {item.verification})")
    say(f"Nội dung: {item.text.strip()}")
    say(f"Khai báo tại: {book.origin[item.id]}")
    for source in item.citations:
        say(f"Nguyên văn {source.label(book.instruments)}:", "Nguyên văn")
        found = book.passage(pointer) if (pointer := book.pointer(source)) else None
        if found is None:
            say(f"({MISSING})", indent="  ")
            continue
        article, passage = found
        say(f"({article.path}#{passage.anchor}; độ tin cậy {article.header.verification}: "
            f"{article.header.reference})", indent="  ")
        for paragraph in passage.text.splitlines():
            if paragraph.strip():
                say(paragraph.strip(), indent="  ")
    spec = item.model_dump(mode="json", by_alias=True, exclude_none=True,
                           exclude={"id", "title", "text", "citations", "messages", "verification"})
    console.print(Text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False, width=console.width - 4).rstrip()),
                  soft_wrap=True)
    rate = getattr(getattr(item, "check", None), "rate", None)
    if rate:
        table = book.rates[rate]
        console.print()
        say(f"Bảng mức {table.rate} — {table.title} ({table.unit})", f"Bảng mức {table.rate}")
        for row in table.values:
            when = f" khi {describe(row.when)}" if row.when else ""
            say(f"{money(row.amount)} từ {row.from_ or '…'} đến {row.to or '…'}{when} — "
                f"{row.source.label(book.instruments)}, tin cậy {row.verification}, kiểm tra {row.checked_on}"
                + (f" ({row.reference})" if row.reference else ""), indent="  ")


class BookFormat(str, enum.Enum):
    html = "html"
    md = "md"


@rules_app.command("book")
def rules_book(
    fmt: Annotated[BookFormat, typer.Option("--format", "-f", help="html (mặc định) hoặc md.")] = BookFormat.html,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Ghi ra tệp (mặc định: in ra màn hình).")] = None,
    features: Annotated[Optional[Path], typer.Option("--features", help="Thư mục kịch bản (mặc định: features/).")] = None,
    rules: RulesDir = None,
) -> None:
    """Cả bộ quy tắc thành một tài liệu đọc được: văn bản, nguyên văn Điều, quy định, bảng mức, kịch bản."""
    from ..reports.book import render
    from ..rulebook.scenarios import scan

    if out is not None:
        check_out(out)
    text = render(load_rulebook(rules), scan(features), fmt.value)
    if out is None:
        sys.stdout.write(text)
        return
    write_atomically(out, text)
    err.print(f"Đã ghi bộ quy tắc: {out}")


@rules_app.command("texts")
def rules_texts(
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    rules: RulesDir = None,
) -> None:
    """Nguyên văn các Điều bộ quy tắc giữ (`<văn bản>/dieu-N.md`) và các Điều được trích dẫn chưa có văn bản gốc."""
    from rich.table import Table

    from ..rulebook.report import texts

    report = texts(load_rulebook(rules))
    if fmt is OutFormat.json:
        _json_out(report)
        return
    console = Console()
    held = Table(title="Điều có nguyên văn trong bộ quy tắc")
    for col in ("Tệp", "Điều", "Số khoản", "Tin cậy", "Được trích dẫn bởi"):
        held.add_column(col, overflow="fold")
    for a in report["held"]:
        held.add_row(a["path"], f"Điều {a['article']} {a['instrument']} — {a['title']}", str(a["clauses"]),
                     a["verification"], ", ".join(a["cited_by"]) or "—")
    console.print(held)
    missing = Table(title="Điều được trích dẫn nhưng chưa có văn bản gốc trong bộ quy tắc")
    for col in ("Văn bản", "Điều", "Được trích dẫn bởi"):
        missing.add_column(col, overflow="fold")
    for m in report["missing"]:
        missing.add_row(m["instrument"], f"Điều {m['article']}" if m["article"] is not None else "(cả văn bản)",
                        ", ".join(m["cited_by"]))
    console.print(missing)
    console.print(f"{len(report['held'])} Điều có nguyên văn; {len(report['missing'])} Điều được trích dẫn chưa có "
                  "văn bản gốc (thêm tệp dieu-N.md chép đúng từ văn bản, ghi nguồn — rules/README.md).")


@app.command()
def schema(
    kind: Annotated[str, typer.Option("--kind", help="claims (đầu vào, mặc định) hoặc decisions (kết quả).")] = "claims",
) -> None:
    """In JSON Schema của định dạng hồ sơ (đầu vào) hoặc của kết quả thẩm định."""
    if kind == "claims":
        doc = {"title": "Lô hồ sơ thanh toán Dự án 7", "description": "Một hồ sơ, danh sách hồ sơ, hoặc {\"claims\": [...]}",
               **Claim.model_json_schema()}
    elif kind == "decisions":
        doc = DecisionDocument.model_json_schema()
    else:
        fail("--kind phải là claims hoặc decisions", EXIT_BAD_INPUT)
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


@app.command()
def template(
    path: Annotated[Path, typer.Argument(help="Tệp .xlsx sẽ tạo.")],
    source: Annotated[Optional[Path], typer.Option("--from", help="Điền sẵn các hồ sơ từ tệp này (.json, .csv, .xlsx).")] = None,
) -> None:
    """Tạo sổ Excel mẫu: tiêu đề cột tiếng Việt, trang hướng dẫn và danh mục loại khoản chi."""
    from ..reports.template import write_template

    if path.suffix.lower() != ".xlsx":
        fail("tệp mẫu phải có đuôi .xlsx", EXIT_BAD_INPUT)
    check_out(path, [source] if source else [])
    try:
        claims = read_all([source]) if source else None
    except InputError as exc:
        fail("dữ liệu đầu vào không hợp lệ.\n" + exc.render(), EXIT_BAD_INPUT)
    write_template(path, claims)
    err.print(f"Đã tạo {path}")


def main() -> None:
    app()
