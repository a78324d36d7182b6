"""step 393 of graph-large

Revision ID: e15d04ee10c2
Revises: 78a03faca266, 3de240d5128f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e15d04ee10c2'
down_revision: str | Sequence[str] | None = (
    '78a03faca266',
    '3de240d5128f',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
