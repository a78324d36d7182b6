"""step 237 of graph-large

Revision ID: 0f65699d7afa
Revises: 34057420718b, cae3a4364b1b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0f65699d7afa'
down_revision: Union[str, Sequence[str], None] = ('34057420718b', 'cae3a4364b1b')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
