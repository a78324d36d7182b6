"""recreate user_personalization FK with ON DELETE CASCADE

The risky one: DROP CONSTRAINT and a validated ADD CONSTRAINT both want ACCESS EXCLUSIVE, with no
lock_timeout, so behind live traffic this waits for ever while every query queues behind it (incident 2).

Revision ID: 92a3b4c5d6e7
Revises: 8192a3b4c5d6
Create Date: 2026-10-15 22:10:00.000000

"""
from typing import Sequence, Union

from alembic import op

revision: str = "92a3b4c5d6e7"
down_revision: Union[str, Sequence[str], None] = "8192a3b4c5d6"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("ALTER TABLE user_personalization DROP CONSTRAINT user_personalization_user_id_fkey")
    op.execute(
        "ALTER TABLE user_personalization ADD CONSTRAINT user_personalization_user_id_fkey "
        "FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE"
    )


def downgrade() -> None:
    pass
