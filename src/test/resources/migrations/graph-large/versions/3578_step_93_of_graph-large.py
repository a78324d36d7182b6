"""step 93 of graph-large

Revision ID: 15433048492c
Revises: a6cd7bb1aec4
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '15433048492c'
down_revision: Union[str, Sequence[str], None] = 'a6cd7bb1aec4'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '6f97aeccff47'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
