"""step 172 of graph-large

Revision ID: 593cf57ee65a
Revises: 887ba3ea7911
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '593cf57ee65a'
down_revision: str | Sequence[str] | None = '887ba3ea7911'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
