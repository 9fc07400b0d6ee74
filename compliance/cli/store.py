"""Store commands: `review`, `users`, `audit`, `batches`, `report`, `migrate`, and `vet --save`.

Importing this module stays cheap (the CLI imports it on start): the store is imported inside commands.

Acting user: `--user NAME` or COMPLIANCE_USER; the password from `--password-stdin` (first line of
standard input), else COMPLIANCE_PASSWORD, else a hidden prompt when a terminal is attached.
Reading (review list/show, batches, audit) needs no user; every write (vet --save, review resolve,
report, users add/change/unlock) does, and is written to the trail under that name. Saves (and
resolve, unlock) then sign a checkpoint of the trail's head outside the database (store/anchor.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Optional

import typer
from rich.console import Console
from rich.markup import escape

from ..store.location import ENV_DB, describe
from .common import (EXIT_BAD_INPUT, EXIT_DB, EXIT_DENIED, EXIT_TRAIL_BROKEN, check_out, err, fail, load_rulebook,
                     write_atomically)

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..models import DecisionDocument
    from ..rulebook import Rulebook
    from ..store import Store, User

ENV_USER = "COMPLIANCE_USER"
ENV_PASSWORD = "COMPLIANCE_PASSWORD"

DbOption = Annotated[Optional[str], typer.Option(
    "--db", envvar=ENV_DB, show_envvar=False,
    help=f"URL cơ sở dữ liệu (sqlite:///tệp.db, postgresql+psycopg://…) hoặc đường dẫn tệp SQLite; "
         f"mặc định {ENV_DB}, rồi tệp SQLite của người dùng (xem compliance --help).")]
UserOption = Annotated[Optional[str], typer.Option(
    "--user", "-u", envvar=ENV_USER, show_envvar=False,
    help=f"Người thực hiện (mặc định {ENV_USER}); mật khẩu lấy từ --password-stdin, {ENV_PASSWORD} hoặc được hỏi.")]
PasswordStdin = Annotated[bool, typer.Option(
    "--password-stdin", help="Đọc mật khẩu của người thực hiện từ dòng đầu của đầu vào chuẩn.")]
# The appraisal record (--format docx): these override COMPLIANCE_RECORD_UNIT, _PLACE, _TITLE (reports/docx.py).
UnitNameOption = Annotated[Optional[str], typer.Option(
    "--unit-name", help="Biên bản (docx): tên đơn vị lập biên bản (mặc định COMPLIANCE_RECORD_UNIT).")]
PlaceOption = Annotated[Optional[str], typer.Option(
    "--place", help="Biên bản (docx): địa danh ở dòng ngày tháng (mặc định COMPLIANCE_RECORD_PLACE).")]
TitleOption = Annotated[Optional[str], typer.Option(
    "--title", help="Biên bản (docx): tên biên bản (mặc định COMPLIANCE_RECORD_TITLE, rồi "
                    "«BIÊN BẢN THẨM ĐỊNH HỒ SƠ THANH TOÁN»).")]


review_app = typer.Typer(no_args_is_help=True, help="Rà soát các khoản bị gắn cờ: danh sách, chi tiết hồ sơ, xử lý cờ.")
users_app = typer.Typer(no_args_is_help=True, help="Người dùng và vai trò: finance (kế toán), auditor (thanh tra, kiểm toán), admin.")
audit_app = typer.Typer(no_args_is_help=True, help="Nhật ký không thể sửa âm thầm: kiểm tra chuỗi mã băm, xem các mục.")


def register(app: typer.Typer) -> None:
    """Add the store's commands to the main CLI and show the database location in its help."""
    app.add_typer(review_app, name="review")
    app.add_typer(users_app, name="users")
    app.add_typer(audit_app, name="audit")
    app.command("batches")(batches)
    app.command("report")(report)
    app.command("budget")(budget)
    app.command("migrate")(migrate)
    app.info.epilog = describe()


# ---- shared helpers ------------------------------------------------------------------------


def _exit_code(exc: Exception) -> int:
    from ..store.anchor import AnchorError
    from ..store.errors import AuthError, PermissionDenied, Unavailable

    if isinstance(exc, AnchorError):  # a checkpoint file that fails its signature: the trail is not vouched for
        return EXIT_TRAIL_BROKEN
    if isinstance(exc, (AuthError, PermissionDenied)):
        return EXIT_DENIED
    return EXIT_DB if isinstance(exc, Unavailable) else EXIT_BAD_INPUT


