"""step 320 of graph-large

Revision ID: 411f5ca7651c
Revises: 9474ba3038b7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '411f5ca7651c'
down_revision = '9474ba3038b7'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
