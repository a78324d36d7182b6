"""step 134 of graph-large

Revision ID: bd8059c5eb57
Revises: d864c09c408c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'bd8059c5eb57'
down_revision: str | Sequence[str] | None = 'd864c09c408c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