class _Guard:
    """Turn the store's errors into a Vietnamese message and an exit code."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> Literal[False]:
        if exc is None:
            return False
        from ..store.db import busy_error, is_busy
        from ..store.errors import StoreError

        if is_busy(exc):  # a path that did not go through Store.write: the same message all the same
            exc = busy_error()
        if isinstance(exc, StoreError):
            fail(str(exc), _exit_code(exc))
        return False


guard = _Guard()


def open_store(db: str | None) -> Store:
    from ..store import Store

    with guard:
        return Store(db)


def checkpoint(store: Store, kind: str, show: bool = False) -> None:
    """Sign the trail's head into the checkpoint file (store/anchor.py); `show`: print the receipt. The action
    itself is done: a receipt that cannot be written is a warning, not a failure."""
    from ..store import trail
    from ..store.anchor import Anchor, AnchorError

    try:
        with guard, store.read() as session:
            head = trail.head(session)
        if head is None:
            return
        receipt = Anchor(store.url).sign(*head, kind)
    except AnchorError as exc:
        err.print(f"Cảnh báo: chưa ký được mốc nhật ký — {exc}")
        return
    if show:
        err.print(f"Mốc nhật ký (mục #{receipt.entry_id}, đã ký; giữ lại để đối chiếu bằng "
                  f"`compliance audit verify --receipt '…'`): {receipt.line()}")


def _password(from_stdin: bool, prompt: str) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            fail("--password-stdin: đầu vào chuẩn trống, không có mật khẩu", EXIT_BAD_INPUT)
        return line.rstrip("\r\n")
    if os.environ.get(ENV_PASSWORD):
        return os.environ[ENV_PASSWORD]
    if sys.stdin.isatty():
        return typer.prompt(prompt, hide_input=True)
    fail(f"cần mật khẩu: dùng --password-stdin, biến môi trường {ENV_PASSWORD}, hoặc chạy trong terminal", EXIT_DENIED)
    raise AssertionError("unreachable")


def acting_user(store: Store, user: str | None, password_stdin: bool) -> User:
    """Authenticate the acting user of a CLI command (recorded in the trail, like a web login)."""
    from ..store import authenticate

    if not user:
        fail(f"cần người thực hiện: --user TÊN hoặc biến môi trường {ENV_USER}", EXIT_DENIED)
    password = _password(password_stdin, f"Mật khẩu của {user}")
    with guard:
        return authenticate(store, user, password, channel="cli")


def _money(value: int) -> str:
    from ..vocabulary import money

    return money(value)


def _json_default(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value))


def _print_json(value: Any) -> None:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    elif isinstance(value, list):
        value = [dataclasses.asdict(v) if dataclasses.is_dataclass(v) and not isinstance(v, type) else v for v in value]
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=_json_default) + "\n")


def _row(table, *cells: str) -> None:
    """Add a table row of data (not markup: claim ids and notes may hold brackets)."""
    table.add_row(*(escape(c) for c in cells))


def _when(at: dt.datetime | None) -> str:
    return at.astimezone().strftime("%d/%m/%Y %H:%M:%S") if at else "—"


class OutFormat(str, enum.Enum):
    table = "table"
    json = "json"


# ---- vet --save ----------------------------------------------------------------------------


@dataclasses.dataclass
class Saving:
    """`vet --save`: the store is opened and the user authenticated before vetting starts."""

    store: Store
    user: User

    def vet_and_save(self, book: Rulebook, paths: list[Path], engine: str, law_as_of, out: Path | None,
                     keep: bool, progress: Callable[[], None] | None = None) -> DecisionDocument | None:
        """Vet the files claim by claim, each pair saved as it is made (save.save_stream: bounded memory,
        all or nothing). `keep`: also return the whole document (the table, Excel and Word outputs need
        it); else the JSON document is written to `out` (or standard output) as it goes, and only if
        the batch was saved."""
        from ..models import DecisionDocument, RulebookRef
        from ..readers import stream
        from ..store import InputFile
        from ..store.save import save_stream, vetted_pairs
        from ..vetting.document import DocumentWriter, atomic_output, quiet_gc
        from ..vetting.vetter import Vetter

        inputs = [InputFile.of(p) for p in paths]
        vetter = Vetter(book, engine, law_as_of)
        kept: list = []
        with contextlib.ExitStack() as stack:
            sink = kept.append
            if not keep:
                writer = DocumentWriter(stack.enter_context(atomic_output(out)), book, law_as_of)
                sink = writer.write
            stack.enter_context(quiet_gc())

            def pairs():
                for claim, record in vetted_pairs(vetter, stream(paths), progress):
                    sink(record)
                    yield claim, record

            with guard:
                result = save_stream(self.store, pairs(), inputs, self.user, book, law_as_of=law_as_of, book=book)
            if not keep:
                writer.close()
        where = self.store.display_url
        if not result.created:
            err.print(f"Lô này (cùng các hồ sơ, cùng bộ quy tắc {book.version}) đã được lưu: lô #{result.batch_id}. "
                      f"Không lưu gì thêm.")
        elif result.supersedes_id:
            err.print(f"Đã lưu lô #{result.batch_id} — phiên bản mới của lô #{result.supersedes_id} "
                      f"(cùng các hồ sơ, bộ quy tắc {book.version}) vào {where}.")
        else:
            err.print(f"Đã lưu lô #{result.batch_id} ({result.claims} hồ sơ) vào {where}.")
        checkpoint(self.store, "save", show=True)
        if keep:
            return DecisionDocument(rulebook=RulebookRef(version=book.version, digest=book.digest),
                                    law_as_of=law_as_of, claims=kept)
        return None


def prepare_save(db: str | None, user: str | None, password_stdin: bool) -> Saving:
    store = open_store(db)
    acting = acting_user(store, user, password_stdin)
    if not acting.can("upload"):
        fail(f"người dùng '{acting.name}' không có quyền lưu lô", EXIT_DENIED)
    return Saving(store, acting)


# ---- batches -------------------------------------------------------------------------------


def batches(db: DbOption = None, fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table) -> None:
    """Danh sách các lô đã lưu: tệp đầu vào, bộ quy tắc, người lưu, phiên bản."""
    from rich.table import Table

    from ..store import list_batches

    store = open_store(db)
    with guard:
        rows = list_batches(store)
    if fmt is OutFormat.json:
        _print_json(rows)
        return
    table = Table(title=f"{len(rows)} lô trong {store.display_url}")
    for col in ("Lô", "Lưu lúc", "Người lưu", "Tệp", "Bộ quy tắc", "Hồ sơ", "Gắn cờ", "Đề nghị", "Được chi", "Phiên bản"):
        table.add_column(col, overflow="fold")
    for b in rows:
        version = (f"thay lô #{b.supersedes_id}; " if b.supersedes_id else "") + \
                  (f"đã có bản mới #{b.superseded_by}" if b.superseded_by else "hiện hành")
        _row(table, str(b.id), _when(b.created_at), b.created_by, ", ".join(f["name"] for f in b.inputs),
                      b.rulebook_version, str(b.claim_count), str(b.flagged_count), _money(b.claimed_amount),
                      _money(b.eligible_amount), version)
    Console().print(table)


# ---- review --------------------------------------------------------------------------------


class Status(str, enum.Enum):
    open = "open"
    resolved = "resolved"
    all = "all"


class Subproject(str, enum.Enum):
    TDA1 = "TDA1"
    TDA2 = "TDA2"


class Kind(str, enum.Enum):
    violation = "violation"
    missing_information = "missing_information"
    manual_review = "manual_review"


class Action(str, enum.Enum):
    confirm = "confirm"
    overturn = "overturn"
    request_documents = "request_documents"


@review_app.command("list")
def review_list(
    status: Annotated[Status, typer.Option("--status", help="open (chưa xử lý, gồm chờ chứng từ), resolved hoặc all.")] = Status.open,
    unit: Annotated[Optional[str], typer.Option("--unit", help="Mã đơn vị, ví dụ SLDTBXH.")] = None,
    reason: Annotated[Optional[str], typer.Option("--reason", help="Lý do gắn cờ, ví dụ over_ceiling.")] = None,
    kind: Annotated[Optional[Kind], typer.Option("--kind", help="Loại cờ: violation (vi phạm), missing_information "
                                                               "(thiếu thông tin) hoặc manual_review (cần thẩm định thủ công).")] = None,
    clause: Annotated[Optional[str], typer.Option("--clause", help="Một phần điều khoản căn cứ, ví dụ 'Điều 6 Thông tư 40/2017'.")] = None,
    subproject: Annotated[Optional[Subproject], typer.Option("--subproject", help="TDA1 hoặc TDA2.")] = None,
    batch: Annotated[Optional[int], typer.Option("--batch", help="Chỉ lô này (mặc định: phiên bản hiện hành của mọi lô).")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="table hoặc json.")] = OutFormat.table,
    limit: Annotated[int, typer.Option("--limit", min=1, max=100_000, help="Số khoản mỗi trang.")] = 200,
    after: Annotated[Optional[str], typer.Option("--after", help="Trang tiếp theo: con trỏ in ở cuối trang trước.")] = None,
    db: DbOption = None,
) -> None:
    """Các khoản bị gắn cờ, số tiền rủi ro (đề nghị − được chi) lớn nhất trước, từng trang."""
    from rich.table import Table

    from ..vocabulary import FLAG_KIND_VI, REASON_VI
    from ..store import QueueFilter, queue_page, queue_totals
    from ..vocabulary import STATUS_VI

    if reason is not None and reason not in REASON_VI:
        fail(f"lý do '{reason}' không có; chọn một trong: {', '.join(REASON_VI)}", EXIT_BAD_INPUT)
    store = open_store(db)
    filters = QueueFilter(status=status.value, unit=unit, reason=reason, kind=kind.value if kind else None,
                          clause=clause, subproject=subproject.value if subproject else None, batch_id=batch)
    with guard:
        got = queue_page(store, filters, after=after, limit=limit)
        totals = queue_totals(store, filters) if fmt is OutFormat.table else None
    rows = got.rows
    if got.after:  # on standard error: the JSON on standard output stays one list
        err.print(f"Còn các khoản khác; trang sau: thêm --after {got.after}")
    if fmt is OutFormat.json:
        _print_json([{**dataclasses.asdict(r), "status": r.status} for r in rows])
        return
    assert totals is not None
    by_kind = [(label, [r for r in rows if r.kind == k]) for k, label in FLAG_KIND_VI.items()]
    counted = (f"hơn {totals.items} khoản gắn cờ" if totals.capped else
               f"{totals.items} khoản gắn cờ · số tiền rủi ro {_money(totals.at_risk)}")
    shown = f" · trang này {len(rows)} khoản: " if got.after or after else " · "
    table = Table(title=counted,
                  caption=shown.lstrip(" ·") + "; ".join(f"{len(of)} {label} ({_money(sum(r.at_risk for r in of))})"
                                                          for label, of in by_kind))
    for col in ("Lô", "Hồ sơ", "Khoản", "Đơn vị", "TDA", "Loại cờ", "Lý do", "Căn cứ", "Đề nghị", "Được chi", "Rủi ro",
                "Trạng thái"):
        table.add_column(col, overflow="fold", justify="right" if col in ("Đề nghị", "Được chi", "Rủi ro") else "left")
    for r in rows:
        state = STATUS_VI[r.status] + (f" ({r.last.actor})" if r.last else "")
        _row(table, str(r.batch_id), r.claim_id, r.line_id or "(hồ sơ)", r.unit_code, r.subproject,
             FLAG_KIND_VI.get(r.kind, ""), ", ".join(REASON_VI.get(x, x) for x in r.reasons),
             "; ".join(r.clauses) or "—", _money(r.claimed_amount), _money(r.eligible_amount), _money(r.at_risk), state)
    Console().print(table)


@review_app.command("show")
def review_show(
    claim_id: Annotated[str, typer.Argument(help="Mã hồ sơ.")],
    batch: Annotated[Optional[int], typer.Option("--batch", help="Phiên bản trong lô này (mặc định: hiện hành).")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="table hoặc json.")] = OutFormat.table,
    db: DbOption = None,
) -> None:
    """Chi tiết một hồ sơ: mọi kết quả kiểm tra với điều khoản, nguồn mức chi, độ tin cậy và lịch sử xử lý."""
    from ..store import claim_detail

    store = open_store(db)
    with guard:
        detail = claim_detail(store, claim_id, batch)
    if fmt is OutFormat.json:
        _print_json({**dataclasses.asdict(detail), "items": [
            {**dataclasses.asdict(i), "status": i.status} for i in detail.items]})
        return
    _render_claim(detail, Console())


def _render_claim(detail, console: Console) -> None:
    from ..vocabulary import CATEGORY_VI, DECISION_VI, FLAG_KIND_VI, KIND_VI, REASON_VI, SUBPROJECT_VI, VERIFICATION_VI
    from ..vocabulary import ACTIONS_VI, RESOLUTION_REASONS_VI, STATUS_VI

    r, b = detail.record, detail.batch
    console.print(f"[bold]Hồ sơ {escape(r.claim_id)}[/] — {escape(r.unit_code)}, {SUBPROJECT_VI[r.subproject]}, "
                  f"{KIND_VI.get(r.activity_kind, r.activity_kind)}")
    console.print(f"Lô #{b.id} ({'hiện hành' if b.current else f'đã có bản mới #{b.superseded_by}'}), bộ quy tắc "
                  f"{escape(b.rulebook_version)} ({b.rulebook_digest[:19]}…), lưu {_when(b.created_at)} bởi {escape(b.created_by)}")
    console.print(f"Kết luận: {DECISION_VI[r.decision]} · đề nghị {_money(r.claimed_amount)} · "
                  f"được chi {_money(r.eligible_amount)} · rủi ro {_money(r.claimed_amount - r.eligible_amount)}")
    for item in detail.items:
        if item.line_id is None and not item.findings:
            continue
        console.rule()
        if item.line_id is None:
            head = "Kiểm tra cấp hồ sơ"
            verdict = "gắn cờ" if item.decision == "flag" else "đạt"
        else:
            desc = (item.submitted or {}).get("description")
            head = f"Khoản {item.line_id}: {CATEGORY_VI.get(item.line.category, item.line.category)}" + (f" — {desc}" if desc else "")
            verdict = DECISION_VI[item.decision]
        if item.kind:
            verdict += f" ({FLAG_KIND_VI[item.kind]})"
        state = f" · {STATUS_VI[item.status]}" if item.status else ""
        console.print(f"[bold]{escape(head)}[/] · {verdict} · đề nghị {_money(item.claimed_amount)} · "
                      f"được chi {_money(item.eligible_amount)} · rủi ro {_money(item.at_risk)}{state}")
        for view in item.findings:
            f = view.finding
            mark = "[green]✓ đạt[/]" if f.outcome == "pass" else f"[red]✗ {REASON_VI.get(f.reason, f.reason)}[/]"
            console.print(f"  {mark} {escape(f'[{f.rule_id}] {f.message}')}")
            console.print(f"     Căn cứ: {escape('; '.join(c.label for c in f.citations) or '—')}")
            if view.rule_text:
                console.print(f"     Nội dung: {escape(view.rule_text)}")
            if f.basis:
                console.print(f"     Nguồn mức: {escape(f.basis.source)} ({VERIFICATION_VI[f.basis.verification]})")
        for d in item.history:
            console.print(f"  → {_when(d.at)} {escape(d.actor)}: {ACTIONS_VI[d.action]} — "
                          f"{RESOLUTION_REASONS_VI.get(d.reason, d.reason)}. {escape(d.note)}")
    if detail.earlier:
        console.rule("Xử lý trên các phiên bản trước")
        for d in detail.earlier:
            console.print(f"  lô #{d.batch_id}, khoản {escape(d.line_id or '(hồ sơ)')}: {_when(d.at)} {escape(d.actor)}: "
                          f"{ACTIONS_VI[d.action]} — {RESOLUTION_REASONS_VI.get(d.reason, d.reason)}. {escape(d.note)}")


@review_app.command("resolve")
def review_resolve(
    claim_id: Annotated[str, typer.Argument(help="Mã hồ sơ.")],
    line_id: Annotated[Optional[str], typer.Argument(help="Mã khoản chi; bỏ trống để xử lý cờ cấp hồ sơ.")] = None,
    *,  # required options after an optional argument: keyword-only, no default
    action: Annotated[Action, typer.Option("--action", help="confirm (xác nhận cờ), overturn (bỏ cờ) hoặc request_documents.")],
    reason: Annotated[str, typer.Option("--reason", help="Mã lý do: management_exception, in_policy, false_positive, "
                                                         "corrected_by_submitter, confirmed_violation, documents_missing.")],
    note: Annotated[str, typer.Option("--note", help="Ghi chú giải thích (bắt buộc).")],
    user: UserOption = None,
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
) -> None:
    """Xử lý một khoản bị gắn cờ (vai trò auditor hoặc admin). Lịch sử được giữ nguyên, không ghi đè."""
    from ..store import resolve
    from ..vocabulary import ACTIONS_VI, RESOLUTION_REASONS_VI

    if reason not in RESOLUTION_REASONS_VI:
        fail(f"mã lý do '{reason}' không có; chọn một trong: {', '.join(RESOLUTION_REASONS_VI)}", EXIT_BAD_INPUT)
    store = open_store(db)
    acting = acting_user(store, user, password_stdin)
    with guard:
        d = resolve(store, acting, claim_id, line_id, action.value, reason, note)
    checkpoint(store, "write")
    err.print(f"Đã ghi #{d.id}: {ACTIONS_VI[d.action]} — hồ sơ {d.claim_id}, khoản {d.line_id or '(hồ sơ)'} "
              f"(lô #{d.batch_id}), lý do: {RESOLUTION_REASONS_VI[d.reason]}; bởi {d.actor} lúc {_when(d.at)}.")


# ---- users ---------------------------------------------------------------------------------


class Role(str, enum.Enum):
    finance = "finance"
    auditor = "auditor"
    admin = "admin"


def _new_password(from_stdin: bool, name: str) -> str:
    if from_stdin:
        return _password(True, "")
    if not sys.stdin.isatty():
        fail("cần mật khẩu cho người dùng mới: dùng --password-stdin hoặc chạy trong terminal", EXIT_BAD_INPUT)
    return typer.prompt(f"Mật khẩu mới của {name}", hide_input=True, confirmation_prompt=True)


def _admin(store: Store, user: str | None) -> User:
    """The acting admin; the password comes from COMPLIANCE_PASSWORD or a prompt (stdin carries the new one)."""
    return acting_user(store, user, False)


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="Tên đăng nhập.")],
    role: Annotated[Role, typer.Option("--role", help="finance, auditor hoặc admin.")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Đọc mật khẩu của người dùng mới từ đầu vào chuẩn.")] = False,
    user: UserOption = None,
    db: DbOption = None,
) -> None:
    """Thêm người dùng. Người đầu tiên (phải là admin) không cần ai đăng nhập; sau đó cần một admin
    (--user, mật khẩu từ COMPLIANCE_PASSWORD hoặc được hỏi)."""
    from ..store import add_user, count_users
    from ..vocabulary import ROLES_VI

    store = open_store(db)
    with guard:
        first = count_users(store) == 0
    acting = None if first else _admin(store, user)
    password = _new_password(password_stdin, name)
    with guard:
        created = add_user(store, name, role.value, password, acting)
    err.print(f"Đã thêm người dùng {created.name} ({ROLES_VI[created.role]}) vào {store.display_url}.")


@users_app.command("change")
def users_change(
    name: Annotated[str, typer.Argument(help="Tên đăng nhập.")],
    role: Annotated[Optional[Role], typer.Option("--role", help="Vai trò mới.")] = None,
    new_password: Annotated[bool, typer.Option("--new-password", help="Đặt mật khẩu mới (hỏi, hoặc từ --password-stdin).")] = False,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Đọc mật khẩu mới từ đầu vào chuẩn.")] = False,
    active: Annotated[Optional[bool], typer.Option("--active/--disabled", help="Mở hoặc khóa tài khoản.")] = None,
    user: UserOption = None,
    db: DbOption = None,
) -> None:
    """Đổi vai trò, mật khẩu, hoặc khóa/mở tài khoản (admin; ai cũng đổi được mật khẩu của mình)."""
    from ..store import change_user

    store = open_store(db)
    acting = _admin(store, user)
    password = _new_password(password_stdin, name) if (new_password or password_stdin) else None
    with guard:
        changed = change_user(store, name, acting, role=role.value if role else None, password=password, active=active)
    err.print(f"Đã cập nhật {changed.name}: vai trò {changed.role}, {'đang hoạt động' if changed.active else 'đã khóa'}.")


@users_app.command("unlock")
def users_unlock(
    name: Annotated[str, typer.Argument(help="Tên đăng nhập.")],
    user: UserOption = None,
    db: DbOption = None,
) -> None:
    """Mở khóa đăng nhập của một người dùng (xóa số lần đăng nhập sai, từ mọi địa chỉ); admin."""
    from ..store import unlock_user

    store = open_store(db)
    acting = _admin(store, user)
    with guard:
        locked = unlock_user(store, name, acting)
    state = "đang bị khóa" if locked else "không bị khóa"
    err.print(f"Đã mở khóa đăng nhập của {name} (trước đó {state}); ghi vào nhật ký.")
    checkpoint(store, "write")


@users_app.command("list")
def users_list(db: DbOption = None, fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table) -> None:
    """Danh sách người dùng và vai trò."""
    from rich.table import Table

    from ..store import list_users
    from ..vocabulary import ROLES_VI

    store = open_store(db)
    with guard:
        rows = list_users(store)
    if fmt is OutFormat.json:
        _print_json(rows)
        return
    table = Table(title=f"{len(rows)} người dùng")
    for col in ("Tên", "Vai trò", "Trạng thái", "Tạo lúc", "Tạo bởi"):
        table.add_column(col)
    for u in rows:
        _row(table, u.name, f"{u.role} ({ROLES_VI[u.role]})", "hoạt động" if u.active else "đã khóa",
                      _when(u.created_at), u.created_by or "—")
    Console().print(table)


# ---- audit ---------------------------------------------------------------------------------


@audit_app.command("verify")
def audit_verify(
    full: Annotated[bool, typer.Option("--full", help="Kiểm tra lại từ mục đầu tiên và băm lại dữ liệu của mọi lô "
                                                      "(mặc định: từ mốc kiểm tra gần nhất).")] = False,
    receipt: Annotated[Optional[str], typer.Option("--receipt", help="Đối chiếu thêm một mốc đã in khi lưu (dòng JSON).")] = None,
    key: Annotated[Optional[Path], typer.Option("--key", help="Tệp khóa nhật ký (mặc định COMPLIANCE_TRAIL_KEY, rồi "
                                                              "trail.key cạnh tệp SQLite của người dùng).")] = None,
    checkpoints: Annotated[Optional[Path], typer.Option("--checkpoints", help="Tệp mốc (mặc định "
                                                        "COMPLIANCE_TRAIL_CHECKPOINTS, rồi checkpoints.jsonl cạnh khóa).")] = None,
    db: DbOption = None,
) -> None:
    """Kiểm tra nhật ký: chuỗi mã băm nguyên vẹn, khớp với các mốc đã ký bằng khóa ngoài cơ sở dữ liệu, và khớp
    với người dùng, các lô, các quyết định xử lý đã lưu.

    Mã thoát: 0 khi nguyên vẹn; 1 khi phát hiện chỉnh sửa (kèm mục đầu tiên bị sửa) hoặc tệp mốc bị sửa."""
    from ..store import verify
    from ..vocabulary import TRAIL_ACTIONS_VI
    from ..store.anchor import Anchor, AnchorError, Receipt
    from ..store.schema import TrailEntry

    store = open_store(db)
    anchor = Anchor(store.url, key, checkpoints)
    try:
        if receipt is not None:  # a receipt kept elsewhere: checked, then compared as the newest one
            given = Receipt.parse(receipt)
            anchor.check(given)
            with guard, store.read() as session:
                stored = session.get(TrailEntry, given.entry_id)
                if stored is None or stored.hash != given.hash:
                    fail(f"nhật ký đã bị thay đổi: mục #{given.entry_id} của mốc ký lúc {given.at} "
                          f"{'không còn' if stored is None else 'có mã băm khác'}.", EXIT_TRAIL_BROKEN)
        with guard:
            result = verify(store, anchor, full=full)
    except AnchorError as exc:
        fail(str(exc), EXIT_TRAIL_BROKEN)
    out = Console(highlight=False)
    if result.ok:
        scope = (f"{result.entries} mục mới từ mốc kiểm tra #{result.since}" if result.since
                 else f"{result.entries} mục")
        out.print(f"Nhật ký nguyên vẹn: {scope}, chuỗi mã băm khớp; {result.users} người dùng, {result.batches} lô và "
                  f"{result.dispositions} quyết định xử lý khớp với nhật ký.")
        if result.anchored:
            out.print(f"Khớp với mốc đã ký gần nhất: mục #{result.anchored.entry_id} ({result.anchored.at}).")
        else:
            out.print(f"Chưa có mốc nào đã ký cho cơ sở dữ liệu này trong {anchor.path}: chỉ kiểm được nhật ký tự "
                      "khớp với chính nó (ai sửa được cơ sở dữ liệu vẫn có thể tính lại cả chuỗi).")
        if result.since and not full:
            out.print("Dữ liệu các lô lưu trước mốc kiểm tra chỉ được băm lại với --full.")
        if store.owns_tables():
            out.print("Cảnh báo: vai trò đang kết nối sở hữu các bảng nên tắt được trigger chỉ-thêm; ứng dụng nên "
                      "dùng một vai trò không sở hữu bảng (xem compliance migrate --app-role).")
        return
    b = result.broken
    where = (f"mục #{b.entry_id} lúc {_when(b.at)} ({TRAIL_ACTIONS_VI.get(b.action, b.action)})"
             if b.entry_id is not None else "cuối nhật ký" if b.action == "checkpoint" else "kho dữ liệu")
    fail(f"nhật ký đã bị thay đổi tại {where}: {b.problem}.", EXIT_TRAIL_BROKEN)


def migrate(
    db: DbOption = None,
    app_role: Annotated[Optional[str], typer.Option("--app-role", envvar="COMPLIANCE_APP_ROLE", show_envvar=False,
                                                    help="PostgreSQL: vai trò của ứng dụng, được cấp quyền đọc và thêm "
                                                         "dòng (không sở hữu bảng nào).")] = None,
) -> None:
    """Tạo hoặc nâng cấp cấu trúc cơ sở dữ liệu (chạy bằng vai trò sở hữu các bảng) và cấp quyền cho vai trò ứng dụng."""
    from ..store import Store

    with guard:
        store = Store(db, app_role=app_role)
    granted = f"; đã cấp quyền cho vai trò {app_role}" if app_role and store.dialect == "postgresql" else ""
    err.print(f"Cơ sở dữ liệu {store.display_url} đã ở phiên bản mới nhất{granted}.")


@audit_app.command("log")
def audit_log(
    limit: Annotated[int, typer.Option("--limit", "-n", help="Số mục mới nhất.")] = 50,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    db: DbOption = None,
) -> None:
    """Các mục mới nhất của nhật ký: ai, khi nào, làm gì."""
    from rich.table import Table

    from ..store import trail_entries
    from ..vocabulary import TRAIL_ACTIONS_VI

    store = open_store(db)
    with guard:
        rows = trail_entries(store, limit)
    if fmt is OutFormat.json:
        _print_json([{"id": e.id, "at": e.at, "actor": e.actor, "action": e.action, "subject": e.subject,
                      "details": e.details, "prev_hash": e.prev_hash, "hash": e.hash} for e in rows])
        return
    table = Table(title=f"Nhật ký ({len(rows)} mục mới nhất)")
    for col in ("#", "Lúc", "Người", "Hành động", "Đối tượng", "Mã băm"):
        table.add_column(col, overflow="fold")
    for e in rows:
        _row(table, str(e.id), _when(e.at), e.actor or "—", TRAIL_ACTIONS_VI.get(e.action, e.action), e.subject,
                      e.hash[:16] + "…")
    Console().print(table)


# ---- report --------------------------------------------------------------------------------


class ReportFormat(str, enum.Enum):
    xlsx = "xlsx"
    html = "html"
    docx = "docx"
    csv = "csv"


def record_settings(unit_name: str | None, place: str | None, title: str | None):
    """The appraisal record's settings: COMPLIANCE_RECORD_* overridden by the options; bad ones exit 2."""
    from ..reports.docx import RecordSettings, settings_problem

    try:
        return RecordSettings.from_env(unit_name=unit_name, place=place, title=title)
    except ValueError as exc:  # pydantic's ValidationError
        fail(settings_problem(exc), EXIT_BAD_INPUT)


