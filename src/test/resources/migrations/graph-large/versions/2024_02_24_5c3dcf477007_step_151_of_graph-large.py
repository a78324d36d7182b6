"""step 151 of graph-large

Revision ID: 5c3dcf477007
Revises: ea53b9dd03e4, f5e6525aa9b0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '5c3dcf477007'
down_revision: str | Sequence[str] | None = (
    'ea53b9dd03e4',
    'f5e6525aa9b0',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
