"""step 185 of graph-large

Revision ID: a75f666d777d
Revises: e1e4223f2f18
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a75f666d777d'
down_revision = 'e1e4223f2f18'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
