"""step 107 of graph-large

Revision ID: d4c7a0a0c818
Revises: 62a121ad8260
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd4c7a0a0c818'
down_revision: Union[str, Sequence[str], None] = '62a121ad8260'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = '6007a50bac3c'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
