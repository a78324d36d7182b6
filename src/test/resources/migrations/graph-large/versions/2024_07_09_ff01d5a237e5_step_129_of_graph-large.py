"""step 129 of graph-large

Revision ID: ff01d5a237e5
Revises: 494af0c1e541
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ff01d5a237e5'
down_revision: str | Sequence[str] | None = '494af0c1e541'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
