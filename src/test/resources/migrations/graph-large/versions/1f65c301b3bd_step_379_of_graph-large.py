"""step 379 of graph-large

Revision ID: 1f65c301b3bd
Revises: 1b03fc0a3233
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1f65c301b3bd'
down_revision: Union[str, Sequence[str], None] = '1b03fc0a3233'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
