"""step 215 of graph-large

Revision ID: 7b7fac368ec8
Revises: ca43222be799
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '7b7fac368ec8'
down_revision = 'ca43222be799'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
