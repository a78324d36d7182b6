"""step 46 of graph-branchy

Revision ID: 8e3187ddaeb7
Revises: d3bf6bae4b5b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '8e3187ddaeb7'
down_revision = 'd3bf6bae4b5b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
