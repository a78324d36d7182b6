"""step 114 of graph-large

Revision ID: a8b33c973270
Revises: 6166046b5f5b, aee596e271e7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a8b33c973270'
down_revision = ('6166046b5f5b', 'aee596e271e7')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
