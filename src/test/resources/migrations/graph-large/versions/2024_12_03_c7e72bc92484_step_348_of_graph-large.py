"""step 348 of graph-large

Revision ID: c7e72bc92484
Revises: 0d7f217560b6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'c7e72bc92484'
down_revision = '0d7f217560b6'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
