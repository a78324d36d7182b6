"""step 3 of graph-branchy

Revision ID: 1fb190c192cf
Revises: 1600099950d8
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '1fb190c192cf'
down_revision = '1600099950d8'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
