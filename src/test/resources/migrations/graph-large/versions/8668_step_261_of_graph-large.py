"""step 261 of graph-large

Revision ID: 9390ead79e45
Revises: 7684c9179ce1
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '9390ead79e45'
down_revision = '7684c9179ce1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
