"""The store: vetted batches, reviews and the trail in SQLite or PostgreSQL.

This package is the only way to read or write the database; every function takes a `Store`.

    store = Store("postgresql+psycopg://…")       # or None: COMPLIANCE_DB, else the per-user SQLite file
    user = authenticate(store, "lan", password)
    result = save_batch(store, doc, claims, [InputFile.of(path)], user, book=book)
    rows = queue(store, QueueFilter(status="open", unit="SLDTBXH"))
    resolve(store, user, "QN-…-004", "2", "overturn", "in_policy", "Có quyết định phê duyệt mức chi")
"""

import importlib

# Loaded on first use (PEP 562), so that `compliance vet` does not import SQLAlchemy and argon2.
_FROM = {
    ".audit": {"Broken": "Broken", "Verification": "Verification", "trail_entries": "entries", "verify": "verify"},
    ".batches": {n: n for n in ("BatchInfo", "InputFile", "SaveResult", "batch_info", "document_digest", "get_batch",
                                "input_digest", "list_batches", "log_export")},
    ".save": {"save_batch": "save_batch", "save_stream": "save_stream"},
    ".db": {"Store": "Store"},
    ".errors": {n: n for n in ("AuthError", "Busy", "Conflict", "NotFound", "PermissionDenied", "StoreError",
                                "Unavailable")},
    ".location": {"default_path": "default_path", "resolve_url": "resolve_url"},
    ".review": {n: n for n in ("ClaimDetail", "DispositionInfo",
                               "FindingView", "Group", "ItemView", "QueueFilter", "QueuePage", "QueueRow", "QueueTotals",
                               "Summary", "claim_detail", "iter_queue", "queue", "queue_choices", "queue_page",
                               "queue_totals", "resolve", "summary")},
    ".trail": {"append_trail": "append"},
    ".users": {n: n for n in ("PERMISSIONS", "User", "add_user", "authenticate", "change_user",
                              "count_users", "end_sessions", "get_user", "list_users", "require",
                              "unlock_user")},
}
_WHERE = {name: (module, attr) for module, names in _FROM.items() for name, attr in names.items()}


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attr = _WHERE[name]
    value = globals()[name] = getattr(importlib.import_module(module, __name__), attr)
    return value


__all__ = sorted(_WHERE)
