"""step 140 of graph-large

Revision ID: 5da5c8a14256
Revises: c5c61b6a715e
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '5da5c8a14256'
down_revision = 'c5c61b6a715e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
