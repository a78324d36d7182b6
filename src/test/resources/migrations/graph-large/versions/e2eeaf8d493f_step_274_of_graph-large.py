"""step 274 of graph-large

Revision ID: e2eeaf8d493f
Revises: 9c38b7421616
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'e2eeaf8d493f'
down_revision = '9c38b7421616'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
