"""step 60 of graph-large

Revision ID: 8348a7e089f6
Revises: dc7f067930d5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '8348a7e089f6'
down_revision = 'dc7f067930d5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
