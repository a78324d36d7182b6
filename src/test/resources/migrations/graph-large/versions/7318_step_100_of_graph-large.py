"""step 100 of graph-large

Revision ID: 632d5a4edb16
Revises: 48f86a00f29e, 3dab70ce7c60
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '632d5a4edb16'
down_revision: str | Sequence[str] | None = (
    '48f86a00f29e',
    '3dab70ce7c60',
)
branch_labels = None
depends_on = 'be5375c7fc05'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
