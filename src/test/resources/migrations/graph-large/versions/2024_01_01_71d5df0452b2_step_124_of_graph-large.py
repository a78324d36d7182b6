"""step 124 of graph-large

Revision ID: 71d5df0452b2
Revises: cb4c81044aed
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '71d5df0452b2'
down_revision: str | Sequence[str] | None = 'cb4c81044aed'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
