"""step 68 of graph-large

Revision ID: ff9c7ec6a4c9
Revises: a082b70278a5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'ff9c7ec6a4c9'
down_revision = 'a082b70278a5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
