"""step 275 of graph-large

Revision ID: e167a6b801a7
Revises: 887ba3ea7911
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'e167a6b801a7'
down_revision = '887ba3ea7911'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
