"""step 380 of graph-large

Revision ID: 8a111ca52e1e
Revises: 409275ffaa4f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '8a111ca52e1e'
down_revision = '409275ffaa4f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
