"""step 57 of graph-large

Revision ID: 708b2ea2686b
Revises: 7c7a80cf595c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '708b2ea2686b'
down_revision = '7c7a80cf595c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
