"""create user_profiles

Revision ID: 2b3c4d5e6f70
Revises: 1a2b3c4d5e6f
Create Date: 2026-09-03 09:12:00.000000

"""
from typing import Sequence, Union

from alembic import op

revision: str = "2b3c4d5e6f70"
down_revision: Union[str, Sequence[str], None] = "1a2b3c4d5e6f"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("""
        CREATE TABLE user_profiles (
            id bigserial PRIMARY KEY,
            user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            display_name text,
            CONSTRAINT user_profiles_user_id_key UNIQUE (user_id)
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE user_profiles")
