"""step 62 of graph-multiroot

Revision ID: 20958dedf9fb
Revises: e669b841d0a0
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '20958dedf9fb'
down_revision: str | Sequence[str] | None = 'e669b841d0a0'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
