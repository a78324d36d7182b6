"""step 52 of graph-multiroot

Revision ID: ecabbc8f7d29
Revises: aabc3fe12e47
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ecabbc8f7d29'
down_revision: str | Sequence[str] | None = 'aabc3fe12e47'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
