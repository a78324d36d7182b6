"""step 109 of graph-large

Revision ID: a5d073759ce5
Revises: a556fd5c8c01
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a5d073759ce5'
down_revision = 'a556fd5c8c01'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
