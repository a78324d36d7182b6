"""step 355 of graph-large

Revision ID: fcf6bc4c86d2
Revises: 8f86eb180c4a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'fcf6bc4c86d2'
down_revision = '8f86eb180c4a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
