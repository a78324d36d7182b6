"""step 226 of graph-large

Revision ID: 1f03ddc29e3b
Revises: 706729027206
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1f03ddc29e3b'
down_revision: str | Sequence[str] | None = '706729027206'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
