"""step 254 of graph-large

Revision ID: 2a895327c858
Revises: 11580c0ec37a, cd4c67f6b62b
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '2a895327c858'
down_revision: Union[str, Sequence[str], None] = ('11580c0ec37a', 'cd4c67f6b62b')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
