"""step 343 of graph-large

Revision ID: a74c55cc3bd6
Revises: 2274d700c245, 58aa23bac78b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a74c55cc3bd6'
down_revision = ('2274d700c245', '58aa23bac78b')
branch_labels = None
depends_on = '98c4cdc2109c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
