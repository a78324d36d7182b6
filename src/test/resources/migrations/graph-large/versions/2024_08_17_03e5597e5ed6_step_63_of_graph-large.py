"""step 63 of graph-large

Revision ID: 03e5597e5ed6
Revises: c150390126bb
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '03e5597e5ed6'
down_revision = 'c150390126bb'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
