"""step 167 of graph-large

Revision ID: dd6119360733
Revises: 6d492fb8bb6d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'dd6119360733'
down_revision = '6d492fb8bb6d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
