"""step 210 of graph-large

Revision ID: c9806a404672
Revises: 0e97fe180ae3, 952960c5e6e2
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'c9806a404672'
down_revision: str | Sequence[str] | None = (
    '0e97fe180ae3',
    '952960c5e6e2',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
