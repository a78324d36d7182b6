"""step 263 of graph-large

Revision ID: fd9c4733ac60
Revises: 632d5a4edb16
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'fd9c4733ac60'
down_revision: str | Sequence[str] | None = '632d5a4edb16'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
