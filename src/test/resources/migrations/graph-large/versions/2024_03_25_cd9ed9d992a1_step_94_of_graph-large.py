"""step 94 of graph-large

Revision ID: cd9ed9d992a1
Revises: 957c7cf0d512
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'cd9ed9d992a1'
down_revision: Union[str, Sequence[str], None] = '957c7cf0d512'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
