"""step 48 of graph-large

Revision ID: c150390126bb
Revises: a0cbd625c18a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'c150390126bb'
down_revision = 'a0cbd625c18a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
