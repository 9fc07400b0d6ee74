"""What every command shares: the error console, exit codes, the Vietnamese error line, the rulebook
loaded or refused, and output files written whole or not at all, never over an input or a device."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.text import Text

from ..reports.wrap import wrap
from ..rulebook import Rulebook, RulebookError, load

EXIT_TRAIL_BROKEN = 1  # `audit verify`: the trail was altered
EXIT_BAD_INPUT = 2
EXIT_BAD_RULEBOOK = 3
EXIT_DENIED = 4  # authentication or permission refused
EXIT_DB = 5  # the database cannot be opened, or stayed busy (another writer) past the wait

err = Console(stderr=True, highlight=False, markup=False, soft_wrap=True)  # messages carry data: ids, notes, paths


def fail(message: str, code: int) -> NoReturn:
    """Print an error (plain text: it names files and fields), wrapped never inside a phrase, and exit."""
    text = Text(wrap(f"Lỗi: {message}", err.width, hanging="  "))
    text.stylize("bold red", 0, len("Lỗi:"))
    err.print(text)
    raise typer.Exit(code)


def load_rulebook(rules: Path | None) -> Rulebook:
    try:
        return load(rules)
    except RulebookError as exc:
        fail(f"bộ quy tắc không hợp lệ — {exc}", EXIT_BAD_RULEBOOK)


def check_out(out: Path, inputs: Iterable[Path] = ()) -> None:
    """`--out` must be a new path or a regular file in an existing folder, and none of the inputs:
    the result replaces the file, so a device, a link or the batch itself is refused before any work."""
    if not out.parent.is_dir():
        fail(f"thư mục của tệp kết quả không tồn tại: {out.parent}", EXIT_BAD_INPUT)
    if out.is_symlink():
        fail(f"tệp kết quả {out} là một liên kết (symlink): ghi ra một tệp thường hoặc một tên mới", EXIT_BAD_INPUT)
    if out.exists():
        if not stat.S_ISREG(out.stat().st_mode):
            fail(f"tệp kết quả {out} không phải tệp thường (thư mục hoặc thiết bị): ghi ra một tệp thường hoặc "
                 "một tên mới", EXIT_BAD_INPUT)
        for source in inputs:
            if source.exists() and out.samefile(source):
                fail(f"tệp kết quả {out} chính là tệp đầu vào {source}: chọn một tên khác để không ghi đè hồ sơ",
                     EXIT_BAD_INPUT)


def write_atomically(path: Path, text: str) -> None:
    """Write the whole file or nothing: a temp file in the same folder, then rename."""
    fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
