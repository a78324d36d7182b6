"""step 206 of graph-large

Revision ID: bba6021b52a6
Revises: 023a978b6f76
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'bba6021b52a6'
down_revision = '023a978b6f76'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
