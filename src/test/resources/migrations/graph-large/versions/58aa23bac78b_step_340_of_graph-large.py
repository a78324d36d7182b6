"""step 340 of graph-large

Revision ID: 58aa23bac78b
Revises: ad42519a570b, a2098a9e4e44
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '58aa23bac78b'
down_revision = ('ad42519a570b', 'a2098a9e4e44')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
