"""`compliance vet --jobs N`: one batch over N worker processes, the same document as one job.

What is sequential over a batch stays in the parent, in input order; everything else is done by
the workers, a chunk of claims (`CHUNK`) at a time:

1. chunk   a worker validates its claims and vets them with an index of earlier documents and
           payee-days that only knows its own chunk. It returns the claim ids (unique across the
           batch: checked by the parent), its problems, and, per join key, the first fact of the
           chunk that a later claim may repeat.
2. fix     the parent, in chunk order, keeps the batch's index: it sends each chunk the earlier
           chunks' facts for the chunk's own keys. Only claims that share a key with an earlier
           chunk are vetted again (together, in grouped sessions), now with the batch's first fact for
           that key (an earlier chunk's fact always precedes the chunk's own). The worker returns each
           claim's eligible amount.
3. render  the parent charges the budget envelopes in input order (amounts only) and sends each
           chunk the envelopes' spending at its start; the worker charges its claims from there
           and writes their records as JSON text, which the parent writes in order.

A claim's record depends only on the claim, the first earlier fact of each of its join keys and
the envelopes' spending before it, so the records are those of one job (tests/test_streaming.py
compares the bytes).
"""

from __future__ import annotations

import gc
import json
import multiprocessing as mp
import os
import queue
import tempfile
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .budgets import Budgets, Envelopes
from ..readers.errors import InputError, Problem
from ..readers.json_reader import loads, unreadable
from ..readers.errors import Problems
from ..readers.items import Item
from ..readers.stream import ClaimIds, items, quick_claim, validate
from ..rulebook import Rulebook
from .. import spill
from ..engine.joins import Joins
from ..spill import SpillMap, decode, encode

CHUNK = 256  # claims a worker takes at a time
AHEAD = 4  # chunks in flight per worker


# ---- the worker ---------------------------------------------------------------------------------


class _Recorder:
    """The chunk's index: a plain index that also remembers which claim each first fact came from."""

    def __init__(self):
        self.index: dict[Any, dict] = {}
        self.position: dict[str, int] = {}  # claim id -> position in the chunk
        self.first: dict[Any, tuple[int, dict]] = {}

    def get_texts(self, keys):
        return {k: self.index[k] for k in keys if k in self.index}

    def add_texts(self, items):
        for key, stored in items:
            if key not in self.index:
                self.index[key] = stored
                fact = decode(stored)
                self.first[key] = (self.position[fact["claim_id"]], stored)


class _Overlay:
    """The batch's index as claims of a chunk vetted again together see it: the earlier chunks' first facts,
    then the chunk's own (its first join fact is number `base` of the batch), but for the facts of the
    claims `again` (they are in the session themselves). A fact of the chunk after a claim's own is no harm:
    a pair needs the earlier fact to come first (`seq`)."""

    def __init__(self, earlier: dict, first: dict, again: set[int], base: int):
        self.earlier, self.first, self.again, self.base = earlier, first, again, base

    def get_texts(self, keys):
        found = {}
        for key in keys:
            if key in self.earlier:
                found[key] = self.earlier[key]
            else:
                mine = self.first.get(key)
                if mine is not None and mine[0] not in self.again:
                    found[key] = _shift(mine[1], self.base)
        return found

    def add_texts(self, items):
        pass


class _Again(Joins):
    """The joins of a chunk's claims vetted again together: each claim's join facts keep their numbers."""

    def __init__(self, vetter, index: _Overlay, seqs: list[int]):
        super().__init__(vetter.book, vetter.join_plan, index)
        self.seqs = iter(seqs)  # the vetter asks for each claim's join facts once, in order

    def facts(self, claim, law_as_of):
        self.seq = next(self.seqs)
        return super().facts(claim, law_as_of)


class _Tracked(Joins):
    """A chunk's joins that also note each claim's first join fact number and its join keys."""

    def __init__(self, vetter, index: _Recorder):
        super().__init__(vetter.book, vetter.join_plan, index)
        self.seqs: list[int] = []
        self.claim_keys: list[list[str]] = []

    def facts(self, claim, law_as_of):
        self.seqs.append(self.seq)
        self.claim_keys.append([])  # filled by `keys`, which the vetter asks of each of these facts next
        return super().facts(claim, law_as_of)

    def keys(self, fact):
        found = super().keys(fact)
        self.claim_keys[-1] += [k for _, k in found]
        return found


