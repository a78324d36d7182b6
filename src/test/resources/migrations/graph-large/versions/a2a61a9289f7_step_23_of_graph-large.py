"""step 23 of graph-large

Revision ID: a2a61a9289f7
Revises: b2c48b5646c9, fe9fcffecfa1
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a2a61a9289f7'
down_revision: str | Sequence[str] | None = (
    'b2c48b5646c9',
    'fe9fcffecfa1',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
