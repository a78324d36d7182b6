"""add articles.author_id FK as NOT VALID

Step 1 of the safe pattern: NOT VALID takes its lock only for an instant and checks new rows only.

Revision ID: 708192a3b4c5
Revises: 6f708192a3b4
Create Date: 2026-10-02 09:30:00.000000

"""
from typing import Sequence, Union

from alembic import op

revision: str = "708192a3b4c5"
down_revision: Union[str, Sequence[str], None] = "6f708192a3b4"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("SET LOCAL lock_timeout = '2s'")
    op.execute(
        "ALTER TABLE articles ADD CONSTRAINT articles_author_id_fkey "
        "FOREIGN KEY (author_id) REFERENCES users (id) NOT VALID"
    )


def downgrade() -> None:
    op.execute("ALTER TABLE articles DROP CONSTRAINT articles_author_id_fkey")
