"""step 149 of graph-large

Revision ID: f5e6525aa9b0
Revises: aaa93eaaa623, 4f71efc40f08
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'f5e6525aa9b0'
down_revision = ('aaa93eaaa623', '4f71efc40f08')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
