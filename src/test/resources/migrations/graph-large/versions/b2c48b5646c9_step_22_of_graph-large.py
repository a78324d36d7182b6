"""step 22 of graph-large

Revision ID: b2c48b5646c9
Revises: b42e7029d03d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b2c48b5646c9'
down_revision = 'b42e7029d03d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
