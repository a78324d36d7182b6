"""step 202 of graph-large

Revision ID: afeaa2d19459
Revises: b6a7f55d1d48
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'afeaa2d19459'
down_revision = 'b6a7f55d1d48'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
