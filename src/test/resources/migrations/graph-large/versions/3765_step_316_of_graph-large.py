"""step 316 of graph-large

Revision ID: 4b5cec88b3ae
Revises: 36289ed03feb
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '4b5cec88b3ae'
down_revision = '36289ed03feb'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
