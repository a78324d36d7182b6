"""add user_personalization

Branch B: per-user feed settings.

Revision ID: 4d5e6f708192
Revises: 2b3c4d5e6f70
Create Date: 2026-09-11 08:05:00.000000

"""
from typing import Sequence, Union

from alembic import op

revision: str = "4d5e6f708192"
down_revision: Union[str, Sequence[str], None] = "2b3c4d5e6f70"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("""
        CREATE TABLE user_personalization (
            id bigserial PRIMARY KEY,
            user_id bigint NOT NULL,
            topics text[] NOT NULL DEFAULT '{}',
            CONSTRAINT user_personalization_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE user_personalization")
