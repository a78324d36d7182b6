"""step 290 of graph-large

Revision ID: 0782d8ff83e3
Revises: d4c7a0a0c818
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0782d8ff83e3'
down_revision = 'd4c7a0a0c818'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
