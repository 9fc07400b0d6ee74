"""Errors of the store API; each message is Vietnamese and tells the user what to do."""

from __future__ import annotations


class StoreError(Exception):
    """The store cannot do what was asked (database unreachable, bad value)."""


class NotFound(StoreError):
    """No such batch, claim, line or user."""


class Conflict(StoreError):
    """The request contradicts what is stored (a claim id owned by another input, a duplicate user)."""


class AuthError(StoreError):
    """Wrong user name or password, or an inactive user."""


class PermissionDenied(StoreError):
    """The user's role does not allow the action."""


class Unavailable(StoreError):
    """The database cannot be opened or reached."""


class Busy(Unavailable):
    """Another writer held the database for longer than the wait (SQLite: busy_timeout): nothing was written."""


BUSY_VI = ("cơ sở dữ liệu đang bận: một lượt ghi khác chưa xong sau {seconds} giây chờ. Không có gì được ghi; "
           "hãy thử lại sau ít phút")
