"""step 180 of graph-large

Revision ID: c2e5eb76ede3
Revises: b5fc036b5d2a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'c2e5eb76ede3'
down_revision = 'b5fc036b5d2a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
