"""step 317 of graph-large

Revision ID: 0ae53e4cf5f4
Revises: ff9c7ec6a4c9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0ae53e4cf5f4'
down_revision = 'ff9c7ec6a4c9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
