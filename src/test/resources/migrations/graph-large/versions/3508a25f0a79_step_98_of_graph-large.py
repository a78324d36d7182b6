"""step 98 of graph-large

Revision ID: 3508a25f0a79
Revises: 15433048492c, 66259ae7ada0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '3508a25f0a79'
down_revision: str | Sequence[str] | None = (
    '15433048492c',
    '66259ae7ada0',
)
branch_labels = None
depends_on = 'cb2d58655852'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
