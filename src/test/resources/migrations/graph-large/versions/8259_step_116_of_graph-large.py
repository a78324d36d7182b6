"""step 116 of graph-large

Revision ID: 3062df5818a7
Revises: e10162697896
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '3062df5818a7'
down_revision = 'e10162697896'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
