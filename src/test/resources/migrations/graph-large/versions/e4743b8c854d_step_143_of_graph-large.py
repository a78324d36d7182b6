"""step 143 of graph-large

Revision ID: e4743b8c854d
Revises: a86cac9d4872, 0cd1a1277707
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e4743b8c854d'
down_revision: Union[str, Sequence[str], None] = ('a86cac9d4872', '0cd1a1277707')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '437c9a094dea'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
