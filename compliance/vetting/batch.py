"""Vet a batch of files of any size: the one driver the CLI uses, over one process or several.

Claims are read one at a time (readers.stream), vetted in input order (Vetter.stream) and each
decision record is written as soon as it is made, so memory does not grow with the batch. With
`jobs` > 1 the batch is split over worker processes (parallel.py), whose workers call Vetter.stream
too; the document is the same byte for byte.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from ..models import Claim, DecisionDocument
from ..readers import stream
from ..rulebook import Rulebook
from .document import DocumentWriter, atomic_output, quiet_gc
from .parallel import vet_parallel
from .vetter import Vetter


def vet_to_json(vetter: Vetter, claims: Iterable[Claim], out: TextIO,
                progress: Callable[[], None] | None = None) -> int:
    """Vet a stream of claims into a JSON document on `out`; the number of claims."""
    writer = DocumentWriter(out, vetter.book, vetter.law_as_of)
    with quiet_gc():
        for record in vetter.stream(claims, progress):
            writer.write(record)
    writer.close()
    return writer.count


def vet_batch(book: Rulebook, paths: list, out: TextIO, engine: str = "durable", law_as_of=None, jobs: int = 1,
              progress: Callable[[], None] | None = None) -> int:
    """The batch in `paths` vetted into a JSON document on `out`; the number of claims. Raises
    readers.InputError when the input is bad (what was written to `out` is then to be discarded)."""
    if jobs > 1:
        return vet_parallel(book, paths, DocumentWriter(out, book, law_as_of), jobs, engine, law_as_of)
    return vet_to_json(Vetter(book, engine, law_as_of), stream(paths), out, progress)


def vet_json_file(book: Rulebook, paths: list, out: Path | None, engine: str = "durable", law_as_of=None,
                  jobs: int = 1, progress: Callable[[], None] | None = None) -> int:
    """`compliance vet … --format json`: the document written to `out` (or standard output) as the
    records are made; nothing is written if the input is bad. The number of claims."""
    with atomic_output(out) as handle:
        return vet_batch(book, paths, handle, engine, law_as_of, jobs, progress)


def vet_document(book: Rulebook, paths: list, engine: str = "durable", law_as_of=None, jobs: int = 1,
                 progress: Callable[[], None] | None = None) -> DecisionDocument:
    """The whole document in memory (the table, Excel and Word reports, the store)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as handle:
        vet_batch(book, paths, handle, engine, law_as_of, jobs, progress)
        handle.seek(0)
        return DecisionDocument.model_validate_json(handle.read())
