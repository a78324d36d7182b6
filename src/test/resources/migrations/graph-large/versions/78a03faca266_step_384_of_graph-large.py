"""step 384 of graph-large

Revision ID: 78a03faca266
Revises: 630faab3d21b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '78a03faca266'
down_revision = '630faab3d21b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
