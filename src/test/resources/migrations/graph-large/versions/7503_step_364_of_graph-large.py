"""step 364 of graph-large

Revision ID: d06b1edbf4fb
Revises: 131ca1147ccf
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd06b1edbf4fb'
down_revision: Union[str, Sequence[str], None] = '131ca1147ccf'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
