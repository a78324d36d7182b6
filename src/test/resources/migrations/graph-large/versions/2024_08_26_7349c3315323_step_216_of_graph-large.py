"""step 216 of graph-large

Revision ID: 7349c3315323
Revises: 7b7fac368ec8, 3bc19a238112
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '7349c3315323'
down_revision = ('7b7fac368ec8', '3bc19a238112')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
