"""step 52 of graph-large

Revision ID: d027202592fd
Revises: e662cc86d987
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd027202592fd'
down_revision: str | Sequence[str] | None = 'e662cc86d987'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
