"""step 104 of graph-large

Revision ID: 62a121ad8260
Revises: 3b08c7c64d55
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '62a121ad8260'
down_revision = '3b08c7c64d55'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
