"""step 324 of graph-large

Revision ID: 42983bb03d08
Revises: 4ca18222a205
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '42983bb03d08'
down_revision = '4ca18222a205'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
