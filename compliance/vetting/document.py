"""The decision document written record by record: compact JSON, one claim per line, into a file that
appears only once the whole batch has been vetted (nothing is written when the input is bad).
The document is `document_json(DecisionDocument(...))` (tests check it)."""

from __future__ import annotations

import contextlib
import gc
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ..models import ClaimDecision, DecisionDocument, RulebookRef
from ..rulebook import Rulebook

_EMPTY = '"claims":[]'
OUTPUT_BUFFER = 1 << 20  # bytes written at a time (a record is ~3 KB a line item)


def frame(book: Rulebook | RulebookRef, law_as_of) -> tuple[str, str, str]:
    """(text before the first record, text after the last, text of an empty list's end)."""
    empty = DecisionDocument(rulebook=RulebookRef(version=book.version, digest=book.digest),
                             law_as_of=law_as_of, claims=[]).model_dump_json()
    at = empty.rindex(_EMPTY) + len(_EMPTY) - 1
    return empty[:at], "\n" + empty[at:], empty[at:]


_TO_JSON = ClaimDecision.__pydantic_serializer__.to_json  # model_dump_json without the decode


def record_json(record: ClaimDecision) -> bytes:
    """One record as it appears in the document's `claims` list: compact JSON on one line, UTF-8."""
    return _TO_JSON(record)


class DocumentWriter:
    """Writes a decision document record by record: compact JSON, one claim per line (a large
    batch stays a file an editor, grep or jq can handle), as UTF-8 bytes (to the binary buffer
    under a text stream: records are never decoded and encoded again)."""

    def __init__(self, out: TextIO, book: Rulebook | RulebookRef, law_as_of=None):
        buffer = getattr(out, "buffer", None)
        if buffer is None:  # a text-only stream (io.StringIO)
            self._write = lambda data: out.write(data.decode("utf-8"))
        else:
            out.flush()
            self._write = buffer.write
        self.head, self.tail, self.empty = (part.encode("utf-8") for part in frame(book, law_as_of))
        self.count = 0

    def write_json(self, data: bytes) -> None:
        """A record already made by `record_json`."""
        self._write(b",\n" + data if self.count else self.head + b"\n" + data)
        self.count += 1

    def write_file(self, path: str) -> None:
        """Records already made by `record_json`, joined by ',\n', in a file."""
        self._write(b",\n" if self.count else self.head + b"\n")
        with open(path, "rb") as part:  # a chunk of claims (parallel.CHUNK): a few MB
            self._write(part.read())
        self.count += 1

    def write(self, record: ClaimDecision) -> None:
        self.write_json(record_json(record))

    def close(self) -> None:
        self._write((self.head + self.empty if self.count == 0 else self.tail) + b"\n")


def document_json(doc: DecisionDocument) -> str:
    """A whole document as `compliance vet --format json` writes it."""
    out = io.StringIO()
    writer = DocumentWriter(out, doc.rulebook, doc.law_as_of)
    for record in doc.claims:
        writer.write(record)
    writer.close()
    return out.getvalue()


@contextlib.contextmanager
def atomic_output(path: Path | None) -> Iterator[TextIO]:
    """A file that appears at `path` (or on standard output) only if the block succeeds."""
    folder = path.parent if path is not None else Path(tempfile.gettempdir())
    fd, tmp = tempfile.mkstemp(dir=folder or ".", prefix=f".{path.name if path else 'stdout'}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", buffering=OUTPUT_BUFFER) as handle:
            yield handle
        if path is not None:
            os.replace(tmp, path)
        else:
            with open(tmp, encoding="utf-8") as handle:
                shutil.copyfileobj(handle, sys.stdout)
            sys.stdout.flush()
    finally:
        Path(tmp).unlink(missing_ok=True)


@contextlib.contextmanager
def quiet_gc() -> Iterator[None]:
    """While a batch is vetted: what is loaded already (rulebook, compiled rules, caches) is left
    out of the cyclic GC, and young collections are rarer. Vetting allocates many short-lived
    objects and no cycles worth collecting early; the default thresholds cost ~6 % of the time. No
    collection first: it would walk all that is loaded again for each batch."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
