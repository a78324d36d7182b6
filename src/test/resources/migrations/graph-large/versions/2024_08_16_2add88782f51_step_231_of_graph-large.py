"""step 231 of graph-large

Revision ID: 2add88782f51
Revises: e202a0f09a0c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '2add88782f51'
down_revision = 'e202a0f09a0c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
