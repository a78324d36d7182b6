"""step 13 of graph-branchy

Revision ID: 17f5d70820fe
Revises: 7d2ceeeacbe2, 923a94e3bf91
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '17f5d70820fe'
down_revision: str | Sequence[str] | None = (
    '7d2ceeeacbe2',
    '923a94e3bf91',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