@dataclass
class _Chunk:
    claims: list = field(default_factory=list)
    records: list = field(default_factory=list)
    seqs: list = field(default_factory=list)  # number (within the chunk) of each claim's first join fact
    keys: list = field(default_factory=list)  # each claim's join keys
    first: dict = field(default_factory=dict)


def _next(urgent, inbox):
    """The next message: a fix or render (which the parent waits for) before a new chunk."""
    while True:
        try:
            return urgent.get_nowait()
        except queue.Empty:
            pass
        try:
            return inbox.get(timeout=0.002)
        except queue.Empty:
            continue


def _worker(book: Rulebook, engine: str, law_as_of, inbox, urgent, outbox) -> None:
    from .document import record_json
    from .vetter import Vetter

    outbox.cancel_join_thread()  # never wait at exit for a parent that stopped reading
    vetter = Vetter(book, engine, law_as_of)
    gc.collect()
    gc.freeze()  # as document.quiet_gc does for one job
    gc.set_threshold(20_000, 50, 100)
    chunks: dict[int, _Chunk] = {}
    while True:
        message = _next(urgent, inbox)
        if message is None:
            return
        kind, k, payload = message
        try:
            if kind == "chunk":
                outbox.put(("summary", k, _phase_vet(vetter, chunks, k, *payload)))
            elif kind == "fix":
                outbox.put(("fixed", k, _phase_fix(vetter, chunks[k], *payload)))
            elif kind == "render":
                chunk = chunks.pop(k)
                spent, path = payload
                budgets = Budgets(vetter.judge, spent)
                data = b",\n".join(record_json(budgets.charge(claim, record))
                                    for claim, record in zip(chunk.claims, chunk.records))
                with open(path, "wb") as part:  # the parent copies it into the document
                    part.write(data)
                outbox.put(("text", k, (path, len(chunk.claims))))
        except BaseException:  # noqa: BLE001 — reported to the parent, which stops the batch
            outbox.put(("error", k, traceback.format_exc()))


def _phase_vet(vetter, chunks: dict, k: int, file: str, raw: list[tuple], vet: bool) -> dict:
    """Validate and vet a chunk. `entries`: per claim read, in order, (claim id or None, its problems,
    position in the file, row) — the parent checks ids and orders problems as one job would."""
    entries: list[tuple[str | None, list[Problem], int, int | None]] = []
    claims = []
    for data, index, row, numbers in raw:
        problems = Problems(file)
        if numbers == "utf-8":
            problems.add(Problem("dòng này không phải văn bản UTF-8", row=row), claims=True)
            entries.append((None, problems.claims, index, row))
            continue
        row_of: Callable[[tuple], int] | None = None
        relabel: Callable[[Problem], Problem] | None = None
        if numbers is not None:  # a spreadsheet: errors name the row of the line item
            from ..readers import tabular

            def row_in(loc: tuple, numbers: list[int] = numbers) -> int:
                if len(loc) >= 2 and loc[0] == "line_items" and isinstance(loc[1], int) and loc[1] < len(numbers):
                    return numbers[loc[1]]
                return numbers[0]
            row_of, relabel = row_in, tabular.relabel
        claim = None
        if isinstance(data, str):  # a JSON Lines line, parsed here as readers.stream parses it
            claim = quick_claim(data)
        if claim is None and isinstance(data, str):
            try:
                data = loads(data)
            except json.JSONDecodeError as exc:
                problems.add(Problem(f"JSON không hợp lệ ở dòng {row}, cột {exc.colno}: {exc.msg}", row=row),
                             claims=True)
                data = None
            except (ValueError, RecursionError) as exc:
                problems.add(Problem(unreadable(exc), row=row), claims=True)
                data = None
        if claim is None and problems.claims == []:
            claim = validate(Item(data, index, row, row_of, relabel), problems)
        entries.append((claim.claim_id if claim else None, problems.claims, index, row_of(()) if row_of else row))
        if claim is not None:
            claims.append(claim)
    summary = {"entries": entries, "first": [], "join_facts": 0, "keys": []}
    if not vet or any(problems for _, problems, _, _ in entries):
        return summary
    chunk = chunks[k] = _Chunk(claims=claims)
    recorder = _Recorder()
    recorder.position = {c.claim_id: i for i, c in enumerate(chunk.claims)}
    joins = _Tracked(vetter, recorder)
    chunk.records = list(vetter.stream(chunk.claims, joins=joins, charge=False))
    chunk.seqs, chunk.keys = joins.seqs, joins.claim_keys
    chunk.first = recorder.first
    # for the parent's index: key text -> fact as JSON, seq counted within the chunk (the parent
    # stores "base|fact", base being the number of join facts before the chunk)
    summary["first"] = [(key, stored) for key, (_, stored) in recorder.first.items()]
    summary["join_facts"] = joins.seq
    summary["keys"] = list(dict.fromkeys(key for keys in chunk.keys for key in keys))
    return summary


