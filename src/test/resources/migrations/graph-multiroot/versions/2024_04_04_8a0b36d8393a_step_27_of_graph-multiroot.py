"""step 27 of graph-multiroot

Revision ID: 8a0b36d8393a
Revises: e7c9114125c6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '8a0b36d8393a'
down_revision: Union[str, Sequence[str], None] = 'e7c9114125c6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
