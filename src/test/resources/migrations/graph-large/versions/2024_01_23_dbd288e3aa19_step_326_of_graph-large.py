"""step 326 of graph-large

Revision ID: dbd288e3aa19
Revises: 42983bb03d08
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'dbd288e3aa19'
down_revision: str | Sequence[str] | None = '42983bb03d08'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
