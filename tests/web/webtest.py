"""Helpers of the web tests: constants, the app factory, logging in, CSRF tokens, uploads."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from compliance.web.app import create_app
from compliance.web.config import Settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_XLSX = ROOT / "examples/quang-nam-2022/claims.xlsx"
SAMPLE_JSON = ROOT / "examples/quang-nam-2022/claims.json"
PASSWORD = "mat-khau-thu-nghiem"
SECRET = "bi-mat-thu-nghiem-" + "x" * 32
TOKEN = re.compile(r'name="csrf" value="([^"]+)"')


def make_app(db_url: str, **settings):
    return create_app(Settings(db=db_url, secret=settings.pop("secret", SECRET), engine="reference", **settings))


def token(client: TestClient, path: str = "/") -> str:
    """The CSRF token of a page's forms."""
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return TOKEN.search(response.text).group(1)


def login(client: TestClient, name: str, password: str = PASSWORD, next_: str = "/"):
    page = client.get("/login")
    return client.post("/login", data={"name": name, "password": password, "next": next_,
                                       "csrf": TOKEN.search(page.text).group(1)})


def upload(client: TestClient, path: Path = SAMPLE_XLSX, name: str | None = None, content: bytes | None = None):
    data = path.read_bytes() if content is None else content
    return client.post("/upload", data={"csrf": token(client, "/upload")},
                       files={"file": (name or path.name, data, "application/octet-stream")})


def batch_id_of(response) -> int:
    assert response.status_code == 303, response.text
    return int(re.search(r"/batches/(\d+)", response.headers["location"]).group(1))
