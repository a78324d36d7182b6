"""step 28 of graph-multiroot

Revision ID: a8b318d0752b
Revises: 8a0b36d8393a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a8b318d0752b'
down_revision: str | Sequence[str] | None = '8a0b36d8393a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
