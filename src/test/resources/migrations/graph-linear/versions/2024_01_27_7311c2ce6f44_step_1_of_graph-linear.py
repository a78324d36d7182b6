"""step 1 of graph-linear

Revision ID: 7311c2ce6f44
Revises: 91b72265b1f5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '7311c2ce6f44'
down_revision = '91b72265b1f5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
