"""step 342 of graph-large

Revision ID: 47d98df6c68c
Revises: 3c99c1e06dff
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '47d98df6c68c'
down_revision: Union[str, Sequence[str], None] = '3c99c1e06dff'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
