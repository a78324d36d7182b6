"""step 121 of graph-large

Revision ID: cb4c81044aed
Revises: a8b33c973270, 0385e4fc13d7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'cb4c81044aed'
down_revision: Union[str, Sequence[str], None] = ('a8b33c973270', '0385e4fc13d7')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
