"""step 17 of graph-large

Revision ID: 5ac751e8217b
Revises: f5d9c5bc543b, 1223d7bd11c5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5ac751e8217b'
down_revision: str | Sequence[str] | None = (
    'f5d9c5bc543b',
    '1223d7bd11c5',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