def _phase_fix(vetter, chunk: _Chunk, earlier_texts: dict, base: int) -> list[tuple]:
    """Vet again, together, the claims that share a join key with an earlier chunk; the claims' budget keys."""
    earlier = {}
    for key, stored in earlier_texts.items():
        chunk_base, _, fact = stored.partition("|")
        earlier[key] = _shift(fact, int(chunk_base))
    again = [i for i, keys in enumerate(chunk.keys) if any(key in earlier for key in keys)] if earlier else []
    if again:
        joins = _Again(vetter, _Overlay(earlier, chunk.first, set(again), base), [base + chunk.seqs[i] for i in again])
        for i, record in zip(again, vetter.stream([chunk.claims[i] for i in again], joins=joins, charge=False)):
            chunk.records[i] = record
    return [(c.unit.code, c.unit.level, c.subproject, c.fiscal_year, r.eligible_amount)
            for c, r in zip(chunk.claims, chunk.records)]


def _shift(stored: str, base: int) -> str:
    """A stored fact (JSON) with its seq moved from its chunk's count to the batch's."""
    fact = decode(stored)
    fact["seq"] += base
    return encode(fact)


# ---- the parent -----------------------------------------------------------------------------------


def _raw_items(path: Path, problems: Problems) -> Iterator[tuple]:
    """(data, index, row, row numbers) of each claim as read; a JSON Lines line stays text."""
    if path.suffix.lower() == ".jsonl":
        if not path.is_file():
            raise InputError(str(path), [Problem("không tìm thấy tệp")])
        index = 0
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError:  # as readers.stream: a problem of that line
                    yield None, index, number, "utf-8"
                    continue
                if line.strip():
                    yield line, index, number, None
                    index += 1
        return
    for item in items(path, problems):
        yield item.data, item.index, item.row, item.rows


def vet_parallel(book: Rulebook, paths: Iterable[Path | str], writer, jobs: int, engine: str = "durable",
                 law_as_of=None) -> int:
    """Vet the batch over `jobs` processes into `writer` (document.DocumentWriter); the number of claims.
    Raises InputError (nothing has been written but to the writer's temporary file)."""
    context = mp.get_context("fork")
    outbox = context.Queue()
    inboxes = [context.Queue() for _ in range(jobs)]
    urgent = [context.Queue() for _ in range(jobs)]
    workers = [context.Process(target=_worker, args=(book, engine, law_as_of, inboxes[w], urgent[w], outbox),
                               daemon=True) for w in range(jobs)]
    for worker in workers:
        worker.start()
    try:
        return _drive(book, [Path(p) for p in paths], writer, inboxes, urgent, outbox, workers)
    finally:
        for box in urgent:
            box.put(None)
        for worker in workers:
            worker.join(timeout=5)
            if worker.is_alive():
                worker.terminate()


