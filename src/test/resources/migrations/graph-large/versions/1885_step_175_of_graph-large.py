"""step 175 of graph-large

Revision ID: 1d8c82e61cd0
Revises: 593cf57ee65a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '1d8c82e61cd0'
down_revision = '593cf57ee65a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
