"""step 95 of graph-large

Revision ID: 52048904042d
Revises: cd9ed9d992a1
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '52048904042d'
down_revision: str | Sequence[str] | None = 'cd9ed9d992a1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
