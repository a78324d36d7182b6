"""step 133 of graph-large

Revision ID: cb8d66b435f2
Revises: 1e8703cfecee
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'cb8d66b435f2'
down_revision: Union[str, Sequence[str], None] = '1e8703cfecee'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
