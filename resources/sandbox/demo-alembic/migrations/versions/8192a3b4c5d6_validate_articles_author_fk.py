"""validate articles.author_id FK

Step 2 of the safe pattern: VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE, which blocks neither reads
nor writes, in its own migration so it runs in its own transaction.

Revision ID: 8192a3b4c5d6
Revises: 708192a3b4c5
Create Date: 2026-10-02 09:45:00.000000

"""
from typing import Sequence, Union

from alembic import op

revision: str = "8192a3b4c5d6"
down_revision: Union[str, Sequence[str], None] = "708192a3b4c5"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("ALTER TABLE articles VALIDATE CONSTRAINT articles_author_id_fkey")


def downgrade() -> None:
    pass
