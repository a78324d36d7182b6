"""step 398 of graph-large

Revision ID: c4c812035cce
Revises: e15d04ee10c2
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'c4c812035cce'
down_revision = 'e15d04ee10c2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
