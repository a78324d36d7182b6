"""step 297 of graph-large

Revision ID: 48e0532e0583
Revises: aeb5f38085c9
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '48e0532e0583'
down_revision: str | Sequence[str] | None = 'aeb5f38085c9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
