"""The auditors' web interface: FastAPI with server-rendered Jinja2 pages (Vietnamese), no JavaScript.

    compliance serve --host 127.0.0.1 --port 8000 --db URL

Every read and write goes through `compliance.store`; the app keeps no state of its own beyond the
database (sessions are signed cookies), so several workers or hosts can serve one PostgreSQL database.
"""

__all__ = ["create_app"]


def __getattr__(name: str):  # loaded on first use (PEP 562): `compliance vet` does not import FastAPI
    if name != "create_app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .app import create_app

    return create_app
