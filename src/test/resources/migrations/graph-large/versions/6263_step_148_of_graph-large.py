"""step 148 of graph-large

Revision ID: 4f71efc40f08
Revises: 0ebf6479acc5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '4f71efc40f08'
down_revision: str | Sequence[str] | None = '0ebf6479acc5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
