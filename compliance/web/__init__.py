"""The auditors' web interface: FastAPI with server-rendered Jinja2 pages (Vietnamese), no JavaScript.

    compliance serve --host 127.0.0.1 --port 8000 --db URL

Every read and write goes through `compliance.store`; the app keeps no state of its own beyond the
database (sessions are signed cookies), so several workers or hosts can serve one PostgreSQL database.
"""

from .app import create_app

__all__ = ["create_app"]
