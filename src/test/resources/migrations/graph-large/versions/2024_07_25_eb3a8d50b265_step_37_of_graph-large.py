"""step 37 of graph-large

Revision ID: eb3a8d50b265
Revises: 60ba32e5bdda, 8b1c514dfee7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'eb3a8d50b265'
down_revision = ('60ba32e5bdda', '8b1c514dfee7')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
