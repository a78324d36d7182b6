"""step 336 of graph-large

Revision ID: 3c99c1e06dff
Revises: 437c9a094dea
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '3c99c1e06dff'
down_revision = '437c9a094dea'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
