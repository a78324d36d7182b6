"""step 288 of graph-large

Revision ID: 3d0a41bad13e
Revises: d26f4292ddbd, ebc7d6941d23
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '3d0a41bad13e'
down_revision: str | Sequence[str] | None = (
    'd26f4292ddbd',
    'ebc7d6941d23',
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