def record_rulebook(rules: Path | None = None):
    """The rulebook, for the record's "Căn cứ" lines and its annex of clause texts; None (labels only) if it
    does not load."""
    from ..rulebook import RulebookError, load

    try:
        return load(rules)
    except RulebookError:
        return None


def report(
    batch_id: Annotated[int, typer.Argument(help="Số lô (xem: compliance batches).")],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="xlsx, html, docx (biên bản thẩm định Word) hoặc csv (mọi khoản chi, ghi theo luồng).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Tệp kết quả.")],
    user: UserOption = None,
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
    unit_name: UnitNameOption = None,
    place: PlaceOption = None,
    title: TitleOption = None,
) -> None:
    """Xuất báo cáo của một lô đã lưu: Excel (tổng hợp, từng điều khoản, tô dòng gắn cờ), HTML in được, có biểu đồ,
    hoặc biên bản thẩm định Word theo thể thức Nghị định 30/2020/NĐ-CP (kèm ý kiến xử lý của kiểm toán)."""
    from ..reports import lines as export
    from ..store import QueueFilter, batch_info, get_batch, log_export, queue, require, summary

    check_out(out)
    settings = record_settings(unit_name, place, title) if fmt is ReportFormat.docx else None
    store = open_store(db)
    acting = acting_user(store, user, password_stdin)
    with guard:
        require(acting, "read")
        info = batch_info(store, batch_id)
        if fmt is ReportFormat.csv or (fmt is ReportFormat.xlsx and info.claim_count > export.FULL_REPORT_CLAIMS):
            if fmt is ReportFormat.xlsx:
                err.print(f"Lô lớn ({info.claim_count} hồ sơ): báo cáo Excel là bảng các khoản chi, ghi theo luồng.")
                export.write_xlsx(store, batch_id, out)
            else:
                from ..vetting.document import atomic_output

                with atomic_output(out) as handle:
                    handle.flush()
                    export.write_csv(store, batch_id, handle.buffer)
        elif fmt is ReportFormat.xlsx:
            from ..reports.xlsx import write_report
            from ..store.review import batch_review

            extras = batch_review(store, batch_id)  # the claims as submitted and the auditors' dispositions
            write_report(get_batch(store, batch_id), out, extras.submitted.values(), review=extras)
        elif fmt is ReportFormat.docx:
            from ..reports.docx import saved_batch, write_record

            doc, dispositions, claims = saved_batch(store, batch_id)
            book = record_rulebook()
            write_record(doc, out, settings, book.instruments if book else {}, dispositions, claims,
                         book.cited if book else None)
        else:
            from ..reports.html import render_html

            write_atomically(out, render_html(summary(store, batch_id),
                                               queue(store, QueueFilter(status="all", batch_id=batch_id))))
        log_export(store, acting, batch_id, fmt.value, out.name)
    err.print(f"Đã ghi báo cáo lô #{batch_id}: {out}")


