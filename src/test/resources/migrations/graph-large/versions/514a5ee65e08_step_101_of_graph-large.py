"""step 101 of graph-large

Revision ID: 514a5ee65e08
Revises: ff6d8ee55b0f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '514a5ee65e08'
down_revision = 'ff6d8ee55b0f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
