"""step 310 of graph-large

Revision ID: 96542517846c
Revises: 3a4fc67e8e6b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '96542517846c'
down_revision = '3a4fc67e8e6b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
