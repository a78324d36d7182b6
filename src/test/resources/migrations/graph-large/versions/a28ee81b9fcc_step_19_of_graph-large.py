"""step 19 of graph-large

Revision ID: a28ee81b9fcc
Revises: 6a765aab0a37
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'a28ee81b9fcc'
down_revision = '6a765aab0a37'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
