"""step 49 of graph-large

Revision ID: 1b95afcc4567
Revises: c150390126bb, 1fcb76439562
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1b95afcc4567'
down_revision: str | Sequence[str] | None = (
    'c150390126bb',
    '1fcb76439562',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
