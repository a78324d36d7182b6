"""step 127 of graph-large

Revision ID: bfd3edffd5bc
Revises: 71d5df0452b2
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'bfd3edffd5bc'
down_revision: str | Sequence[str] | None = '71d5df0452b2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
