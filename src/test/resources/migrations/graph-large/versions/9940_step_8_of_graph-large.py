"""step 8 of graph-large

Revision ID: f5d9c5bc543b
Revises: cb2d58655852
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'f5d9c5bc543b'
down_revision: Union[str, Sequence[str], None] = 'cb2d58655852'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
