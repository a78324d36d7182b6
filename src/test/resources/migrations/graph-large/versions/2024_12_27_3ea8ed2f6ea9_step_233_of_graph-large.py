"""step 233 of graph-large

Revision ID: 3ea8ed2f6ea9
Revises: 2add88782f51, 38a1a753c13c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '3ea8ed2f6ea9'
down_revision = ('2add88782f51', '38a1a753c13c')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
