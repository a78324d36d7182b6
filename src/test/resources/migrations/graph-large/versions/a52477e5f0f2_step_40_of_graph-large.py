"""step 40 of graph-large

Revision ID: a52477e5f0f2
Revises: c9ef6bd21684
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a52477e5f0f2'
down_revision: str | Sequence[str] | None = 'c9ef6bd21684'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
