"""step 308 of graph-large

Revision ID: 3d70adec5067
Revises: 5926954488aa
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '3d70adec5067'
down_revision: str | Sequence[str] | None = '5926954488aa'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
