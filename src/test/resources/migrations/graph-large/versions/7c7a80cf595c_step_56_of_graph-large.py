"""step 56 of graph-large

Revision ID: 7c7a80cf595c
Revises: e98fae5f6187
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '7c7a80cf595c'
down_revision: Union[str, Sequence[str], None] = 'e98fae5f6187'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '17d7c3a220ec'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
