"""step 296 of graph-large

Revision ID: aeb5f38085c9
Revises: 5f32084e378b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'aeb5f38085c9'
down_revision: str | Sequence[str] | None = '5f32084e378b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
