"""step 110 of graph-large

Revision ID: cce750771ee4
Revises: a5d073759ce5, ffc6ddd7e691
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'cce750771ee4'
down_revision = ('a5d073759ce5', 'ffc6ddd7e691')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
