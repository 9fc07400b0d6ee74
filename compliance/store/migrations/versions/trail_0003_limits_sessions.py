"""Login limits, session revocation, the trail by action.

- `login_limits`: failed-login counters per client address, per user name, and per (name, address),
  counted atomically before a password is checked (a login flood cannot buy extra guesses by racing).
  Operational state, not history: rows change and expire, and nothing in the trail depends on them.
- `users.session_version`: part of every session cookie; raised on logout and password change, so
  every earlier cookie of that user stops working at once.
- `ix_trail_action_id`: `audit verify` replays the user entries (user.add, user.change) to check the
  users table, without reading the whole trail.

Revision ID: trail_0003
Revises: 0002
Create Date: 2026-12-04
"""

from alembic import op
import sqlalchemy as sa

revision = 'trail_0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'login_limits',
        sa.Column('kind', sa.String(length=8), nullable=False),  # "address", "name" or "pair"
        sa.Column('name', sa.String(length=80), nullable=False),  # "" for kind "address"
        sa.Column('address', sa.String(length=80), nullable=False),  # "" for kind "name"
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('since', sa.DateTime(timezone=True), nullable=False),  # start of the counting window
        sa.PrimaryKeyConstraint('kind', 'name', 'address'),
    )
    op.create_index('ix_login_limits_name', 'login_limits', ['name'])
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('session_version', sa.Integer(), nullable=False, server_default='0'))
    op.create_index('ix_trail_action_id', 'trail', ['action', 'id'])


def downgrade() -> None:
    op.drop_index('ix_trail_action_id', table_name='trail')
    with op.batch_alter_table('users') as batch:
        batch.drop_column('session_version')
    op.drop_index('ix_login_limits_name', table_name='login_limits')
    op.drop_table('login_limits')
