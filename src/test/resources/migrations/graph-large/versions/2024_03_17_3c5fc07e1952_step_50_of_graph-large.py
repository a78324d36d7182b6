"""step 50 of graph-large

Revision ID: 3c5fc07e1952
Revises: 1b95afcc4567
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '3c5fc07e1952'
down_revision: str | Sequence[str] | None = '1b95afcc4567'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
