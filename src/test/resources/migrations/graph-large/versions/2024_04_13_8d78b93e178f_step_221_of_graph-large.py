"""step 221 of graph-large

Revision ID: 8d78b93e178f
Revises: bd8059c5eb57
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '8d78b93e178f'
down_revision = 'bd8059c5eb57'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
