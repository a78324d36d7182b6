"""step 40 of graph-branchy

Revision ID: bfde86ce03f9
Revises: 8c5c8c74fc1e, d3969c9011ef
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'bfde86ce03f9'
down_revision = ('8c5c8c74fc1e', 'd3969c9011ef')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
