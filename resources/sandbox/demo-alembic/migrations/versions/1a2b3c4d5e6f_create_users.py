"""create users

Revision ID: 1a2b3c4d5e6f
Revises:
Create Date: 2026-09-01 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op

revision: str = "1a2b3c4d5e6f"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("""
        CREATE TABLE users (
            id bigserial PRIMARY KEY,
            email text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT users_email_key UNIQUE (email)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE users")
