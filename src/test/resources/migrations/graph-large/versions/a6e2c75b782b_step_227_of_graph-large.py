"""step 227 of graph-large

Revision ID: a6e2c75b782b
Revises: a6cd7bb1aec4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a6e2c75b782b'
down_revision = 'a6cd7bb1aec4'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
