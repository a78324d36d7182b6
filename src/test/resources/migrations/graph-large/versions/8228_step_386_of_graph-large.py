"""step 386 of graph-large

Revision ID: c7c1f38b0827
Revises: 81fa12ebaa92
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'c7c1f38b0827'
down_revision: str | Sequence[str] | None = '81fa12ebaa92'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
