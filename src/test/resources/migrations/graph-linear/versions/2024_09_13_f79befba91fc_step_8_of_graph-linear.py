"""step 8 of graph-linear

Revision ID: f79befba91fc
Revises: a11d2f978d87
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'f79befba91fc'
down_revision: str | Sequence[str] | None = 'a11d2f978d87'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
