"""step 280 of graph-large

Revision ID: aa2bd6d3f01a
Revises: b72658df5d0f
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'aa2bd6d3f01a'
down_revision: Union[str, Sequence[str], None] = 'b72658df5d0f'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
