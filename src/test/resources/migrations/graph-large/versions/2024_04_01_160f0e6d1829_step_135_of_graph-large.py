"""step 135 of graph-large

Revision ID: 160f0e6d1829
Revises: bd8059c5eb57
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '160f0e6d1829'
down_revision: Union[str, Sequence[str], None] = 'bd8059c5eb57'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
