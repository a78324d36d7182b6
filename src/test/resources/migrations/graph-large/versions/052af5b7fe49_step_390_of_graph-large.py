"""step 390 of graph-large

Revision ID: 052af5b7fe49
Revises: 7d9965a195a9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '052af5b7fe49'
down_revision = '7d9965a195a9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