# ---- budget --------------------------------------------------------------------------------



class BudgetFormat(str, enum.Enum):
    table = "table"
    json = "json"
    xlsx = "xlsx"


def budget(
    year: Annotated[Optional[int], typer.Option("--year", help="Chỉ dự toán của năm ngân sách này.")] = None,
    fmt: Annotated[BudgetFormat, typer.Option("--format", "-f", help="table, json hoặc xlsx.")] = BudgetFormat.table,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Tệp kết quả (bắt buộc với xlsx).")] = None,
    rules: Annotated[Optional[Path], typer.Option("--rules", help="Thư mục bộ quy tắc có các dự toán (mặc định: rules/).")] = None,
    db: DbOption = None,
) -> None:
    """Dự toán được giao (Quyết định 2681/QĐ-UBND và các quyết định nạp vào rules/) so với số đã duyệt trong
    các lô đã lưu (phiên bản hiện hành): theo đơn vị, tiểu dự án, theo tháng (lũy kế), còn lại và tỉ lệ đã dùng."""
    if fmt is BudgetFormat.xlsx and out is None:
        fail("định dạng xlsx cần --out TỆP.xlsx", EXIT_BAD_INPUT)
    if out is not None:
        check_out(out)
    book = load_rulebook(rules)
    from ..reports.budget import render_table, write_xlsx
    from ..store.budget import as_json, budget_view

    store = open_store(db)
    with guard:
        view = budget_view(store, book, year)
    if fmt is BudgetFormat.xlsx:
        assert out is not None  # refused above
        write_xlsx(view, out)
        err.print(f"Đã ghi: {out}")
    elif fmt is BudgetFormat.json:
        text = json.dumps(as_json(view), ensure_ascii=False, indent=2) + "\n"
        if out is None:
            sys.stdout.write(text)
        else:
            write_atomically(out, text)
    else:
        if not view.envelopes:
            err.print("Bộ quy tắc không có dự toán nào" + (f" của năm {year}" if year else "") + ".")
        render_table(view, Console(highlight=False))
