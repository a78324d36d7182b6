"""step 30 of graph-multiroot

Revision ID: 310c3fa7f104
Revises: a748ac619e63
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '310c3fa7f104'
down_revision = 'a748ac619e63'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
