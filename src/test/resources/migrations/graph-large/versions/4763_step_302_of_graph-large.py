"""step 302 of graph-large

Revision ID: d6d1181a620a
Revises: 44c0e3b29a86
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd6d1181a620a'
down_revision: Union[str, Sequence[str], None] = '44c0e3b29a86'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
