"""step 253 of graph-large

Revision ID: f55bdec6c300
Revises: 160f0e6d1829
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'f55bdec6c300'
down_revision: str | Sequence[str] | None = '160f0e6d1829'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
