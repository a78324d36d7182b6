"""step 239 of graph-large

Revision ID: 11580c0ec37a
Revises: 0f65699d7afa
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '11580c0ec37a'
down_revision: Union[str, Sequence[str], None] = '0f65699d7afa'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'b748d5a9bfee'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
