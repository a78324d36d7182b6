"""step 197 of graph-large

Revision ID: 5ed75f5f9332
Revises: 0dc34f997cd0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '5ed75f5f9332'
down_revision = '0dc34f997cd0'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
