"""step 99 of graph-large

Revision ID: ff6d8ee55b0f
Revises: 3508a25f0a79, 52048904042d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'ff6d8ee55b0f'
down_revision = ('3508a25f0a79', '52048904042d')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
