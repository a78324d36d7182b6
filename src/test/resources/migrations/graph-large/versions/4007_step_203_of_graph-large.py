"""step 203 of graph-large

Revision ID: f966de210f8d
Revises: afeaa2d19459, b52eee24cb1f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'f966de210f8d'
down_revision = ('afeaa2d19459', 'b52eee24cb1f')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
