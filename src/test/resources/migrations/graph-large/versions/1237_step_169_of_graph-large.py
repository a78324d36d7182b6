"""step 169 of graph-large

Revision ID: 1501404d38e9
Revises: dd6119360733
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '1501404d38e9'
down_revision = 'dd6119360733'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
