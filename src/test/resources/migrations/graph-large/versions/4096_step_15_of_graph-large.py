"""step 15 of graph-large

Revision ID: 1223d7bd11c5
Revises: f0a755e3679f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1223d7bd11c5'
down_revision: str | Sequence[str] | None = 'f0a755e3679f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
