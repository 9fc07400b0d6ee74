"""`compliance bench --latency`: POST /api/vet on a live server on loopback, a 50-line claim.

A `compliance serve` process on a temporary SQLite database, one user; the bench logs in once
(a session cookie: HTTP Basic would hash the password on every call, by design) and posts the
same claim again and again on one keep-alive connection, timing each answer in full.
"""

from __future__ import annotations

import http.client
import json
import secrets
import statistics
import tempfile
import time
from pathlib import Path

from .served import log_in, served

LINES = 50
WARMUP = 30
CALLS = 500
def fifty_lines() -> dict:
    """A claim of the sample's first training, its lines repeated to 50 (distinct ids, same day)."""
    from .data import load_templates

    claim = next(c for c in load_templates() if len(c["line_items"]) >= 3)
    lines = []
    for i in range(LINES):
        line = dict(claim["line_items"][i % len(claim["line_items"])])
        line["line_id"] = str(i + 1)
        line["documents"] = [dict(d, number=f"{d.get('number', 'x')}-{i}") for d in line.get("documents", [])]
        lines.append(line)
    return {**claim, "claim_id": "LATENCY-1", "line_items": lines}


def latency(rules: Path | None = None) -> dict:
    from ..store import Store, add_user

    with tempfile.TemporaryDirectory(prefix="compliance-latency-") as folder:
        db = f"sqlite:///{Path(folder) / 'web.db'}"
        password = secrets.token_urlsafe(16)
        with Store(db) as store:
            add_user(store, "bench", "admin", password, None)
        with served(db, rules, wait_s=60) as port:
            connection, cookie = log_in(port, "bench", password)
            return _measure(connection, cookie)


def _measure(connection: http.client.HTTPConnection, cookie: str) -> dict:
    body = json.dumps(fifty_lines(), ensure_ascii=False).encode()
    headers = {"Content-Type": "application/json", "Cookie": cookie}
    times = []
    for call in range(WARMUP + CALLS):
        start = time.perf_counter()
        connection.request("POST", "/api/vet", body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        elapsed = time.perf_counter() - start
        if response.status != 200:
            raise RuntimeError(f"POST /api/vet → {response.status}: {data[:500]!r}")
        if call >= WARMUP:
            times.append(elapsed * 1000)
    doc = json.loads(data)
    times.sort()
    return {"command": "compliance bench --latency (compliance serve on 127.0.0.1, session cookie, keep-alive)",
            "lines": LINES, "calls": CALLS, "p50_ms": round(statistics.median(times), 2),
            "p99_ms": round(times[int(len(times) * 0.99) - 1], 2), "max_ms": round(times[-1], 2),
            "response_kb": round(len(data) / 1024, 1),
            "lines_in_response": sum(len(c["lines"]) for c in doc["claims"])}
