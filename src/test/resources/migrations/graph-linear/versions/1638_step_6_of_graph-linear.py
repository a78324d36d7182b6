"""step 6 of graph-linear

Revision ID: 75a8c2cd789a
Revises: 91b72265b1f5
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '75a8c2cd789a'
down_revision: str | Sequence[str] | None = '91b72265b1f5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
