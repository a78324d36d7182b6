"""step 19 of graph-branchy

Revision ID: 7c260316909e
Revises: 230de2257159, 3b12f52ddf5d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '7c260316909e'
down_revision = ('230de2257159', '3b12f52ddf5d')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
