"""The trail's anchor outside the database: a key the database does not hold, and signed checkpoints.

Whoever can write to the database can rewrite the trail and recompute its hash chain: the chain alone
only proves the trail agrees with itself. A checkpoint receipt records "entry #N of this database had
hash H" with an HMAC-SHA256 under a key kept in a file outside the database; `audit verify` then checks
the database against the newest receipts. Rewriting any entry up to #N changes the hash of #N (every
hash covers the previous one), and deleting the tail removes #N: both are caught, unless the one who
rewrites also holds the key (and can sign a new receipt) or the checkpoint file (and can remove it).

Receipts are written on every save (`vet --save`, the web's upload) and by every successful
`audit verify` (which then starts from there next time: verification is incremental). Each is one JSON
line in the checkpoint file, and the CLI prints it: a receipt kept elsewhere (mailed, printed) can be
checked with `audit verify --receipt`.

Files: the key is COMPLIANCE_TRAIL_KEY (a path), else `trail.key` beside the per-user SQLite database
(created on first use, 32 random bytes, mode 0600); the checkpoints are COMPLIANCE_TRAIL_CHECKPOINTS,
else `checkpoints.jsonl` beside the key. One file may hold the receipts of several databases: each
names its database (a digest of its URL without user or password).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from .errors import StoreError
from .location import default_path

ENV_KEY = "COMPLIANCE_TRAIL_KEY"
ENV_CHECKPOINTS = "COMPLIANCE_TRAIL_CHECKPOINTS"
KEY_BYTES = 32
KINDS = ("save", "write", "verify")


class AnchorError(StoreError):
    """The key or the checkpoint file cannot be used (unreadable, or a receipt whose signature fails)."""


def database_id(url: str) -> str:
    """Which database a receipt is about: its URL without user and password (the owner and the app roles
    reach the same database), normalised by SQLAlchemy."""
    parsed = make_url(url)
    plain = parsed.set(username=None, password=None, drivername=parsed.get_backend_name())
    return "sha256:" + hashlib.sha256(plain.render_as_string(hide_password=False).encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Receipt:
    database: str
    entry_id: int
    hash: str  # the trail entry's hash
    at: str  # when it was signed (UTC, ISO 8601)
    kind: str  # "save", "write" (another write through the CLI or web) or "verify"
    mac: str  # HMAC-SHA256 of the other fields, hex

    def payload(self) -> bytes:
        fields = asdict(self)
        del fields["mac"]
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()

    def line(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))

    @classmethod
    def parse(cls, text: str) -> Receipt:
        try:
            data = json.loads(text)
            receipt = cls(str(data["database"]), int(data["entry_id"]), str(data["hash"]), str(data["at"]),
                          str(data["kind"]), str(data["mac"]))
        except (ValueError, KeyError, TypeError):
            raise AnchorError(f"mốc nhật ký không đọc được: {text[:80]!r}") from None
        return receipt


class Anchor:
    """The key and the checkpoint file, for one database."""

    def __init__(self, url: str, key_path: Path | str | None = None, checkpoints: Path | str | None = None):
        self.database = database_id(url)
        self.key_path = Path(key_path or os.environ.get(ENV_KEY) or default_path().with_name("trail.key"))
        self.path = Path(checkpoints or os.environ.get(ENV_CHECKPOINTS) or self.key_path.with_name("checkpoints.jsonl"))
        self._key: bytes | None = None

    # ---- the key ------------------------------------------------------------------------------

    def key(self, create: bool) -> bytes | None:
        if self._key is None:
            if not self.key_path.exists():
                if not create:
                    return None
                _create_key(self.key_path)
            try:
                raw = self.key_path.read_text().strip()
                key = bytes.fromhex(raw)
            except (OSError, ValueError) as exc:
                raise AnchorError(f"không đọc được khóa nhật ký {self.key_path}: {exc}") from None
            if len(key) < KEY_BYTES:
                raise AnchorError(f"khóa nhật ký {self.key_path} hỏng (quá ngắn)")
            self._key = key
        return self._key

    def _mac(self, key: bytes, receipt: Receipt) -> str:
        return hmac.new(key, receipt.payload(), hashlib.sha256).hexdigest()

    # ---- receipts -----------------------------------------------------------------------------

    def sign(self, entry_id: int, entry_hash: str, kind: str) -> Receipt:
        """Sign the head (entry_id, entry_hash) and append the receipt to the checkpoint file."""
        if kind not in KINDS:
            raise ValueError(kind)
        key = self.key(create=True)
        assert key is not None  # created if missing
        unsigned = Receipt(self.database, entry_id, entry_hash,
                           dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), kind, "")
        receipt = Receipt(**{**asdict(unsigned), "mac": self._mac(key, unsigned)})
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as fh:
                fh.write(receipt.line() + "\n")
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise AnchorError(f"không ghi được tệp mốc nhật ký {self.path}: {exc}") from None
        return receipt

    def check(self, receipt: Receipt) -> None:
        """Raise AnchorError unless `receipt` was signed with this key, for this database."""
        key = self.key(create=False)
        if key is None:
            raise AnchorError(f"không có khóa nhật ký {self.key_path}: không kiểm được chữ ký của mốc")
        if not hmac.compare_digest(receipt.mac, self._mac(key, receipt)):
            raise AnchorError(f"mốc nhật ký của mục #{receipt.entry_id} ({receipt.at}) có chữ ký sai: tệp mốc "
                              f"{self.path} đã bị sửa, hoặc mốc được ký bằng khóa khác")
        if receipt.database != self.database:
            raise AnchorError(f"mốc nhật ký của mục #{receipt.entry_id} ({receipt.at}) là của một cơ sở dữ liệu khác")

    def receipts(self) -> list[Receipt]:
        """This database's receipts, oldest first, each with its signature checked."""
        if not self.path.exists():
            return []
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise AnchorError(f"không đọc được tệp mốc nhật ký {self.path}: {exc}") from None
        found = [Receipt.parse(line) for line in lines if line.strip()]
        mine = [r for r in found if r.database == self.database]
        for receipt in mine:
            self.check(receipt)
        return mine


def _create_key(path: Path) -> None:
    """32 random bytes in a new 0600 file (atomically: several processes may race to create it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_hex(KEY_BYTES) + "\n")
    try:
        os.link(tmp, path)  # fails if another process was first: its key is the one
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
