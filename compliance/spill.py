"""A map that stays small in memory: past a bound, its entries move to a temporary SQLite file.

Streaming a batch of any size needs two maps that grow with the batch: the claim ids seen so
far (an id must be unique in the batch) and the cross-claim join index (the first fact per
document or payee-day). Kept in memory, 1,000,000 lines would hold ~40 MB of ids and ~1 GB
of facts; spilled, the process keeps at most `bound` entries plus SQLite's page cache (2 MB),
and lookups stay exact (the key itself is stored, not a digest that could collide).
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from typing import Any

BOUND = 20_000  # entries kept in memory before spilling


def _text(key: Any) -> str:
    return json.dumps(key, ensure_ascii=False, separators=(",", ":"))


class SpillMap:
    """get / setdefault (first value wins) over JSON-able keys and values."""

    def __init__(self, name: str = "map", bound: int = BOUND):
        self.name = name
        self.bound = bound
        self._memory: dict[Any, Any] | None = {}
        self._db: sqlite3.Connection | None = None
        self._path: str | None = None
        self.size = 0

    # ---- in memory, then on disk -------------------------------------------------------

    def get(self, key: Any) -> Any:
        if self._memory is not None:
            return self._memory.get(key)
        row = self._db.execute("SELECT v FROM m WHERE k = ?", (_text(key),)).fetchone()
        return None if row is None else json.loads(row[0])

    def setdefault(self, key: Any, value: Any) -> Any:
        """Store `value` unless the key is known; return the stored value."""
        if self._memory is not None:
            known = self._memory.setdefault(key, value)
            if known is value:
                self.size += 1
                if self.size > self.bound:
                    self._spill()
            return known
        text = _text(key)
        cursor = self._db.execute("INSERT OR IGNORE INTO m (k, v) VALUES (?, ?)", (text, _text(value)))
        if cursor.rowcount == 1:
            self.size += 1
            return value
        return json.loads(self._db.execute("SELECT v FROM m WHERE k = ?", (text,)).fetchone()[0])

    def _spill(self) -> None:
        fd, self._path = tempfile.mkstemp(prefix=f"compliance-{self.name}-", suffix=".sqlite")
        os.close(fd)
        db = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -2000")
        db.execute("CREATE TABLE m (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID")
        db.execute("BEGIN")
        db.executemany("INSERT INTO m (k, v) VALUES (?, ?)", ((_text(k), _text(v)) for k, v in self._memory.items()))
        self._db = db
        self._memory = None

    @property
    def spilled(self) -> bool:
        return self._db is not None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._path is not None:
            try:
                os.unlink(self._path)
            except OSError:
                pass
            self._path = None
        self._memory = {}
        self.size = 0

    def __enter__(self) -> SpillMap:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


def first_repeat(keys: Iterable[Any], seen: SpillMap, where: Any) -> Any:
    """Record each key with `where`; return what was recorded for the first key already seen."""
    for key in keys:
        known = seen.setdefault(key, where)
        if known != where:
            return known
    return None
