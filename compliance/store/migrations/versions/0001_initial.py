"""Initial schema: users, batches, claims, lines, findings, rule texts, dispositions, the trail.

Decision, disposition and trail tables are append-only: triggers refuse UPDATE and DELETE.

Revision ID: 0001
Revises: 
Create Date: 2026-11-27
"""

from alembic import op
import sqlalchemy as sa

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

# Decision, review and trail tables: rows are added, never changed or removed.
APPEND_ONLY = ("batches", "claim_owners", "claims", "lines", "findings", "rule_texts", "dispositions", "trail")


def upgrade() -> None:
    op.create_table('batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('input_digest', sa.String(length=80), nullable=False),
    sa.Column('inputs', sa.JSON(), nullable=False),
    sa.Column('rulebook_version', sa.String(length=100), nullable=False),
    sa.Column('rulebook_digest', sa.String(length=80), nullable=False),
    sa.Column('law_as_of', sa.Date(), nullable=True),
    sa.Column('document_digest', sa.String(length=80), nullable=False),
    sa.Column('claim_count', sa.Integer(), nullable=False),
    sa.Column('flagged_count', sa.Integer(), nullable=False),
    sa.Column('claimed_amount', sa.BigInteger(), nullable=False),
    sa.Column('eligible_amount', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('supersedes_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['supersedes_id'], ['batches.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('input_digest', 'rulebook_digest'),
    sa.UniqueConstraint('supersedes_id')
    )
    op.create_index('ix_batches_input_digest', 'batches', ['input_digest'])

    op.create_table('rule_texts',
    sa.Column('rulebook_digest', sa.String(length=80), nullable=False),
    sa.Column('rule_id', sa.String(length=200), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('rulebook_digest', 'rule_id')
    )
    op.create_table('trail',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('hash'),
    sa.UniqueConstraint('prev_hash')
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('claim_owners',
    sa.Column('claim_id', sa.String(length=100), nullable=False),
    sa.Column('input_digest', sa.String(length=80), nullable=False),
    sa.Column('claim_digest', sa.String(length=80), nullable=False),
    sa.Column('first_batch_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['first_batch_id'], ['batches.id'], ),
    sa.PrimaryKeyConstraint('claim_id')
    )
    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.String(length=100), nullable=False),
    sa.Column('unit_code', sa.String(length=500), nullable=False),
    sa.Column('subproject', sa.String(length=8), nullable=False),
    sa.Column('activity_kind', sa.String(length=40), nullable=False),
    sa.Column('decision', sa.String(length=8), nullable=False),
    sa.Column('claimed_amount', sa.BigInteger(), nullable=False),
    sa.Column('eligible_amount', sa.BigInteger(), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.Column('input', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['batches.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('batch_id', 'claim_id'),
    sa.UniqueConstraint('batch_id', 'position')
    )
    op.create_index('ix_claims_claim_id', 'claims', ['claim_id'])
    op.create_index('ix_claims_unit_code', 'claims', ['unit_code'])

    op.create_table('lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('claim_pk', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.String(length=64), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('incurred_on', sa.Date(), nullable=False),
    sa.Column('decision', sa.String(length=8), nullable=False),
    sa.Column('claimed_amount', sa.BigInteger(), nullable=False),
    sa.Column('eligible_amount', sa.BigInteger(), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['batches.id'], ),
    sa.ForeignKeyConstraint(['claim_pk'], ['claims.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('claim_pk', 'line_id')
    )
    op.create_index('ix_lines_batch_decision', 'lines', ['batch_id', 'decision'])
    op.create_index('ix_lines_claim_pk', 'lines', ['claim_pk'])

    op.create_table('dispositions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('claim_pk', sa.Integer(), nullable=False),
    sa.Column('line_pk', sa.Integer(), nullable=True),
    sa.Column('claim_id', sa.String(length=100), nullable=False),
    sa.Column('line_id', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('trail_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['batches.id'], ),
    sa.ForeignKeyConstraint(['claim_pk'], ['claims.id'], ),
    sa.ForeignKeyConstraint(['line_pk'], ['lines.id'], ),
    sa.ForeignKeyConstraint(['trail_id'], ['trail.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_dispositions_claim_id', 'dispositions', ['claim_id'])
    op.create_index('ix_dispositions_claim_pk', 'dispositions', ['claim_pk'])
    op.create_index('ix_dispositions_line_pk', 'dispositions', ['line_pk'])

    op.create_table('findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('claim_pk', sa.Integer(), nullable=False),
    sa.Column('line_pk', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('rule_id', sa.String(length=200), nullable=False),
    sa.Column('outcome', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=True),
    sa.Column('clause', sa.Text(), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['batches.id'], ),
    sa.ForeignKeyConstraint(['claim_pk'], ['claims.id'], ),
    sa.ForeignKeyConstraint(['line_pk'], ['lines.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_findings_claim_pk', 'findings', ['claim_pk'])
    op.create_index('ix_findings_line_pk', 'findings', ['line_pk'])

    _forbid_changes()


def _forbid_changes() -> None:
    """Append-only tables: UPDATE and DELETE fail in the database itself, not only in the API."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION compliance_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'append-only table %: % is not allowed', TG_TABLE_NAME, TG_OP;
            END $$""")
        for table in APPEND_ONLY:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION compliance_append_only()")
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION compliance_append_only()")
    else:
        for table in APPEND_ONLY:
            for verb in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, 'append-only table {table}: {verb} is not allowed'); END")


def downgrade() -> None:
    raise RuntimeError("the store keeps its history: this migration is not reversible")
