"""step 252 of graph-large

Revision ID: cd4c67f6b62b
Revises: 940c3d65b309, 6137d058b28b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'cd4c67f6b62b'
down_revision: str | Sequence[str] | None = (
    '940c3d65b309',
    '6137d058b28b',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
