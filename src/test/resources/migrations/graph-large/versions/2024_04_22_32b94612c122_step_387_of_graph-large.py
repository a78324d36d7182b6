"""step 387 of graph-large

Revision ID: 32b94612c122
Revises: 1f65c301b3bd, c7c1f38b0827
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '32b94612c122'
down_revision: Union[str, Sequence[str], None] = ('1f65c301b3bd', 'c7c1f38b0827')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
