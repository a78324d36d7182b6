"""step 6 of graph-multiroot

Revision ID: 0b1fce9ff57f
Revises: 6c30b2b9437a
Create Date: 2024-05-01 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0b1fce9ff57f'
down_revision: Union[str, Sequence[str], None] = '6c30b2b9437a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
