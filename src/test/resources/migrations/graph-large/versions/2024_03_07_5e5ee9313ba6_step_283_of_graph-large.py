"""step 283 of graph-large

Revision ID: 5e5ee9313ba6
Revises: d993e57a5015, aa2bd6d3f01a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5e5ee9313ba6'
down_revision: str | Sequence[str] | None = (
    'd993e57a5015',
    'aa2bd6d3f01a',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
