"""index users by lower(email)

Built concurrently, outside the migration transaction, so writes to users are never blocked.

Revision ID: 6f708192a3b4
Revises: 5e6f708192a3
Create Date: 2026-09-20 11:00:00.000000

"""
from typing import Sequence, Union

from alembic import op

revision: str = "6f708192a3b4"
down_revision: Union[str, Sequence[str], None] = "5e6f708192a3"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.get_context().autocommit_block():
        op.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_email_lower ON users (lower(email))")


def downgrade() -> None:
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_users_email_lower")
