"""step 397 of graph-large

Revision ID: 837f8c1b1edd
Revises: 6fa4d73a3bd1, ddd4f672f18c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '837f8c1b1edd'
down_revision: str | Sequence[str] | None = (
    '6fa4d73a3bd1',
    'ddd4f672f18c',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
