"""step 301 of graph-large

Revision ID: 44c0e3b29a86
Revises: d2c2c30fccdb, a43ab1ac05dc
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '44c0e3b29a86'
down_revision: str | Sequence[str] | None = (
    'd2c2c30fccdb',
    'a43ab1ac05dc',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
