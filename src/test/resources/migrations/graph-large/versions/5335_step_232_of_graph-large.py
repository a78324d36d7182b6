"""step 232 of graph-large

Revision ID: 26d8a26d3fda
Revises: a6e2c75b782b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '26d8a26d3fda'
down_revision = 'a6e2c75b782b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
