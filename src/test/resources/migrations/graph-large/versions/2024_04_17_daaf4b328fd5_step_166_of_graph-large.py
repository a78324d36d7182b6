"""step 166 of graph-large

Revision ID: daaf4b328fd5
Revises: 5ccb51ebb82d
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'daaf4b328fd5'
down_revision: str | Sequence[str] | None = '5ccb51ebb82d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
