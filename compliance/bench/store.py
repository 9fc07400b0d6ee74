"""`compliance bench --store --lines N [--db URL]`: the store at scale.

How the data is made: a base of `BASE_LINES` generated lines (benchdata) is vetted once; the save
then streams its (claim, record) pairs again and again under new claim ids (`S<batch>-<n>-<id>`)
until N lines, through the store's own streaming save (save.save_stream), in a child process whose
time and peak RSS are measured. Two batches are saved: N/10 lines, then N (so the store holds
1.1 × N lines and the RSS ratio of the two saves is the memory target's). Then a few flags are
settled, and the pages are timed on a `compliance serve` process on loopback (logged in as an
auditor, one keep-alive connection):
the queue's first page, filtered pages, the next page by cursor, a claim page and a batch page;
each the median of `CALLS` calls after one warm-up call (the first call's time is reported too).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import count
from pathlib import Path
from urllib.parse import quote

from .served import log_in, served

BASE_LINES = 2000
CALLS = 5
PASSWORD = "mat-khau-do-kho-" + "x" * 8
SECRET = "bi-mat-do-kho-" + "x" * 32


def _base(folder: Path, rules: Path | None) -> Path:
    """The base pairs, vetted once: a JSON lines file of [claim, record]."""
    from ..models import Claim
    from ..rulebook import load
    from ..store.save import vetted_pairs
    from ..vetting.vetter import Vetter
    from .data import generate

    path = folder / "base.jsonl"
    book = load(rules)
    claims = [Claim.model_validate(c) for c in generate(BASE_LINES, seed=11)]
    with path.open("w", encoding="utf-8") as out:
        for claim, record in vetted_pairs(Vetter(book), claims):
            out.write(json.dumps([claim.model_dump(mode="json"), record.model_dump(mode="json")], ensure_ascii=False))
            out.write("\n")
    return path


def save_child(db: str, base: str, lines: int, prefix: str, user: str, rules: str) -> None:
    """In the child: stream `lines` lines of renamed base pairs into one batch."""
    from ..models import Claim, ClaimDecision
    from ..rulebook import load
    from ..store import InputFile, Store, get_user
    from ..store.save import save_stream

    book = load(Path(rules) if rules else None)
    store = Store(db)
    actor = get_user(store, user)
    texts = Path(base).read_text(encoding="utf-8").splitlines()  # ~2,000 lines of JSON: a few MB

    def pairs():
        made = 0
        for n in count():
            for text in texts:
                claim, record = json.loads(text)
                new_id = f"{prefix}-{n}-{claim['claim_id']}"
                claim["claim_id"] = record["claim_id"] = new_id
                yield Claim.model_validate(claim), ClaimDecision.model_validate(record)
                made += len(record["lines"])
                if made >= lines:
                    return

    saved = save_stream(store, pairs(), [InputFile(f"{prefix}.jsonl", "0" * 64, 0)], actor, book, book=book)
    # VmHWM: this process's own peak since exec (ru_maxrss would count the parent's pages at fork).
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(json.dumps({"batch_id": saved.batch_id, "claims": saved.claims, "peak_rss_mb": peak_kb / 1024}))


def _measured_save(db: str, base: Path, lines: int, prefix: str, rules: Path | None) -> dict:
    code = ("import sys; from compliance.bench.store import save_child; "
            "save_child(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], 'quantri', sys.argv[5])")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, db, str(base), str(lines), prefix, str(rules or "")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, errors = child.communicate()
    seconds = time.perf_counter() - start
    if child.returncode != 0:
        raise RuntimeError(errors.decode()[-3000:])
    saved = json.loads(out)
    return {"lines": lines, "claims": saved["claims"], "batch_id": saved["batch_id"], "seconds": round(seconds, 1),
            "lines_per_s": round(lines / seconds), "peak_rss_mb": round(saved["peak_rss_mb"], 1)}


def _timed(get, url: str) -> dict:
    times = []
    for _ in range(CALLS + 1):
        start = time.perf_counter()
        status = get(url)
        times.append((time.perf_counter() - start) * 1000)
        if status != 200:
            raise RuntimeError(f"{url} → {status}")
    return {"url": url, "first_ms": round(times[0], 1), "median_ms": round(statistics.median(times[1:]), 1),
            "max_ms": round(max(times[1:]), 1)}


def store_bench(lines: int, db: str | None = None, rules: Path | None = None) -> dict:
    from ..store import QueueFilter, Store, add_user, list_batches, queue_choices, queue_page, resolve

    with tempfile.TemporaryDirectory(prefix="compliance-bench-store-") as folder:
        url = db or f"sqlite:///{Path(folder) / 'store.db'}"
        with Store(url) as store:
            admin = add_user(store, "quantri", "admin", PASSWORD, None)
            auditor = add_user(store, "lan", "auditor", PASSWORD, admin)
        base = _base(Path(folder), rules)
        saves = [_measured_save(url, base, lines // 10, "S1", rules), _measured_save(url, base, lines, "S2", rules)]
        big = saves[1]["batch_id"]
        with Store(url) as store:
            top = queue_page(store, QueueFilter(batch_id=big), limit=20).rows
            for row in top[:10]:  # some settled flags, so the status filters have something to find
                resolve(store, auditor, row.claim_id, row.line_id, "confirm", "confirmed_violation", "đo kiểm")
            choices = queue_choices(store)
            stored = sum(b.claim_count for b in list_batches(store))
            middle = queue_page(store, QueueFilter(status="all", batch_id=big), sort="claim", limit=1).rows[0].claim_id
            second = queue_page(store, QueueFilter(), limit=100).after
        targets = {
            "queue first page": "/queue",
            "queue next page (cursor)": f"/queue?after={second}",
            "filter unit": "/queue?" + _q(unit=choices.units[-1]),
            "filter reason": f"/queue?reason={choices.reasons[-1]}",
            "filter kind": f"/queue?kind={choices.kinds[-1]}",
            "filter clause": "/queue?" + _q(clause=choices.clauses[len(choices.clauses) // 2]),
            "filter subproject": "/queue?subproject=TDA2",
            "filter resolved": "/queue?status=resolved",
            "filter batch, all": f"/queue?status=all&batch={big}",
            "sort unit": "/queue?sort=unit",
            "claim page": "/claims/" + quote(middle, safe=""),
            "batch page": f"/batches/{big}",
            "batch list": "/",
        }
        with served(url, rules) as port:
            connection, cookie = log_in(port, "lan", PASSWORD)

            def get(target: str) -> int:
                connection.request("GET", target, headers={"Cookie": cookie})
                response = connection.getresponse()
                response.read()
                return response.status

            pages = {name: _timed(get, target) for name, target in targets.items()}
    return {"command": f"compliance bench --store --lines {lines}" + (" --db URL" if db else ""),
            "backend": url.split(":", 1)[0], "stored_claims": stored,
            "saves": saves, "rss_ratio": round(saves[1]["peak_rss_mb"] / saves[0]["peak_rss_mb"], 3),
            "pages": pages, "slowest_page_ms": max(p["median_ms"] for p in pages.values())}


def _q(**values) -> str:
    from urllib.parse import urlencode

    return urlencode(values)


def table(report: dict) -> str:
    rows = [f"{report['command']}  ({report['backend']}, {report['stored_claims']} claims stored)",
            f"{'save':<28}{'lines':>10}{'seconds':>10}{'lines/s':>10}{'peak RSS MB':>13}"]
    for s in report["saves"]:
        rows.append(f"{'batch #' + str(s['batch_id']):<28}{s['lines']:>10}{s['seconds']:>10}{s['lines_per_s']:>10}"
                    f"{s['peak_rss_mb']:>13}")
    rows.append(f"RSS ratio (N vs N/10): {report['rss_ratio']}")
    rows.append(f"{'page':<28}{'first ms':>10}{'median ms':>11}{'max ms':>10}")
    for name, p in report["pages"].items():
        rows.append(f"{name:<28}{p['first_ms']:>10}{p['median_ms']:>11}{p['max_ms']:>10}")
    return "\n".join(rows)
