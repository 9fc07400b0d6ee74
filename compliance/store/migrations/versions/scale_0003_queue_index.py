"""A queue that does not grow: flagged items, their reasons and clauses, and per-batch totals, written
at save time and indexed for every filter and order of the queue; the claim's own digest on its row;
foreign keys to a batch checked at commit on PostgreSQL (the streaming save writes the batch's row
last, once its digests are known). Batches saved before are indexed here, from their stored rows.

Revision ID: scale_0003
Revises: trail_0003
Create Date: 2026-12-04
"""

from alembic import op
import sqlalchemy as sa

revision = 'scale_0003'
down_revision = 'trail_0003'
branch_labels = None
depends_on = None

ORDER: list[str | sa.TextClause] = [sa.text("at_risk DESC"), "claim_id", "line_key", "id"]  # the queue's default order (review.SORTS)
# Rows that reference a batch, written before the batch's own row by the streaming save.
TO_BATCH = (("claims", "claims_batch_id_fkey"), ("lines", "lines_batch_id_fkey"),
            ("findings", "findings_batch_id_fkey"), ("claim_owners", "claim_owners_first_batch_id_fkey"))
FLAG_COLUMNS = ("id", "batch_id", "claim_pk", "line_pk", "claim_id", "line_key", "unit_code", "subproject",
                "activity_kind", "category", "incurred_on", "kind", "claimed_amount", "eligible_amount", "at_risk",
                "reasons", "clauses")  # every column but status


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    op.add_column("claims", sa.Column("claim_digest", sa.String(80), nullable=True))
    op.create_table(
        "flags",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("batches.id", deferrable=True, initially="IMMEDIATE"), nullable=False),
        sa.Column("claim_pk", sa.Integer(), sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("line_pk", sa.Integer(), sa.ForeignKey("lines.id"), nullable=True),
        sa.Column("claim_id", sa.String(100), nullable=False),
        sa.Column("line_key", sa.String(64), nullable=False),
        sa.Column("unit_code", sa.String(500), nullable=False),
        sa.Column("subproject", sa.String(8), nullable=False),
        sa.Column("activity_kind", sa.String(40), nullable=False),
        sa.Column("category", sa.String(40), nullable=True),
        sa.Column("incurred_on", sa.Date(), nullable=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("claimed_amount", sa.BigInteger(), nullable=False),
        sa.Column("eligible_amount", sa.BigInteger(), nullable=False),
        sa.Column("at_risk", sa.BigInteger(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("clauses", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
    )
    op.create_index("ix_flags_item", "flags", ["claim_pk", "line_key"], unique=True)
    # Every column referencing a row the save writes is indexed: with the keys deferred (save.py),
    # SQLite looks up the referencing rows of each row inserted.
    op.create_index("ix_flags_line_pk", "flags", ["line_pk"])
    op.create_index("ix_flags_rank", "flags", ORDER)
    op.create_index("ix_flags_claim", "flags", ["claim_id", "line_key", "id"])
    op.create_index("ix_flags_batch_claim", "flags", ["batch_id", "claim_id", "line_key", "id"])
    op.create_index("ix_flags_batch_status", "flags", ["batch_id", "status"])  # a batch page's open items
    for column in ("batch_id", "unit_code", "subproject", "kind", "status"):
        op.create_index(f"ix_flags_{column}_rank", "flags", [column, *ORDER])
    op.create_table(
        "flag_keys",
        sa.Column("flag_id", sa.Integer(), sa.ForeignKey("flags.id"), primary_key=True),
        sa.Column("dimension", sa.String(8), primary_key=True),
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("at_risk", sa.BigInteger(), nullable=False),
        sa.Column("claim_id", sa.String(100), nullable=False),
        sa.Column("line_key", sa.String(64), nullable=False),
    )
    op.create_index("ix_flag_keys_rank", "flag_keys",
                    ["dimension", "key", sa.text("at_risk DESC"), "claim_id", "line_key", "flag_id"])
    op.create_table(
        "batch_groups",
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("batches.id", deferrable=True, initially="IMMEDIATE"), primary_key=True),
        sa.Column("dimension", sa.String(12), primary_key=True),
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("claimed_amount", sa.BigInteger(), nullable=False),
        sa.Column("eligible_amount", sa.BigInteger(), nullable=False),
        sa.Column("at_risk", sa.BigInteger(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
    )
    if pg:
        for table, name in TO_BATCH:
            op.execute(f"ALTER TABLE {table} ALTER CONSTRAINT {name} DEFERRABLE INITIALLY IMMEDIATE")
    _backfill()
    _forbid_changes(pg)


def _forbid_changes(pg: bool) -> None:
    """The per-batch totals and an item's keys never change; of an item, only its status does."""
    if pg:
        for table in ("flag_keys", "batch_groups"):
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION compliance_append_only()")
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION compliance_append_only()")
        op.execute(f"CREATE TRIGGER flags_append_only BEFORE UPDATE OF {', '.join(FLAG_COLUMNS)} OR DELETE ON flags "
                   "FOR EACH ROW EXECUTE FUNCTION compliance_append_only()")
        op.execute("CREATE TRIGGER flags_no_truncate BEFORE TRUNCATE ON flags "
                   "FOR EACH STATEMENT EXECUTE FUNCTION compliance_append_only()")
        return
    for table, verb in (("flag_keys", "UPDATE"), ("flag_keys", "DELETE"), ("batch_groups", "UPDATE"),
                        ("batch_groups", "DELETE"), ("flags", "DELETE")):
        op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, 'append-only table {table}: {verb} is not allowed'); END")
    op.execute(f"CREATE TRIGGER flags_no_update BEFORE UPDATE OF {', '.join(FLAG_COLUMNS)} ON flags "
               "BEGIN SELECT RAISE(ABORT, 'append-only table flags: UPDATE is not allowed'); END")


def _backfill() -> None:
    """Index the batches already stored, from their rows (the same code as the save)."""
    from sqlalchemy.orm import Session

    from compliance.store.backfill import index_stored

    index_stored(Session(bind=op.get_bind()))


def downgrade() -> None:
    raise RuntimeError("the store keeps its history: this migration is not reversible")
