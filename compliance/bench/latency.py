"""`compliance bench --latency`: POST /api/vet on a live server on loopback, a 50-line claim.

A `compliance serve` process on a temporary SQLite database, one user; the bench logs in once
(a session cookie: HTTP Basic would hash the password on every call, by design) and posts the
same claim again and again on one keep-alive connection, timing each answer in full.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

LINES = 50
WARMUP = 30
CALLS = 500
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cookies(response: http.client.HTTPResponse) -> dict[str, str]:
    out = {}
    for header in response.headers.get_all("set-cookie") or []:
        name, _, rest = header.partition("=")
        out[name.strip()] = rest.split(";")[0]
    return out


def latency(rules: Path | None = None) -> dict:
    from ..store import Store, add_user

    with tempfile.TemporaryDirectory(prefix="compliance-latency-") as folder:
        db = f"sqlite:///{Path(folder) / 'web.db'}"
        password = secrets.token_urlsafe(16)
        with Store(db) as store:
            add_user(store, "bench", "admin", password, None)
        port = _free_port()
        env = dict(os.environ, COMPLIANCE_SECRET=secrets.token_urlsafe(48))
        if rules:
            env["COMPLIANCE_RULES"] = str(rules)
        server = subprocess.Popen([sys.executable, "-m", "compliance", "serve", "--db", db, "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            return _measure(port, password)
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()


def _measure(port: int, password: str) -> dict:
    deadline = time.monotonic() + 60
    while True:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                break
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("máy chủ không trả lời /healthz trong 60 giây")
        time.sleep(0.2)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/login")
    page = connection.getresponse()
    cookies = _cookies(page)
    found = _CSRF.search(page.read().decode())
    if found is None:
        raise RuntimeError("trang /login không có mã CSRF")
    token = found.group(1)
    form = urllib.parse.urlencode({"name": "bench", "password": password, "next": "/", "csrf": token})
    connection.request("POST", "/login", body=form, headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())})
    answer = connection.getresponse()
    answer.read()
    session = _cookies(answer)
    if answer.status != 303 or not session:
        raise RuntimeError(f"đăng nhập thất bại ({answer.status})")
    body = json.dumps(fifty_lines(), ensure_ascii=False).encode()
    headers = {"Content-Type": "application/json", "Cookie": "; ".join(f"{k}={v}" for k, v in session.items())}
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
