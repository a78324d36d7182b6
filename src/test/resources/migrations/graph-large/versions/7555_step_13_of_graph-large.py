"""step 13 of graph-large

Revision ID: b42e7029d03d
Revises: 3b08c7c64d55
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'b42e7029d03d'
down_revision = '3b08c7c64d55'
branch_labels = None
depends_on = 'f5d9c5bc543b'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
