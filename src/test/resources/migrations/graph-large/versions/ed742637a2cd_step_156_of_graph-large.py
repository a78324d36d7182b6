"""step 156 of graph-large

Revision ID: ed742637a2cd
Revises: 277e36ceb7c6, 50056cea2c95
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'ed742637a2cd'
down_revision: str | Sequence[str] | None = (
    '277e36ceb7c6',
    '50056cea2c95',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
