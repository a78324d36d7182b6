"""add articles

Branch A: the feed team's table, written in parallel with the personalization work.

Revision ID: 3c4d5e6f7081
Revises: 2b3c4d5e6f70
Create Date: 2026-09-10 14:30:00.000000

"""
from typing import Sequence, Union

from alembic import op

revision: str = "3c4d5e6f7081"
down_revision: Union[str, Sequence[str], None] = "2b3c4d5e6f70"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("""
        CREATE TABLE articles (
            id bigserial PRIMARY KEY,
            author_id bigint,
            title text NOT NULL,
            published_at timestamptz
        )
    """)


def downgrade() -> None:
    op.execute("DROP TABLE articles")
