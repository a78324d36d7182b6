"""step 330 of graph-large

Revision ID: 1999e615f440
Revises: 0cce258b5f9c
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '1999e615f440'
down_revision: Union[str, Sequence[str], None] = '0cce258b5f9c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
