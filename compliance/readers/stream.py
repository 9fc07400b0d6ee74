"""Claims read as a stream: one validated claim at a time, whatever the size of the batch.

- `.jsonl` (JSON Lines): one claim per line, read line by line; problems name the line.
- `.json`: a claim, a list of claims or {"claims": [...]}; the list is decoded element by
  element (a whole batch is never held as one Python object), anything else whole.
- `.csv` / `.xlsx`: rows as in readers/tabular.py; a claim is complete when its file ends or when
  more than `tabular.WINDOW` other claims have started since (its rows must then be close).
- `.xlsx` holding the treasury's forms (C2-02a/NS, C2-03/NS, and the payee list): one claim per
  order, as in readers/treasury.py.

Bad input never stops the reading: the first problem stops the claims (nothing more is
vetted), the rest of the file is still read for its problems, then InputError names them
all (the first `KEEP`). Claim ids must be unique across the batch; the ids seen are kept in a
SpillMap, so memory stays bounded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from ..models import Claim
from ..spill import SpillMap
from .errors import InputError, Problem, Problems, field_label, problems_from
from .items import Item
from .json_reader import DECODER, depth, loads, unreadable
from .limits import Totals, nul_at

CHUNK = 1 << 20  # characters read at a time from a .json file


def quick_claim(line: str | bytes) -> Claim | None:
    """A JSON Lines line that is a valid claim; None for anything else, which then takes the careful
    path (validate) for its messages. Parsed by `loads`, not pydantic's JSON: that one keeps the last of
    two equal keys silently and reads 1e400 as infinity."""
    try:
        data = loads(line)
        # NUL can only be written \u0000 in JSON (a raw control character is refused by the decoder)
        if ("\\u0000" in line if isinstance(line, str) else b"\\u0000" in line) and nul_at(data) is not None:
            return None
        return Claim.model_validate(data)
    except (ValidationError, ValueError, RecursionError):
        return None


def validate(item: Item, problems: Problems) -> Claim | None:
    if item.claim is not None:
        return item.claim
    data = item.data
    claim_id = data.get("claim_id") if isinstance(data, dict) else None
    claim_id = claim_id.replace("\x00", "\\x00") if isinstance(claim_id, str) and claim_id else f"#{item.index + 1}"
    if not isinstance(data, dict):
        problems.add(Problem("mỗi hồ sơ phải là một đối tượng JSON", claim_id, item.row), claims=True)
        return None
    where = nul_at(data)
    if where is not None:  # PostgreSQL cannot store it, and no real text holds it
        problem = Problem("có ký tự NUL (\\x00), không phải văn bản hợp lệ", claim_id,
                          (item.row_of or (lambda loc: item.row))(where), field_label(where) or None)
        problems.add(item.relabel(problem) if item.relabel else problem, claims=True)
        return None
    try:
        return Claim.model_validate(data)
    except ValidationError as exc:
        row_of = item.row_of or (lambda loc: item.row)
        for problem in problems_from(exc, claim_id, row_of):
            problems.add(item.relabel(problem) if item.relabel else problem, claims=True)
        return None


class ClaimIds:
    """The claim ids of a batch so far, each with where it was first read: a claim id must be unique in the
    batch (the one check of it: files, JSON on the web, and the parent of `vet --jobs`). Past a bound the
    ids spill to disk, so a batch of any size is checked in bounded memory."""

    def __init__(self) -> None:
        self._seen = SpillMap("claim-ids", cache_kb=1000)

    def first(self, claim_id: str, file: str, index: int, row: int | None, problems: Problems) -> bool:
        """True if the id is new; otherwise the problem is added (naming the claim it repeats)."""
        where = [file, index]
        known = self._seen.setdefault(claim_id, where)
        if known == where:
            return True
        if known[0] == file:
            problems.add(Problem(f"mã hồ sơ bị trùng với hồ sơ thứ {known[1] + 1} trong lô", claim_id, row,
                                 "claim_id (mã hồ sơ)"), claims=True)
        else:
            problems.add(Problem(f"mã hồ sơ đã có trong tệp {known[0]}", claim_id, field="claim_id (mã hồ sơ)"),
                         claims=True)
        return False

    def close(self) -> None:
        self._seen.close()

    def __enter__(self) -> ClaimIds:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def stream(paths: Iterable[Path | str]) -> Iterator[Claim]:
    """Validated claims of one batch (several files), in input order; raises InputError at the
    end of the first file with a problem, having yielded nothing since its first problem."""
    totals = Totals()
    with ClaimIds() as ids:
        for path in paths:
            path = Path(path)
            problems = Problems(str(path))
            count = 0
            for item in items(path, problems):
                count += 1
                claim = validate(item, problems)
                row = item.row_of(()) if item.row_of else item.row
                if claim is None or not ids.first(claim.claim_id, str(path), item.index, row, problems):
                    continue
                problem = totals.add(claim, row)
                if problem is not None:
                    problems.add(problem, claims=True)
                elif not problems:
                    yield claim
            if not count and not problems:
                problems.add(Problem("không có hồ sơ nào"), claims=True)
            if problems:
                raise problems.error()


def validate_claims(file: str, raw: list) -> list[Claim]:
    """Claims sent as one JSON list (the web API): every problem collected, then InputError."""
    problems = Problems(file)
    claims = []
    totals = Totals()
    with ClaimIds() as ids:
        for index, data in enumerate(raw):
            claim = validate(Item(data, index), problems)
            if claim is not None and ids.first(claim.claim_id, file, index, None, problems):
                problem = totals.add(claim)
                if problem is not None:
                    problems.add(problem, claims=True)
                else:
                    claims.append(claim)
    if not raw:
        problems.add(Problem("không có hồ sơ nào"), claims=True)
    if problems:
        raise problems.error()
    return claims


def items(path: Path, problems: Problems) -> Iterator[Item]:
    if not path.is_file():
        raise InputError(str(path), [Problem("không tìm thấy tệp")])
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _jsonl(path, problems)
    if suffix == ".json":
        return _json(path, problems)
    if suffix == ".xlsx":
        from .treasury import is_treasury_workbook, treasury_items
        from .xlsx_guard import check_xlsx

        check_xlsx(path)  # a zip bomb is refused before openpyxl expands it

        if is_treasury_workbook(path):
            return treasury_items(path, problems)
    if suffix in (".csv", ".xlsx"):
        from .tabular import tabular_items

        return tabular_items(path, problems)
    raise InputError(str(path), [Problem("định dạng không được hỗ trợ (dùng .json, .jsonl, .csv hoặc .xlsx)")])


# ---- JSON Lines --------------------------------------------------------------------------


def _jsonl(path: Path, problems: Problems) -> Iterator[Item]:
    index = 0
    with path.open("rb") as handle:  # decoded line by line, so that a bad byte names its line
        for number, raw in enumerate(handle, start=1):
            claim = quick_claim(raw)
            if claim is not None:
                yield Item(None, index, number, claim=claim)
                index += 1
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                problems.add(Problem("dòng này không phải văn bản UTF-8", row=number), claims=True)
                continue
            if not line.strip():
                continue
            try:
                data = loads(line)
            except json.JSONDecodeError as exc:  # reported with the claims' problems, in line order
                problems.add(Problem(f"JSON không hợp lệ ở dòng {number}, cột {exc.colno}: {exc.msg}",
                                     row=number), claims=True)
                continue
            except (ValueError, RecursionError) as exc:
                problems.add(Problem(unreadable(exc), row=number), claims=True)
                continue
            yield Item(data, index, number)
            index += 1


# ---- JSON: the list decoded element by element ---------------------------------------------


class _Text:
    """A window on a text file, with the line and column of its first character."""

    def __init__(self, handle):
        self.handle = handle
        self.text = ""
        self.at = 0  # position in text
        self.line = 1  # line of text[0]
        self.column = 1  # column of text[0]
        self.eof = False

    def more(self) -> bool:
        """Forget what has been read, read more (at least as much as is left: a long element
        is read in doubling steps); False at the end of the file."""
        if self.eof:
            return False
        done = self.text[:self.at]
        newlines = done.count("\n")
        if newlines:
            self.line += newlines
            self.column = self.at - done.rfind("\n")
        else:
            self.column += self.at
        chunk = self.handle.read(max(CHUNK, len(self.text) - self.at))
        self.text = self.text[self.at:] + chunk
        self.at = 0
        if not chunk:
            self.eof = True
        return bool(chunk)

    def skip_space(self) -> str:
        """The next character that is not white space ('' at the end)."""
        while True:
            while self.at < len(self.text) and self.text[self.at] in " \t\r\n":
                self.at += 1
            if self.at < len(self.text):
                return self.text[self.at]
            if not self.more():
                return ""

    def where(self, position: int) -> tuple[int, int]:
        newlines = self.text.count("\n", 0, position)
        if not newlines:
            return self.line, self.column + position
        return self.line + newlines, position - self.text.rfind("\n", 0, position)


_DECODER = DECODER
_CLAIMS = re.compile(r'\{\s*"claims"\s*:\s*\[')
_LOOK_AHEAD = 64 << 20  # characters of one element read before a syntax error in it is reported


def _json(path: Path, problems: Problems) -> Iterator[Item]:
    from .json_reader import read_json_data

    with path.open(encoding="utf-8-sig") as handle:
        try:
            text = _Text(handle)
            first = text.skip_space()
            if first == "[":
                text.at += 1
                yield from _elements(text, problems)
                return
            if first == "{":
                while len(text.text) - text.at < 256 and text.more():
                    pass
                match = _CLAIMS.match(text.text, text.at)
                if match:
                    text.at = match.end()
                    yield from _elements(text, problems, closing="}")
                    return
        except UnicodeDecodeError:
            problems.add(Problem("tệp không phải văn bản UTF-8"))
            return
    # anything else (one claim, an empty file, not JSON): read whole, as readers/json_reader.py does
    for index, data in enumerate(read_json_data(path)):
        yield Item(data, index)


def _elements(text: _Text, problems: Problems, closing: str | None = None) -> Iterator[Item]:
    """The elements of a JSON list whose '[' was just read, then its ']' (and `closing`), then the end."""
    index = 0
    expect_value = True
    while True:
        char = text.skip_space()
        if char == "]" and (index == 0 or not expect_value):
            text.at += 1
            break
        if not expect_value:
            if char != ",":
                _syntax(text, problems, "Expecting ',' delimiter" if char else "Expecting value")
                return
            text.at += 1
            expect_value = True
            continue
        while True:
            try:
                data, end = _DECODER.raw_decode(text.text, text.at)
                if end < len(text.text) or not text.more():  # a number may go on in the next chunk
                    depth(data)
                    break
            except json.JSONDecodeError as exc:
                # the element may just be cut by the end of what was read: read on, within reason
                if len(text.text) - text.at < _LOOK_AHEAD and text.more():
                    continue
                line, column = text.where(exc.pos)
                problems.add(Problem(f"JSON không hợp lệ ở dòng {line}, cột {column}: {exc.msg}", row=line))
                return
            except (ValueError, RecursionError) as exc:
                problems.add(Problem(unreadable(exc), row=text.where(text.at)[0]))
                return
        row = text.where(text.at)[0]
        text.at = end
        yield Item(data, index, row)
        index += 1
        expect_value = False
    if closing is not None:
        if text.skip_space() != closing:
            _syntax(text, problems, f"Expecting '{closing}'")
            return
        text.at += 1
    if text.skip_space():
        _syntax(text, problems, "Extra data")


def _syntax(text: _Text, problems: Problems, message: str) -> None:
    line, column = text.where(text.at)
    problems.add(Problem(f"JSON không hợp lệ ở dòng {line}, cột {column}: {message}", row=line))
