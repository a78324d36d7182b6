"""step 335 of graph-large

Revision ID: ad42519a570b
Revises: 95590100066c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ad42519a570b'
down_revision: str | Sequence[str] | None = '95590100066c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
