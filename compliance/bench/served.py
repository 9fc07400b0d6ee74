"""A real `compliance serve` on loopback for the benches that time the web (--latency, --store): started on a
free port and waited for, then a session logged in through the login form as a browser would."""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


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


def _cookie_header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


@contextlib.contextmanager
def served(db: str, rules: Path | None = None, wait_s: float = 120) -> Iterator[int]:
    """The port of `compliance serve --db db`, once it answers /healthz; stopped on leaving."""
    port = _free_port()
    env = dict(os.environ, COMPLIANCE_SECRET=secrets.token_urlsafe(48))
    if rules:
        env["COMPLIANCE_RULES"] = str(rules)
    server = subprocess.Popen([sys.executable, "-m", "compliance", "serve", "--db", db, "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", "/healthz")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError(f"máy chủ không trả lời /healthz trong {wait_s:g} giây")
            time.sleep(0.2)
        yield port
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def log_in(port: int, name: str, password: str) -> tuple[http.client.HTTPConnection, str]:
    """A keep-alive connection and the Cookie header of a session logged in as `name`."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", "/login")
    page = connection.getresponse()
    cookies = _cookies(page)
    found = _CSRF.search(page.read().decode())
    if found is None:
        raise RuntimeError("trang /login không có mã CSRF")
    form = urllib.parse.urlencode({"name": name, "password": password, "next": "/", "csrf": found.group(1)})
    connection.request("POST", "/login", body=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": _cookie_header(cookies)})
    answer = connection.getresponse()
    answer.read()
    session = _cookies(answer)
    if answer.status != 303 or not session:
        raise RuntimeError(f"đăng nhập thất bại ({answer.status})")
    return connection, _cookie_header(session)
