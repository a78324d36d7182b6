"""step 321 of graph-large

Revision ID: b6c9c499254e
Revises: 411f5ca7651c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b6c9c499254e'
down_revision = '411f5ca7651c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
