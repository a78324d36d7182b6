"""step 295 of graph-large

Revision ID: d2c2c30fccdb
Revises: fbf70cd2daa1
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'd2c2c30fccdb'
down_revision = 'fbf70cd2daa1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
