"""step 120 of graph-large

Revision ID: 087618f40332
Revises: cce750771ee4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '087618f40332'
down_revision: str | Sequence[str] | None = 'cce750771ee4'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
