"""step 25 of graph-large

Revision ID: b748d5a9bfee
Revises: 5ac751e8217b, a2a61a9289f7
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'b748d5a9bfee'
down_revision: Union[str, Sequence[str], None] = ('5ac751e8217b', 'a2a61a9289f7')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
