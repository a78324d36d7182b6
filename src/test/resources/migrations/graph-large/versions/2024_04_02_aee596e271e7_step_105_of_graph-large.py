"""step 105 of graph-large

Revision ID: aee596e271e7
Revises: 03e5597e5ed6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'aee596e271e7'
down_revision: str | Sequence[str] | None = '03e5597e5ed6'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
