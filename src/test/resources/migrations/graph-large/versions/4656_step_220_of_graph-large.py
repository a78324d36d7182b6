"""step 220 of graph-large

Revision ID: f5cd10ce7433
Revises: 7349c3315323
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'f5cd10ce7433'
down_revision = '7349c3315323'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
