"""step 182 of graph-large

Revision ID: f36078b99d5a
Revises: e7c2c7c3cb35
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'f36078b99d5a'
down_revision: str | Sequence[str] | None = 'e7c2c7c3cb35'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
