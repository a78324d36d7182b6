"""step 383 of graph-large

Revision ID: 81fa12ebaa92
Revises: 3a4fc67e8e6b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '81fa12ebaa92'
down_revision: Union[str, Sequence[str], None] = '3a4fc67e8e6b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'dc7f067930d5'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
