"""What the app holds while it runs: the store handle, signing keys, the rulebook and its vetter.

None of it is state of the app's own: the store is the database, the keys come from the secret,
the vetter from the rulebook. Another worker or host built from the same settings is the same app.
"""

from __future__ import annotations

import logging
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

    def checkpoint(self, kind: str) -> None:
        """Sign the trail's head into this server's checkpoint file (store/anchor.py). The action is done
        already: a receipt that cannot be written is logged, not shown as a failure."""
        from ..store import trail
        from ..store.anchor import Anchor, AnchorError

        try:
            with self.store.read() as session:
                head = trail.head(session)
            if head is not None:
                Anchor(self.store.url).sign(*head, kind)
        except AnchorError as exc:
            logging.getLogger("compliance.web").warning("Chưa ký được mốc nhật ký: %s", exc)

    def vet(self, claims: list[Claim]) -> DecisionDocument:
        """Vet a batch; one at a time (durable-rules' C engine holds the GIL anyway)."""
        with self._vet_lock:
            return self.vetter.document(claims)


def get_web(request: Request) -> Web:
    return request.app.state.web
