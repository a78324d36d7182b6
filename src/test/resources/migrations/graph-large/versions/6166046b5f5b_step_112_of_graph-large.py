"""step 112 of graph-large

Revision ID: 6166046b5f5b
Revises: 9d88d791fabc
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '6166046b5f5b'
down_revision = '9d88d791fabc'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
