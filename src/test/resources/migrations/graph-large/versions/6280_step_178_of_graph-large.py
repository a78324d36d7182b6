"""step 178 of graph-large

Revision ID: e7c2c7c3cb35
Revises: 1d8c82e61cd0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'e7c2c7c3cb35'
down_revision = '1d8c82e61cd0'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
