"""step 28 of graph-large

Revision ID: 9bc736d49f67
Revises: 1e8703cfecee
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '9bc736d49f67'
down_revision = '1e8703cfecee'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
