"""step 7 of graph-linear

Revision ID: a11d2f978d87
Revises: 75a8c2cd789a, 7019c381e88f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a11d2f978d87'
down_revision: str | Sequence[str] | None = (
    '75a8c2cd789a',
    '7019c381e88f',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
