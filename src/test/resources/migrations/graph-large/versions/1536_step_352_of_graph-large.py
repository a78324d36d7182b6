"""step 352 of graph-large

Revision ID: 56eeea199f63
Revises: 2b67e410456c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '56eeea199f63'
down_revision: str | Sequence[str] | None = '2b67e410456c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