def _drive(book, paths, writer, inboxes, urgent, outbox, workers) -> int:
    jobs = len(inboxes)
    envelopes = Envelopes(book)
    sources = _chunks(paths)
    files: dict[int, tuple[str, Problems]] = {}
    summaries: dict[int, dict] = {}
    fixed: dict[int, list[tuple] | None] = {}  # None: nothing more is vetted
    texts: dict[int, tuple[str, int] | None] = {}  # (the chunk's file, its claims)
    sent = 0
    next_summary = next_fixed = next_text = 0
    exhausted = False
    failed: Problems | None = None
    seq = 0
    count = 0
    with ClaimIds() as ids, SpillMap("join", bound=spill.JOIN_BOUND) as index, \
            tempfile.TemporaryDirectory(prefix="compliance-jobs-") as parts:
        while True:
            while not exhausted and sent - next_text < AHEAD * jobs:
                try:
                    file, problems, raw = next(sources)
                except StopIteration:
                    exhausted = True
                    break
                if failed is not None and file != failed.file:  # as one job: stop after the failed file
                    exhausted = True
                    break
                files[sent] = (file, problems)
                inboxes[sent % jobs].put(("chunk", sent, (file, raw, failed is None)))
                sent += 1
            if exhausted and next_text == sent:
                break
            kind, k, payload = _receive(outbox, workers)
            if kind == "error":
                raise RuntimeError(f"tiến trình con lỗi ở phần {k}:\n{payload}")
            received: dict[str, dict[int, Any]] = {"summary": summaries, "fixed": fixed, "text": texts}
            received[kind][k] = payload
            while next_summary in summaries:  # in chunk order: ids, problems, the batch's join index
                k = next_summary
                summary = summaries.pop(k)
                file, problems = files[k]
                entries = summary["entries"]
                for claim_id, found, position, row in entries:  # as readers.stream does, claim by claim
                    for problem in found:
                        problems.add(problem, claims=True)
                    if claim_id is not None:
                        ids.first(claim_id, file, position, row, problems)
                if problems and failed is None:
                    failed = problems
                if failed is not None:
                    fixed[k] = None  # nothing more is vetted
                else:
                    earlier = index.get_texts(summary["keys"])
                    prefix = f"{seq}|"
                    index.add_texts([(key, prefix + fact) for key, fact in summary["first"]])
                    urgent[k % jobs].put(("fix", k, (earlier, seq)))
                    seq += summary["join_facts"]
                next_summary += 1
            while next_fixed in fixed:  # in chunk order: the envelopes' spending
                k = next_fixed
                amounts = fixed.pop(k)
                if amounts is None:
                    texts[k] = None
                else:
                    urgent[k % jobs].put(("render", k, (dict(envelopes.spent), os.path.join(parts, f"{k}.json"))))
                    for keys in amounts:
                        envelopes.advance(*keys)
                next_fixed += 1
            while next_text in texts:
                done = texts.pop(next_text)
                if done:
                    if done[1]:
                        writer.write_file(done[0])
                        count += done[1]
                    os.unlink(done[0])
                next_text += 1
    if failed is not None:
        raise failed.error()
    for file, problems in files.values():
        if problems:
            raise problems.error()
    writer.close()
    return count


def _receive(outbox, workers):
    while True:
        try:
            return outbox.get(timeout=1)
        except queue.Empty:
            dead = [w for w in workers if not w.is_alive()]
            if dead:
                raise RuntimeError(f"tiến trình con đã dừng (mã {dead[0].exitcode})") from None


def _chunks(paths: list[Path]) -> Iterator[tuple[str, Problems, list]]:
    """Chunks of raw claims, never across two files; a file with no claim gives one empty chunk."""
    for path in paths:
        problems = Problems(str(path))
        raw: list = []
        any_item = False
        for entry in _raw_items(path, problems):
            any_item = True
            raw.append(entry)
            if len(raw) >= CHUNK:
                yield str(path), problems, raw
                raw = []
        if raw or not any_item:
            if not any_item and not problems:
                problems.add(Problem("không có hồ sơ nào"), claims=True)
            yield str(path), problems, raw
