"""add subscriptions

Revision ID: a3b4c5d6e7f8
Revises: 92a3b4c5d6e7
Create Date: 2026-11-02 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op

revision: str = "a3b4c5d6e7f8"
down_revision: Union[str, Sequence[str], None] = "92a3b4c5d6e7"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("""
        CREATE TABLE subscriptions (
            id bigserial PRIMARY KEY,
            user_id bigint NOT NULL REFERENCES users (id),
            plan text NOT NULL DEFAULT 'free',
            renews_at timestamptz
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE subscriptions")
