"""Index the trail by subject: a login looks up the last attempts at its user name (lockout).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_trail_subject_id", "trail", ["subject", "id"])


def downgrade() -> None:
    op.drop_index("ix_trail_subject_id", table_name="trail")
