"""What the app holds while it runs: the store handle, signing keys, the rulebook and its vetter.

None of it is state of the app's own: the store is the database, the keys come from the secret,
the vetter from the rulebook. Another worker or host built from the same settings is the same app.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from fastapi import Request

from ..models import Claim, DecisionDocument
from ..rulebook import Rulebook
from ..store import Store
from ..vetting.vetter import Vetter
from .auth import Keys
from .config import Settings


@dataclass
class Web:
    settings: Settings
    store: Store
    keys: Keys
    book: Rulebook
    vetter: Vetter
    _vet_lock: threading.Lock = field(default_factory=threading.Lock)

    def vet(self, claims: list[Claim]) -> DecisionDocument:
        """Vet a batch; one at a time (durable-rules' C engine holds the GIL anyway)."""
        with self._vet_lock:
            return self.vetter.document(claims)


def get_web(request: Request) -> Web:
    return request.app.state.web
