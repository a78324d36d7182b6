"""step 50 of graph-multiroot

Revision ID: aabc3fe12e47
Revises: 6e0625e97977
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'aabc3fe12e47'
down_revision: Union[str, Sequence[str], None] = '6e0625e97977'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
