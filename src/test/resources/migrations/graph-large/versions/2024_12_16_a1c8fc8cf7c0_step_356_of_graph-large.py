"""step 356 of graph-large

Revision ID: a1c8fc8cf7c0
Revises: a52f8d97fdf2, c5f6279b48fa
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a1c8fc8cf7c0'
down_revision: Union[str, Sequence[str], None] = ('a52f8d97fdf2', 'c5f6279b48fa')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
