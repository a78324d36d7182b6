"""step 68 of graph-multiroot

Revision ID: 31c6935f2b0a
Revises: 6e0625e97977
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '31c6935f2b0a'
down_revision = '6e0625e97977'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
