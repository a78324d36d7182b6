"""step 249 of graph-large

Revision ID: 492f72b86b22
Revises: 6a765aab0a37
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '492f72b86b22'
down_revision = '6a765aab0a37'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
