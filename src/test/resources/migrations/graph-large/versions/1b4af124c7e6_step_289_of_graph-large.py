"""step 289 of graph-large

Revision ID: 1b4af124c7e6
Revises: 3d0a41bad13e
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '1b4af124c7e6'
down_revision = '3d0a41bad13e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
