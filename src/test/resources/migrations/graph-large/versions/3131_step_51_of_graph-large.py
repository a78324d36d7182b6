"""step 51 of graph-large

Revision ID: e662cc86d987
Revises: 3c5fc07e1952
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e662cc86d987'
down_revision: str | Sequence[str] | None = '3c5fc07e1952'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
