"""step 207 of graph-large

Revision ID: 0e97fe180ae3
Revises: bba6021b52a6
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0e97fe180ae3'
down_revision: Union[str, Sequence[str], None] = 'bba6021b52a6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '4c95203e6822'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
