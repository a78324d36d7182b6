"""step 276 of graph-large

Revision ID: c72c36135188
Revises: 9656a7483904, e167a6b801a7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'c72c36135188'
down_revision = ('9656a7483904', 'e167a6b801a7')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
