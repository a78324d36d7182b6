"""step 74 of graph-multiroot

Revision ID: 4925b6aae05b
Revises: d4a06d3ee1dc
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '4925b6aae05b'
down_revision: str | Sequence[str] | None = 'd4a06d3ee1dc'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
