"""step 16 of graph-large

Revision ID: 19c186fe0f19
Revises: a0cbd625c18a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '19c186fe0f19'
down_revision = 'a0cbd625c18a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
