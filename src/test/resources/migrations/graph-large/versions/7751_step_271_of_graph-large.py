"""step 271 of graph-large

Revision ID: 9c38b7421616
Revises: 0f65699d7afa
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '9c38b7421616'
down_revision = '0f65699d7afa'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
