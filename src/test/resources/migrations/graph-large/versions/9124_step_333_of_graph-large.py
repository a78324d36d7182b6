"""step 333 of graph-large

Revision ID: 04ab8088be3a
Revises: 3b08c7c64d55
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '04ab8088be3a'
down_revision = '3b08c7c64d55'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
