"""step 353 of graph-large

Revision ID: a52f8d97fdf2
Revises: 56eeea199f63, cf419581101b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a52f8d97fdf2'
down_revision: str | Sequence[str] | None = (
    '56eeea199f63',
    'cf419581101b',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
