"""A batch killed mid-save (SIGKILL, rows already sent to the database) leaves nothing half-saved;
running the same command again saves it whole."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from sqlalchemy import func, select

from compliance.models import DecisionDocument
from compliance.store import get_batch, list_batches, verify
from compliance.store.schema import Batch, ClaimOwner, ClaimRow, FindingRow, LineRow, RuleText
from storetest import PASSWORD, SAMPLE

# Runs the real CLI; after a flush that leaves >= KILL_AT claims in the open transaction, it writes
# how many it saw and kills itself with SIGKILL (no cleanup, no rollback from Python).
KILLER = """
import os, signal, sys
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from compliance.store import batches
from compliance.store.schema import ClaimRow

batches.FLUSH_EVERY = 5
flush = Session.flush

def flush_then_die(self, *args, **kwargs):
    flush(self, *args, **kwargs)
    seen = self.connection().execute(select(func.count()).select_from(ClaimRow)).scalar()  # no autoflush
    if seen >= int(os.environ["KILL_AT"]):
        with open(os.environ["KILL_NOTE"], "w") as fh:
            fh.write(str(seen))
        os.kill(os.getpid(), signal.SIGKILL)

Session.flush = flush_then_die
from compliance.cli import main
sys.argv = ["compliance", *sys.argv[1:]]
main()
"""


def run(args: list[str], db_url: str, tmp_path, killer: bool):
    env = {**os.environ, "COMPLIANCE_DB": db_url, "COMPLIANCE_USER": "minh", "COMPLIANCE_PASSWORD": PASSWORD,
           "KILL_AT": "10", "KILL_NOTE": str(tmp_path / "killed-at")}
    command = [sys.executable, "-c", KILLER, *args] if killer else [sys.executable, "-m", "compliance", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def rows(store) -> dict[str, int]:
    with store.read() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t))
                for t in (Batch, ClaimOwner, ClaimRow, LineRow, FindingRow, RuleText)}


def test_killed_save_leaves_nothing_and_the_rerun_completes(store, people, db_url, tmp_path):
    args = ["vet", str(SAMPLE), "--save", "--format", "json"]
    killed = run(args, db_url, tmp_path, killer=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert int((tmp_path / "killed-at").read_text()) >= 10  # claims were in the database when it died
    assert rows(store) == dict.fromkeys(rows(store), 0)
    assert verify(store).ok

    finished = run(args, db_url, tmp_path, killer=False)
    assert finished.returncode == 0, finished.stderr
    assert "Đã lưu lô #" in finished.stderr
    doc = DecisionDocument.model_validate(json.loads(finished.stdout))
    [batch] = list_batches(store)
    assert get_batch(store, batch.id) == doc and batch.claim_count == len(doc.claims) == len(
        json.loads(SAMPLE.read_text(encoding="utf-8"))["claims"])
    assert verify(store).ok
