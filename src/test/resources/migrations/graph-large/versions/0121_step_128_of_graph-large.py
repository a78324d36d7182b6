"""step 128 of graph-large

Revision ID: d864c09c408c
Revises: 4c95203e6822
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'd864c09c408c'
down_revision = '4c95203e6822'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
