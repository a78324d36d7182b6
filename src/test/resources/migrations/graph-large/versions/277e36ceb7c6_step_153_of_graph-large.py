"""step 153 of graph-large

Revision ID: 277e36ceb7c6
Revises: 1fcb76439562
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '277e36ceb7c6'
down_revision: str | Sequence[str] | None = '1fcb76439562'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
