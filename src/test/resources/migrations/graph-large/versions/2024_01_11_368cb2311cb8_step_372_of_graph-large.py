"""step 372 of graph-large

Revision ID: 368cb2311cb8
Revises: a9c0450ffc5a, e1ed1f9adeaa
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '368cb2311cb8'
down_revision: Union[str, Sequence[str], None] = ('a9c0450ffc5a', 'e1ed1f9adeaa')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
