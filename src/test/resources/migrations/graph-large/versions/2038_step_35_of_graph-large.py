"""step 35 of graph-large

Revision ID: b2c5b4b2846a
Revises: dc7f067930d5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b2c5b4b2846a'
down_revision = 'dc7f067930d5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
