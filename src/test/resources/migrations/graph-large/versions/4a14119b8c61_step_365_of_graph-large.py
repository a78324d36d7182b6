"""step 365 of graph-large

Revision ID: 4a14119b8c61
Revises: d06b1edbf4fb
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '4a14119b8c61'
down_revision = 'd06b1edbf4fb'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
